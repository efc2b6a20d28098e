import { sql } from 'kysely';
import type { Db } from '../db/index';

export interface StaffMember {
	moduleId: number;
	userId: number;
	nameAr: string;
	nameLatin: string;
	login: string;
	disabled: boolean;
}

/** Whether this person is on the module's staff. */
export async function isModuleStaff(db: Db, moduleId: number, userId: number): Promise<boolean> {
	const row = await db.selectFrom('module_staff').select('module_id').where('module_id', '=', moduleId).where('user_id', '=', userId).executeTakeFirst();
	return Boolean(row);
}

/** The ids of the modules a trainer works on. */
export async function modulesOf(db: Db, userId: number): Promise<number[]> {
	const rows = await db.selectFrom('module_staff').select('module_id').where('user_id', '=', userId).orderBy('module_id').execute();
	return rows.map((r) => r.module_id);
}

/** The staff of several modules at once (one query), in the order they joined. */
export async function staffOfModules(db: Db, moduleIds: number[]): Promise<StaffMember[]> {
	if (moduleIds.length === 0) return [];
	const rows = await db
		.selectFrom('module_staff as s')
		.innerJoin('app_user as u', 'u.id', 's.user_id')
		.select(['s.module_id', 's.user_id', 'u.name_ar', 'u.name_latin', 'u.login', 'u.disabled_at'])
		.where('s.module_id', 'in', moduleIds)
		.orderBy('s.module_id')
		.orderBy('s.added_at')
		.orderBy('s.user_id')
		.execute();
	return rows.map((r) => ({ moduleId: r.module_id, userId: r.user_id, nameAr: r.name_ar, nameLatin: r.name_latin, login: r.login, disabled: r.disabled_at !== null }));
}

export function staffOfModule(db: Db, moduleId: number): Promise<StaffMember[]> {
	return staffOfModules(db, [moduleId]);
}

/** Trainers who could be added to the module: enabled, not on it yet. */
export async function candidateTrainers(db: Db, moduleId: number) {
	return db
		.selectFrom('app_user as u')
		.select(['u.id', 'u.name_ar', 'u.name_latin', 'u.login'])
		.where('u.role', '=', 'trainer')
		.where('u.disabled_at', 'is', null)
		.where(({ not, exists, selectFrom }) =>
			not(exists(selectFrom('module_staff as s').select(sql`1`.as('one')).whereRef('s.user_id', '=', 'u.id').where('s.module_id', '=', moduleId)))
		)
		.orderBy('u.name_latin')
		.orderBy('u.id')
		.limit(200)
		.execute();
}

/** Adds a staff member; false when she was already on the module. */
export async function insertStaff(db: Db, moduleId: number, userId: number, addedBy: number | null): Promise<boolean> {
	const rows = await db
		.insertInto('module_staff')
		.values({ module_id: moduleId, user_id: userId, added_by: addedBy })
		.onConflict((oc) => oc.columns(['module_id', 'user_id']).doNothing())
		.returning('user_id')
		.execute();
	return rows.length > 0;
}

/** Removes a staff member; false when she was not on the module. */
export async function deleteStaff(db: Db, moduleId: number, userId: number): Promise<boolean> {
	const rows = await db.deleteFrom('module_staff').where('module_id', '=', moduleId).where('user_id', '=', userId).returning('user_id').execute();
	return rows.length > 0;
}

/** The module a class session belongs to. */
export async function moduleOfSession(db: Db, sessionId: number): Promise<number | undefined> {
	const row = await db.selectFrom('class_session').select('module_id').where('id', '=', sessionId).executeTakeFirst();
	return row?.module_id;
}

/** The module a lesson belongs to. */
export async function moduleOfLesson(db: Db, lessonId: number): Promise<number | undefined> {
	const row = await db.selectFrom('lesson').select('module_id').where('id', '=', lessonId).executeTakeFirst();
	return row?.module_id;
}

/** The names of who teaches a module, for its learners' page (disabled accounts left out). */
export async function teachersOf(db: Db, slug: string): Promise<{ nameAr: string; nameLatin: string }[]> {
	return db
		.selectFrom('module_staff as s')
		.innerJoin('module as m', 'm.id', 's.module_id')
		.innerJoin('app_user as u', 'u.id', 's.user_id')
		.select(['u.name_ar as nameAr', 'u.name_latin as nameLatin'])
		.where('m.slug', '=', slug)
		.where('u.role', '=', 'trainer')
		.where('u.disabled_at', 'is', null)
		.orderBy('s.added_at')
		.orderBy('s.user_id')
		.execute();
}

/** Whether this person is on the staff of the module with this slug. */
export async function isStaffOfSlug(db: Db, slug: string, userId: number): Promise<boolean> {
	const row = await db
		.selectFrom('module_staff as s')
		.innerJoin('module as m', 'm.id', 's.module_id')
		.select('s.module_id')
		.where('m.slug', '=', slug)
		.where('s.user_id', '=', userId)
		.executeTakeFirst();
	return Boolean(row);
}
