import { sql } from 'kysely';
import type { Db } from '../db/index';

// Dates as text: pg turns a date into a local-midnight Date, PGlite may not.
const startsOn = sql<string | null>`to_char(c.starts_on, 'YYYY-MM-DD')`;
const endsOn = sql<string | null>`to_char(c.ends_on, 'YYYY-MM-DD')`;
const memberCount = sql<number>`(select count(*)::int from cohort_member cm where cm.cohort_id = c.id)`;

export async function listCohorts(db: Db, page = 1, pageSize = 1000) {
	const [{ total }, items] = await Promise.all([
		db.selectFrom('cohort').select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
		db
			.selectFrom('cohort as c')
			.select(['c.id', 'c.name', startsOn.as('starts_on'), endsOn.as('ends_on'), memberCount.as('members')])
			.orderBy('c.name')
			.orderBy('c.id')
			.limit(pageSize)
			.offset((page - 1) * pageSize)
			.execute()
	]);
	return { total, items };
}

export function findCohort(db: Db, id: number) {
	return db.selectFrom('cohort as c').select(['c.id', 'c.name', startsOn.as('starts_on'), endsOn.as('ends_on'), memberCount.as('members')]).where('c.id', '=', id).executeTakeFirst();
}

export function findCohortByName(db: Db, name: string) {
	return db.selectFrom('cohort').select(['id', 'name']).where(sql`lower(name)`, '=', name.toLowerCase()).executeTakeFirst();
}

export function cohortNameTaken(db: Db, name: string, exceptId?: number) {
	let q = db.selectFrom('cohort').select('id').where(sql`lower(name)`, '=', name.toLowerCase());
	if (exceptId) q = q.where('id', '!=', exceptId);
	return q.executeTakeFirst().then(Boolean);
}

export async function memberIds(db: Db, cohortId: number): Promise<number[]> {
	const rows = await db.selectFrom('cohort_member').select('user_id').where('cohort_id', '=', cohortId).orderBy('user_id').execute();
	return rows.map((r) => r.user_id);
}

export async function listMembers(db: Db, cohortId: number, page: number, pageSize: number) {
	const base = db.selectFrom('cohort_member as cm').innerJoin('app_user as u', 'u.id', 'cm.user_id').leftJoin('commune as k', 'k.id', 'u.commune_id').where('cm.cohort_id', '=', cohortId);
	const [{ total }, items] = await Promise.all([
		base.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
		base
			.select(['u.id', 'u.name_ar', 'u.name_latin', 'u.login', 'u.disabled_at', 'k.name_ar as commune_ar', 'k.name_fr as commune_fr', 'cm.added_at'])
			.orderBy('u.name_latin')
			.orderBy('u.id')
			.limit(pageSize)
			.offset((page - 1) * pageSize)
			.execute()
	]);
	return { total, items };
}

/** Adds people to a cohort; returns those who were not members yet. */
export async function addMembers(db: Db, cohortId: number, userIds: number[]): Promise<number[]> {
	if (userIds.length === 0) return [];
	const rows = await db
		.insertInto('cohort_member')
		.values(userIds.map((user_id) => ({ cohort_id: cohortId, user_id })))
		.onConflict((oc) => oc.columns(['cohort_id', 'user_id']).doNothing())
		.returning('user_id')
		.execute();
	return rows.map((r) => r.user_id);
}

/** For a cohort page: the modules its members are enrolled in, with how many of them. */
export function cohortModules(db: Db, cohortId: number) {
	return db
		.selectFrom('enrolment as e')
		.innerJoin('cohort_member as cm', 'cm.user_id', 'e.user_id')
		.innerJoin('module as m', 'm.id', 'e.module_id')
		.select(['m.id', 'm.slug', 'm.title', sql<number>`count(*)::int`.as('learners')])
		.where('cm.cohort_id', '=', cohortId)
		.where('e.status', '=', 'active')
		.groupBy(['m.id', 'm.slug', 'm.title', 'm.position'])
		.orderBy('m.position')
		.execute();
}

export function cohortsOfUser(db: Db, userId: number) {
	return db.selectFrom('cohort_member as cm').innerJoin('cohort as c', 'c.id', 'cm.cohort_id').select(['c.id', 'c.name']).where('cm.user_id', '=', userId).orderBy('c.name').execute();
}
