import { sql } from 'kysely';
import type { Db } from '../db/index';
import { attendanceRate, type Rate } from './rules';

export type { Rate } from './rules';

/**
 * Attendance rate per learner in a module (for the learner's module page, the
 * reports and certificates): present or late over the sessions of her cohorts
 * held so far (not cancelled, already started); excused absences left out of
 * the count when the module says so (`module.excused_not_counted`); ratePct
 * null when no session counts. Without `userIds`: every learner actively
 * enrolled in the module.
 */
export async function attendanceRates(db: Db, moduleId: number, userIds?: number[], now = new Date()): Promise<Map<number, Rate>> {
	const result = new Map<number, Rate>();
	if (userIds && userIds.length === 0) return result;
	const mod = await db.selectFrom('module').select('excused_not_counted').where('id', '=', moduleId).executeTakeFirst();
	if (!mod) return result;
	let people = db
		.selectFrom('enrolment as e')
		.innerJoin('app_user as u', 'u.id', 'e.user_id')
		.select('e.user_id as userId')
		.where('e.module_id', '=', moduleId)
		.where('u.role', '=', 'learner');
	people = userIds ? people.where('e.user_id', 'in', userIds) : people.where('e.status', '=', 'active');
	const counts = await db
		.selectFrom(people.as('p'))
		.leftJoin('cohort_member as cm', 'cm.user_id', 'p.userId')
		.leftJoin('class_session as s', (j) =>
			j.onRef('s.cohort_id', '=', 'cm.cohort_id').on('s.module_id', '=', moduleId).on('s.cancelled_at', 'is', null).on('s.starts_at', '<=', now)
		)
		.leftJoin('attendance as a', (j) => j.onRef('a.class_session_id', '=', 's.id').onRef('a.user_id', '=', 'p.userId'))
		.select([
			'p.userId',
			sql<number>`count(distinct s.id)::int`.as('held'),
			sql<number>`count(distinct case when a.status in ('present', 'late') then s.id end)::int`.as('attended'),
			sql<number>`count(distinct case when a.status = 'excused' then s.id end)::int`.as('excused')
		])
		.groupBy('p.userId')
		.execute();
	for (const c of counts) result.set(c.userId, attendanceRate({ held: c.held, attended: c.attended, excused: c.excused, excusedNotCounted: mod.excused_not_counted }));
	return result;
}

/** One learner's rate in each module she is enrolled in, by module id. */
export async function ratesOfLearner(db: Db, userId: number, moduleIds: number[], now = new Date()): Promise<Map<number, Rate>> {
	const out = new Map<number, Rate>();
	for (const id of moduleIds) {
		const r = (await attendanceRates(db, id, [userId], now)).get(userId);
		if (r) out.set(id, r);
	}
	return out;
}

/** A learner's rate in one module with the module's threshold (her module page). */
export async function learnerAttendance(db: Db, moduleId: number, userId: number, now = new Date()) {
	const [rates, mod] = await Promise.all([
		attendanceRates(db, moduleId, [userId], now),
		db.selectFrom('module').select('attendance_threshold').where('id', '=', moduleId).executeTakeFirst()
	]);
	const rate = rates.get(userId);
	if (!rate || !mod) return null;
	return { ...rate, threshold: mod.attendance_threshold, below: rate.ratePct !== null && rate.ratePct < mod.attendance_threshold };
}
