import { sql } from 'kysely';
import type { Db } from '../db/index';
import type { SessionMode } from './tables';

/*
 * The trainer's attendance report, computed by PostgreSQL (issue 18): at 10,000 learners the
 * report read every learner's counts, then her name and cohorts through a 10,040-id `in` list,
 * then seven counting subqueries per session, and summed the groups in JavaScript (21 s, a
 * 7.7 MB page). Each statement here is set-based (held sessions counted once per cohort, the
 * marks once per learner) and returns one page of rows with its totals.
 *
 * The rate rule is the one of rules.ts `attendanceRate` (tested against it): present or late
 * over the sessions of her cohorts held so far (not cancelled, already started); excused ones
 * left out of the count when the module says so; percent with one decimal, null with nothing
 * counted; below the threshold only with a rate.
 */

export interface LearnerRateRow {
	user_id: number;
	name_ar: string;
	name_latin: string;
	commune_ar: string | null;
	commune_fr: string | null;
	cohorts: string;
	attended: number;
	held: number;
	excused: number;
	rate_pct: number | null;
	below: boolean;
}

export interface LearnerRatesPage {
	/** Learners actively enrolled (before the below-only filter). */
	learners: number;
	/** Of those, below the module's threshold. */
	below: number;
	/** Rows matching the filter (what the pager counts). */
	total: number;
	items: LearnerRateRow[];
}

export interface LearnerRatesQuery {
	moduleId: number;
	now: Date;
	/** Only the learners below the threshold. */
	belowOnly?: boolean;
	/** Omitted: every row (the CSV export). */
	page?: { number: number; size: number };
}

/** Per-learner rates of a module, ordered by Latin name, one page (or all), with the totals: one statement. */
export async function learnerRates(db: Db, q: LearnerRatesQuery): Promise<LearnerRatesPage> {
	const limit = q.page ? sql`limit ${q.page.size} offset ${(q.page.number - 1) * q.page.size}` : sql``;
	const { rows } = await sql<LearnerRateRow & { learners: number; below_count: number }>`
		with s as (
			select id, cohort_id from class_session
			where module_id = ${q.moduleId} and cancelled_at is null and starts_at <= ${q.now}
		),
		-- One row per enrolled learner, per session of her cohorts held, per mark of hers at one
		-- of them, summed in one aggregate: no join between the 10,000 learners and the counts
		-- (a plan that stays linear even before the tables have statistics).
		facts as (
			select e.user_id, u.name_latin, 1 as enrolled, 0 as held, 0 as attended, 0 as excused
			from enrolment e join app_user u on u.id = e.user_id and u.role = 'learner'
			where e.module_id = ${q.moduleId} and e.status = 'active'
			union all
			select cm.user_id, null, 0, 1, 0, 0
			from s join cohort_member cm on cm.cohort_id = s.cohort_id
			union all
			select a.user_id, null, 0, 0, (a.status in ('present', 'late'))::int, (a.status = 'excused')::int
			from s
			join attendance a on a.class_session_id = s.id
			join cohort_member cm on cm.cohort_id = s.cohort_id and cm.user_id = a.user_id
		),
		summed as (
			select user_id, max(name_latin) as name_latin, sum(held)::int as held, sum(attended)::int as attended, sum(excused)::int as excused
			from facts
			group by user_id
			having max(enrolled) = 1
		),
		counted as (
			select f.user_id, f.name_latin, m.attendance_threshold as threshold, f.attended, f.excused,
				greatest(0, f.held - case when m.excused_not_counted then f.excused else 0 end) as held
			from summed f cross join module m
			where m.id = ${q.moduleId}
		),
		rated as (
			select user_id, name_latin, least(attended, held) as attended, held, excused,
				case when held = 0 then null else round(least(attended, held) * 1000.0 / held) / 10 end as rate_pct,
				held > 0 and round(least(attended, held) * 1000.0 / held) / 10 < threshold as below
			from counted
		),
		totals as (
			select count(*)::int as learners, count(*) filter (where below)::int as below_count from rated
		),
		pg as (
			select * from rated
			where ${q.belowOnly ? sql`below` : sql`true`}
			order by name_latin, user_id
			${limit}
		)
		select t.learners, t.below_count, pg.user_id, pg.attended, pg.held, pg.excused, pg.rate_pct, pg.below,
			u.name_ar, u.name_latin, co.name_ar as commune_ar, co.name_fr as commune_fr,
			coalesce((select string_agg(c.name, ', ' order by c.name) from cohort_member cm join cohort c on c.id = cm.cohort_id where cm.user_id = pg.user_id), '') as cohorts
		from totals t
		left join pg on true
		left join app_user u on u.id = pg.user_id
		left join commune co on co.id = u.commune_id
		order by pg.name_latin, pg.user_id
	`.execute(db);
	const first = rows[0];
	const items = rows.filter((r) => r.user_id !== null).map(({ learners: _l, below_count: _b, ...r }) => ({ ...r, rate_pct: r.rate_pct === null ? null : Number(r.rate_pct) }));
	const learners = first?.learners ?? 0;
	const below = first?.below_count ?? 0;
	return { learners, below, total: q.belowOnly ? below : learners, items };
}

export interface SessionCountsRow {
	id: number;
	title: string;
	starts_at: Date;
	mode: SessionMode;
	cancelled_at: Date | null;
	cohort_name: string;
	roster: number;
	present: number;
	late: number;
	excused: number;
	absent: number;
	in_person: number;
	remote: number;
}

/**
 * The module's sessions by start, one page (or all), each with its roster (active learners of
 * its cohort) and its marks counted; `total` is every session of the module: one statement.
 */
export async function sessionCounts(db: Db, moduleId: number, page?: { number: number; size: number }): Promise<{ total: number; items: SessionCountsRow[] }> {
	const limit = page ? sql`limit ${page.size} offset ${(page.number - 1) * page.size}` : sql``;
	const { rows } = await sql<SessionCountsRow & { total: number }>`
		with pg as (
			select id, title, starts_at, mode, cancelled_at, cohort_id from class_session
			where module_id = ${moduleId}
			order by starts_at, id
			${limit}
		),
		totals as (select count(*)::int as total from class_session where module_id = ${moduleId})
		select t.total, pg.id, pg.title, pg.starts_at, pg.mode, pg.cancelled_at, c.name as cohort_name,
			coalesce(r.n, 0) as roster, coalesce(a.present, 0) as present, coalesce(a.late, 0) as late,
			coalesce(a.excused, 0) as excused, coalesce(a.absent, 0) as absent,
			coalesce(a.in_person, 0) as in_person, coalesce(a.remote, 0) as remote
		from totals t
		left join pg on true
		left join cohort c on c.id = pg.cohort_id
		left join lateral (
			select count(*)::int as n from cohort_member cm
			join enrolment e on e.user_id = cm.user_id and e.module_id = ${moduleId} and e.status = 'active'
			join app_user u on u.id = cm.user_id and u.role = 'learner'
			where cm.cohort_id = pg.cohort_id
		) r on true
		left join lateral (
			select count(*) filter (where status = 'present')::int as present,
				count(*) filter (where status = 'late')::int as late,
				count(*) filter (where status = 'excused')::int as excused,
				count(*) filter (where status = 'absent')::int as absent,
				count(*) filter (where status in ('present', 'late') and how = 'in_person')::int as in_person,
				count(*) filter (where status in ('present', 'late') and how = 'remote')::int as remote
			from attendance where class_session_id = pg.id
		) a on true
		order by pg.starts_at, pg.id
	`.execute(db);
	return { total: rows[0]?.total ?? 0, items: rows.filter((r) => r.id !== null).map(({ total: _t, ...r }) => r) };
}

export interface GroupRow {
	/** 'mode', 'cohort' or 'all' (every session held). */
	kind: 'mode' | 'cohort' | 'all';
	key: string;
	sessions: number;
	rate_pct: number | null;
}

/**
 * Rates of the sessions held so far (present or late over the roster) by mode, by cohort and
 * over all of them: one statement with grouping sets.
 */
export async function sessionGroups(db: Db, moduleId: number, now: Date): Promise<GroupRow[]> {
	const { rows } = await sql<GroupRow>`
		with s as (
			select id, cohort_id, mode from class_session
			where module_id = ${moduleId} and cancelled_at is null and starts_at <= ${now}
		),
		roster as (
			select cm.cohort_id, count(*)::int as n from cohort_member cm
			join enrolment e on e.user_id = cm.user_id and e.module_id = ${moduleId} and e.status = 'active'
			join app_user u on u.id = cm.user_id and u.role = 'learner'
			where cm.cohort_id in (select cohort_id from s)
			group by cm.cohort_id
		),
		att as (
			select a.class_session_id, count(*)::int as n from attendance a
			where a.class_session_id in (select id from s) and a.status in ('present', 'late')
			group by a.class_session_id
		),
		per as (
			select s.mode, c.name as cohort, coalesce(r.n, 0) as roster, coalesce(att.n, 0) as attended
			from s
			join cohort c on c.id = s.cohort_id
			left join roster r on r.cohort_id = s.cohort_id
			left join att on att.class_session_id = s.id
		)
		select case when grouping(mode) = 0 then 'mode' when grouping(cohort) = 0 then 'cohort' else 'all' end as kind,
			coalesce(mode, cohort, '') as key,
			count(*)::int as sessions,
			case when sum(roster) = 0 then null else round(sum(attended) * 1000.0 / sum(roster)) / 10 end as rate_pct
		from per
		group by grouping sets ((mode), (cohort), ())
		order by kind, key
	`.execute(db);
	return rows.map((r) => ({ ...r, rate_pct: r.rate_pct === null ? null : Number(r.rate_pct) }));
}
