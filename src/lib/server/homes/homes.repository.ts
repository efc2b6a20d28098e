// The figures and short lists of the three home pages (issue 13 §23): each a single
// statement, summarised in SQL and bounded, so a home stays fast with thousands of learners.
import { sql } from 'kysely';
import type { Db } from '../db/index';
import type { Localized } from '../db/schema';

/** How many rows a home's list shows at most. */
export const HOME_LIST = 8;

// ---------- learner

export interface NextQuiz {
	id: number;
	moduleSlug: string;
	title: Localized;
	kind: string;
	closesAt: Date | null;
}

/** The first quiz she can take now and has not submitted: soonest closing first, then in module order. */
export async function nextQuizFor(db: Db, userId: number, now: Date): Promise<NextQuiz | null> {
	const row = await db
		.selectFrom('quiz as z')
		.innerJoin('module as m', 'm.id', 'z.module_id')
		.innerJoin('enrolment as e', (j) => j.onRef('e.module_id', '=', 'm.id').on('e.user_id', '=', userId).on('e.status', '=', 'active'))
		.select(['z.id', 'm.slug as moduleSlug', 'z.title', 'z.kind', 'z.closes_at as closesAt'])
		.where('m.status', '=', 'published')
		.where('z.status', '=', 'published')
		.where((eb) => eb.or([eb('z.opens_at', 'is', null), eb('z.opens_at', '<=', now)]))
		.where((eb) => eb.or([eb('z.closes_at', 'is', null), eb('z.closes_at', '>', now)]))
		.where(({ not, exists, selectFrom }) =>
			not(exists(selectFrom('quiz_attempt as a').select('a.id').whereRef('a.quiz_id', '=', 'z.id').where('a.user_id', '=', userId).where('a.status', '=', 'submitted')))
		)
		.orderBy(sql`z.closes_at asc nulls last`)
		.orderBy('m.position')
		.orderBy('z.position')
		.orderBy('z.id')
		.limit(1)
		.executeTakeFirst();
	return (row as NextQuiz | undefined) ?? null;
}

export interface MyCertificate {
	serial: string;
	title: Localized;
	issuedAt: Date;
}

/** Her live certificates, newest first, at most a few, with how many she holds. */
export async function certificatesOf(db: Db, userId: number): Promise<{ total: number; items: MyCertificate[] }> {
	const rows = await db
		.selectFrom('certificate')
		.select(['serial', 'title', 'issued_at as issuedAt', sql<number>`count(*) over ()::int`.as('total')])
		.where('user_id', '=', userId)
		.where('revoked_at', 'is', null)
		.where('replaced_at', 'is', null)
		.orderBy('issued_at', 'desc')
		.limit(3)
		.execute();
	return { total: rows[0]?.total ?? 0, items: rows.map(({ total: _, ...r }) => r as MyCertificate) };
}

// ---------- trainer

export interface Behind {
	userId: number;
	nameAr: string;
	nameLatin: string;
	moduleSlug: string;
	moduleTitle: Localized;
	/** attendance: her rate (%) and the threshold; lessons: days since enrolled; quizzes: how many not taken. */
	value: number;
	threshold: number | null;
}

interface BehindRow extends Behind {
	total: number;
}

/** A trainer's modules (those she created or teaches a session of); every module for an administrator (no trainer given). */
const ofTrainer = (trainerId: number | undefined) =>
	trainerId === undefined ? sql`true` : sql`(m.created_by = ${trainerId} or exists (select 1 from class_session ts where ts.module_id = m.id and ts.trainer_id = ${trainerId}))`;

const bounded = (rows: BehindRow[]) => ({ total: rows[0]?.total ?? 0, items: rows.map(({ total: _, ...r }) => r) });

/** Learners whose attendance is under the module's threshold (present or late over sessions held), lowest first. */
export async function belowAttendance(db: Db, now: Date, trainerId?: number, limit = HOME_LIST) {
	const { rows } = await sql<BehindRow>`
		with p as (
			select e.user_id, m.id as module_id, m.attendance_threshold as thr,
				count(distinct s.id) as held,
				count(distinct case when a.status in ('present', 'late') then s.id end) as attended,
				case when m.excused_not_counted then count(distinct case when a.status = 'excused' then s.id end) else 0 end as excused
			from enrolment e
			join module m on m.id = e.module_id and m.status = 'published'
			join cohort_member cm on cm.user_id = e.user_id
			join class_session s on s.cohort_id = cm.cohort_id and s.module_id = m.id and s.cancelled_at is null and s.starts_at <= ${now}
			left join attendance a on a.class_session_id = s.id and a.user_id = e.user_id
			where e.status = 'active' and ${ofTrainer(trainerId)}
			group by e.user_id, m.id, m.attendance_threshold, m.excused_not_counted
		), r as (
			select *, held - excused as counted from p
		)
		select u.id as "userId", u.name_ar as "nameAr", u.name_latin as "nameLatin", m.slug as "moduleSlug", m.title as "moduleTitle",
			(round(least(r.attended, r.counted) * 1000.0 / r.counted) / 10)::float8 as value, r.thr as threshold,
			(count(*) over ())::int as total
		from r
		join app_user u on u.id = r.user_id and u.role = 'learner' and u.disabled_at is null
		join module m on m.id = r.module_id
		where r.counted > 0 and least(r.attended, r.counted) * 100.0 < r.thr * r.counted
		order by value, u.name_latin, m.position
		limit ${limit}`.execute(db);
	return bounded(rows);
}

/** Learners enrolled for a week or more in a published module who have not opened one lesson of it, longest first. */
export async function lessonsNotStarted(db: Db, now: Date, trainerId?: number, limit = HOME_LIST) {
	const weekAgo = new Date(now.getTime() - 7 * 24 * 3600_000);
	const { rows } = await sql<BehindRow>`
		select u.id as "userId", u.name_ar as "nameAr", u.name_latin as "nameLatin", m.slug as "moduleSlug", m.title as "moduleTitle",
			(extract(day from ${now}::timestamptz - e.enrolled_at))::int as value, null::int as threshold,
			(count(*) over ())::int as total
		from enrolment e
		join module m on m.id = e.module_id and m.status = 'published'
		join app_user u on u.id = e.user_id and u.role = 'learner' and u.disabled_at is null
		where e.status = 'active' and e.enrolled_at <= ${weekAgo} and ${ofTrainer(trainerId)}
			and not exists (select 1 from lesson_progress p join lesson l on l.id = p.lesson_id where p.user_id = e.user_id and l.module_id = m.id)
		order by e.enrolled_at, u.name_latin
		limit ${limit}`.execute(db);
	return bounded(rows);
}

/** Learners with quizzes (pre, post or graded) already closed that they never submitted, most missed first. */
export async function quizzesNotTaken(db: Db, now: Date, trainerId?: number, limit = HOME_LIST) {
	const { rows } = await sql<BehindRow>`
		select u.id as "userId", u.name_ar as "nameAr", u.name_latin as "nameLatin", min(m.slug) as "moduleSlug", null::jsonb as "moduleTitle",
			count(*)::int as value, null::int as threshold,
			(count(*) over ())::int as total
		from quiz z
		join module m on m.id = z.module_id and m.status = 'published'
		join enrolment e on e.module_id = m.id and e.status = 'active'
		join app_user u on u.id = e.user_id and u.role = 'learner' and u.disabled_at is null
		where z.status = 'published' and z.kind in ('pre', 'post', 'graded') and z.closes_at <= ${now} and ${ofTrainer(trainerId)}
			and not exists (select 1 from quiz_attempt a where a.quiz_id = z.id and a.user_id = u.id and a.status = 'submitted')
		group by u.id, u.name_ar, u.name_latin
		order by value desc, u.name_latin
		limit ${limit}`.execute(db);
	return bounded(rows);
}

export interface ClosingQuiz {
	id: number;
	moduleId: number;
	moduleSlug: string;
	title: Localized;
	closesAt: Date;
	/** Learners enrolled who have not submitted it yet. */
	missing: number;
}

/** Published quizzes closing within the next days, soonest first, with how many learners have not submitted. */
export async function quizzesClosingSoon(db: Db, now: Date, trainerId?: number, days = 7, limit = HOME_LIST): Promise<ClosingQuiz[]> {
	const until = new Date(now.getTime() + days * 24 * 3600_000);
	const { rows } = await sql<ClosingQuiz>`
		select z.id, m.id as "moduleId", m.slug as "moduleSlug", z.title, z.closes_at as "closesAt",
			(select count(*) from enrolment e join app_user u on u.id = e.user_id and u.role = 'learner' and u.disabled_at is null
				where e.module_id = m.id and e.status = 'active'
				and not exists (select 1 from quiz_attempt a where a.quiz_id = z.id and a.user_id = e.user_id and a.status = 'submitted'))::int as missing
		from quiz z
		join module m on m.id = z.module_id and m.status = 'published'
		where z.status = 'published' and z.closes_at > ${now} and z.closes_at <= ${until} and ${ofTrainer(trainerId)}
		order by z.closes_at, z.id
		limit ${limit}`.execute(db);
	return rows.map((r) => ({ ...r, closesAt: new Date(r.closesAt) }));
}

// ---------- administrator

export interface Glance {
	learners: number;
	trainers: number;
	enrolments: number;
	learnersEnrolled: number;
	modulesPublished: number;
	/** Present or late over sessions held, all learners and modules (%), null before any session. */
	attendancePct: number | null;
	belowThreshold: number;
	/** Learners with both a pre- and a post-test in a module (averages over each such learner and module, %). */
	gainPairs: number;
	avgPre: number | null;
	avgPost: number | null;
	certificates: number;
	certificatesRecent: number;
}

/** The programme at a glance, in one statement. */
export async function programmeGlance(db: Db, now: Date): Promise<Glance> {
	const monthAgo = new Date(now.getTime() - 30 * 24 * 3600_000);
	const { rows } = await sql<Glance>`
		with p as (
			select e.user_id, m.id as module_id, m.attendance_threshold as thr,
				count(distinct s.id) as held,
				count(distinct case when a.status in ('present', 'late') then s.id end) as attended,
				case when m.excused_not_counted then count(distinct case when a.status = 'excused' then s.id end) else 0 end as excused
			from enrolment e
			join module m on m.id = e.module_id and m.status = 'published'
			join app_user u on u.id = e.user_id and u.role = 'learner' and u.disabled_at is null
			join cohort_member cm on cm.user_id = e.user_id
			join class_session s on s.cohort_id = cm.cohort_id and s.module_id = m.id and s.cancelled_at is null and s.starts_at <= ${now}
			left join attendance a on a.class_session_id = s.id and a.user_id = e.user_id
			where e.status = 'active'
			group by e.user_id, m.id, m.attendance_threshold, m.excused_not_counted
		), att as (
			select sum(least(attended, held - excused)) as attended, sum(held - excused) as counted,
				count(*) filter (where held - excused > 0 and least(attended, held - excused) * 100.0 < thr * (held - excused)) as below
			from p
		), pre as (
			select distinct on (a.user_id, z.module_id) a.user_id, z.module_id, a.score_pct
			from quiz_attempt a join quiz z on z.id = a.quiz_id join app_user u on u.id = a.user_id and u.role = 'learner'
			where z.kind = 'pre' and z.status = 'published' and a.status = 'submitted'
			order by a.user_id, z.module_id, a.submitted_at, a.id
		), post as (
			select a.user_id, z.module_id, max(a.score_pct) as score_pct
			from quiz_attempt a join quiz z on z.id = a.quiz_id join app_user u on u.id = a.user_id and u.role = 'learner'
			where z.kind = 'post' and z.status = 'published' and a.status = 'submitted'
			group by a.user_id, z.module_id
		), gain as (
			select count(distinct user_id) as pairs, avg(pre.score_pct) as pre, avg(post.score_pct) as post from pre join post using (user_id, module_id)
		)
		select
			(select count(*) from app_user where role = 'learner' and disabled_at is null)::int as learners,
			(select count(*) from app_user where role = 'trainer' and disabled_at is null)::int as trainers,
			(select count(*) from enrolment e join module m on m.id = e.module_id and m.status = 'published' where e.status = 'active')::int as enrolments,
			(select count(distinct e.user_id) from enrolment e join module m on m.id = e.module_id and m.status = 'published' where e.status = 'active')::int as "learnersEnrolled",
			(select count(*) from module where status = 'published')::int as "modulesPublished",
			(select case when counted > 0 then round(attended * 1000.0 / counted) / 10 end from att)::float8 as "attendancePct",
			(select below from att)::int as "belowThreshold",
			(select pairs from gain)::int as "gainPairs",
			(select round(pre, 1) from gain)::float8 as "avgPre",
			(select round(post, 1) from gain)::float8 as "avgPost",
			(select count(*) from certificate where revoked_at is null and replaced_at is null)::int as certificates,
			(select count(*) from certificate where revoked_at is null and replaced_at is null and issued_at >= ${monthAgo})::int as "certificatesRecent"`.execute(db);
	return rows[0];
}
