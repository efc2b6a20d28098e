import { sql } from 'kysely';
import type { Db } from '../db/index';
import { attendanceRate, belowThreshold, type Rate } from './rules';

export type { Rate } from './rules';

/** A module by id (reports, certificates) or by slug (the learner's module page, read alongside the module). */
export type ModuleRef = { id: number } | { slug: string };

/**
 * Counts per learner in one query, with the module's settings: sessions of her
 * cohorts held so far (not cancelled, already started), attended (present or
 * late) and excused. Without `userIds`: every learner actively enrolled.
 */
function countRows(db: Db, ref: ModuleRef | { ids: number[] }, userIds: number[] | undefined, now: Date) {
	let people = db
		.selectFrom('enrolment as e')
		.innerJoin('app_user as u', 'u.id', 'e.user_id')
		.innerJoin('module as m', 'm.id', 'e.module_id')
		.select(['e.user_id as userId', 'm.id as moduleId', 'm.excused_not_counted as excusedNotCounted', 'm.attendance_threshold as threshold'])
		.where('u.role', '=', 'learner');
	people = 'ids' in ref ? people.where('m.id', 'in', ref.ids) : 'id' in ref ? people.where('m.id', '=', ref.id) : people.where('m.slug', '=', ref.slug);
	people = userIds ? people.where('e.user_id', 'in', userIds) : people.where('e.status', '=', 'active');
	return db
		.selectFrom(people.as('p'))
		.leftJoin('cohort_member as cm', 'cm.user_id', 'p.userId')
		.leftJoin('class_session as s', (j) =>
			j.onRef('s.cohort_id', '=', 'cm.cohort_id').onRef('s.module_id', '=', 'p.moduleId').on('s.cancelled_at', 'is', null).on('s.starts_at', '<=', now)
		)
		.leftJoin('attendance as a', (j) => j.onRef('a.class_session_id', '=', 's.id').onRef('a.user_id', '=', 'p.userId'))
		.select([
			'p.userId',
			'p.moduleId',
			'p.excusedNotCounted',
			'p.threshold',
			sql<number>`count(distinct s.id)::int`.as('held'),
			sql<number>`count(distinct case when a.status in ('present', 'late') then s.id end)::int`.as('attended'),
			sql<number>`count(distinct case when a.status = 'excused' then s.id end)::int`.as('excused')
		])
		.groupBy(['p.userId', 'p.moduleId', 'p.excusedNotCounted', 'p.threshold'])
		.execute();
}

/**
 * Attendance rate per learner in a module (for the reports and certificates):
 * present or late over the sessions of her cohorts held so far; excused
 * absences left out of the count when the module says so
 * (`module.excused_not_counted`); ratePct null when no session counts. Without
 * `userIds`: every learner actively enrolled in the module.
 */
export async function attendanceRates(db: Db, moduleId: number, userIds?: number[], now = new Date()): Promise<Map<number, Rate>> {
	const result = new Map<number, Rate>();
	if (userIds && userIds.length === 0) return result;
	const rows = userIds ? await countRows(db, { id: moduleId }, userIds, now) : await everyoneCounts(db, moduleId, now);
	for (const c of rows) result.set(c.userId, attendanceRate(c));
	return result;
}

/**
 * The counts of countRows for every learner actively enrolled in a module, for thousands of them (certificate
 * eligibility): her enrolment, each held session of her cohorts and each of her marks at one are rows of one
 * union, summed once, instead of a join of learners × sessions × marks with three count(distinct …)
 * (650 ms → about 200 ms at 10,000 learners). A session has one cohort and a membership is unique, so the sums
 * equal the distinct counts.
 */
async function everyoneCounts(db: Db, moduleId: number, now: Date) {
	const { rows } = await sql<{ userId: number; excusedNotCounted: boolean; threshold: number; held: number; attended: number; excused: number }>`
		with s as (
			select id, cohort_id from class_session where module_id = ${moduleId} and cancelled_at is null and starts_at <= ${now}
		),
		facts as (
			select e.user_id, 1 as enrolled, 0 as held, 0 as attended, 0 as excused
			from enrolment e join app_user u on u.id = e.user_id and u.role = 'learner'
			where e.module_id = ${moduleId} and e.status = 'active'
			union all
			select cm.user_id, 0, 1, 0, 0 from s join cohort_member cm on cm.cohort_id = s.cohort_id
			union all
			select a.user_id, 0, 0, (a.status in ('present', 'late'))::int, (a.status = 'excused')::int
			from s join attendance a on a.class_session_id = s.id join cohort_member cm on cm.cohort_id = s.cohort_id and cm.user_id = a.user_id
		)
		select f.user_id as "userId", m.excused_not_counted as "excusedNotCounted", m.attendance_threshold as threshold,
			sum(f.held)::int as held, sum(f.attended)::int as attended, sum(f.excused)::int as excused
		from facts f cross join module m
		where m.id = ${moduleId}
		group by f.user_id, m.excused_not_counted, m.attendance_threshold
		having max(f.enrolled) = 1
	`.execute(db);
	return rows;
}

/** A learner's rate in one module with the module's threshold (her module page): one query. */
export async function learnerAttendance(db: Db, ref: ModuleRef, userId: number, now = new Date()) {
	const [c] = await countRows(db, ref, [userId], now);
	if (!c) return null;
	const rate = attendanceRate(c);
	return { ...rate, threshold: c.threshold, below: belowThreshold(rate, c.threshold) };
}

/** One learner's rate in each of these modules (her certificates page): one query, keyed by module. */
export async function learnerRatesByModule(db: Db, userId: number, moduleIds: number[], now = new Date()): Promise<Map<number, Rate>> {
	const result = new Map<number, Rate>();
	if (moduleIds.length === 0) return result;
	for (const c of await countRows(db, { ids: moduleIds }, [userId], now)) result.set(c.moduleId, attendanceRate(c));
	return result;
}
