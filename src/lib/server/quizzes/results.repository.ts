/**
 * The SQL of the trainers' result pages: figures are computed by PostgreSQL,
 * lists come a page at a time, so a page costs the same for 40 learners as
 * for 10,000.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/index';
import type { ResultFilter } from './results.service';

/** Learners only (staff trying a quiz out are left out), in the commune and cohort asked for; `u` is app_user. */
function learnerWhere(f: ResultFilter): RawBuilder<unknown> {
	const parts = [sql`u.role = 'learner'`];
	if (f.communeId) parts.push(sql`u.commune_id = ${f.communeId}`);
	if (f.cohortId) parts.push(sql`exists (select 1 from cohort_member cm where cm.user_id = u.id and cm.cohort_id = ${f.cohortId})`);
	return sql.join(parts, sql` and `);
}

/** `limit null` is no limit: the exports and the unpaged callers take every row. */
export interface Slice {
	limit: number | null;
	offset: number;
}
const ALL: Slice = { limit: null, offset: 0 };

export type GainGroup = 'both' | 'pre' | 'post';

export interface GainFigures {
	both: number;
	avgPre: number | null;
	avgPost: number | null;
	onlyPre: number;
	onlyPost: number;
	learners: { userId: number; nameAr: string; nameLatin: string; pre: number | null; post: number | null }[];
	cohortsTotal: number;
	cohorts: { cohortId: number; name: string; both: number; avgPre: number; avgPost: number }[];
}

const num = (x: unknown) => (x === null || x === undefined ? null : Number(x));

/**
 * The whole gain page in one statement: each learner's pre-test score (her
 * first submitted attempt) and post-test score (her best) are computed once,
 * then the group figures, one page of learners of the group asked for, and one
 * page of the per-cohort figures are read from them. The cohort filter narrows
 * the group and the learners, not the per-cohort table (which compares cohorts);
 * the commune filter narrows everything.
 */
export async function gainFigures(db: Db, moduleId: number, f: ResultFilter, group: GainGroup, learners: Slice = ALL, cohorts: Slice = ALL): Promise<GainFigures> {
	const communeOnly = learnerWhere({ communeId: f.communeId });
	const selected = f.cohortId ? sql`exists (select 1 from cohort_member cm where cm.user_id = a.user_id and cm.cohort_id = ${f.cohortId})` : sql`true`;
	const inGroup = group === 'both' ? sql`s.pre is not null and s.post is not null` : group === 'pre' ? sql`s.post is null` : sql`s.pre is null`;
	const { rows } = await sql<{
		both: number;
		avg_pre: string | null;
		avg_post: string | null;
		only_pre: number;
		only_post: number;
		learners: { user_id: number; name_ar: string; name_latin: string; pre: number | null; post: number | null }[];
		cohorts_total: number;
		cohorts: { cohort_id: number; name: string; both: number; avg_pre: number; avg_post: number }[];
	}>`
		with s as materialized (
			select a.user_id,
				(min(array[extract(epoch from a.submitted_at)::numeric, a.id, a.score_pct]) filter (where z.kind = 'pre'))[3] as pre,
				max(a.score_pct) filter (where z.kind = 'post') as post,
				${selected} as sel
			from quiz z
			join quiz_attempt a on a.quiz_id = z.id
			join app_user u on u.id = a.user_id
			where z.module_id = ${moduleId} and z.kind in ('pre', 'post') and z.status = 'published' and a.status = 'submitted' and ${communeOnly}
			group by a.user_id
		)
		select
			count(*) filter (where sel and pre is not null and post is not null)::int as both,
			avg(pre) filter (where sel and pre is not null and post is not null) as avg_pre,
			avg(post) filter (where sel and pre is not null and post is not null) as avg_post,
			count(*) filter (where sel and post is null)::int as only_pre,
			count(*) filter (where sel and pre is null)::int as only_post,
			(select coalesce(json_agg(p order by p.name_latin, p.user_id), '[]')
				from (select s.user_id, u.name_ar, u.name_latin, s.pre, s.post from s join app_user u on u.id = s.user_id
					where s.sel and ${inGroup} order by u.name_latin, s.user_id limit ${learners.limit} offset ${learners.offset}) p) as learners,
			(select count(distinct cm.cohort_id)::int from s join cohort_member cm on cm.user_id = s.user_id where s.pre is not null and s.post is not null) as cohorts_total,
			(select coalesce(json_agg(c order by c.name, c.cohort_id), '[]')
				from (select cm.cohort_id, k.name, count(*)::int as both, avg(s.pre) as avg_pre, avg(s.post) as avg_post
					from s join cohort_member cm on cm.user_id = s.user_id join cohort k on k.id = cm.cohort_id
					where s.pre is not null and s.post is not null
					group by cm.cohort_id, k.name order by k.name, cm.cohort_id limit ${cohorts.limit} offset ${cohorts.offset}) c) as cohorts
		from s
	`.execute(db);
	const r = rows[0];
	return {
		both: r.both,
		avgPre: num(r.avg_pre),
		avgPost: num(r.avg_post),
		onlyPre: r.only_pre,
		onlyPost: r.only_post,
		learners: r.learners.map((l) => ({ userId: l.user_id, nameAr: l.name_ar, nameLatin: l.name_latin, pre: num(l.pre), post: num(l.post) })),
		cohortsTotal: r.cohorts_total,
		cohorts: r.cohorts.map((c) => ({ cohortId: c.cohort_id, name: c.name, both: c.both, avgPre: Number(c.avg_pre), avgPost: Number(c.avg_post) }))
	};
}

/** The figures of a quiz's results page, over every attempt matching the filter. */
export async function attemptSummary(db: Db, quizId: number, f: ResultFilter) {
	const { rows } = await sql<{ total: number; learners: number; submitted: number; average: string | null; passed: number }>`
		select count(*)::int as total,
			count(distinct a.user_id)::int as learners,
			count(*) filter (where a.status = 'submitted')::int as submitted,
			avg(a.score_pct) filter (where a.status = 'submitted') as average,
			count(*) filter (where a.status = 'submitted' and a.passed)::int as passed
		from quiz_attempt a join app_user u on u.id = a.user_id
		where a.quiz_id = ${quizId} and ${learnerWhere(f)}
	`.execute(db);
	const r = rows[0];
	return { total: r.total, learners: r.learners, submitted: r.submitted, average: num(r.average), passed: r.passed };
}

export interface AttemptListRow {
	id: number;
	user_id: number;
	name_ar: string;
	name_latin: string;
	login: string;
	commune_ar: string | null;
	commune_fr: string | null;
	attempt_no: number;
	status: 'in_progress' | 'submitted';
	started_at: Date;
	submitted_at: Date | null;
	auto_submitted: boolean;
	score_pct: string | null;
	passed: boolean | null;
	answered: number;
	questions: number;
}

/**
 * A quiz's attempts by learner name, newest attempt first for each; the count
 * of answers is looked up only for the rows of the slice, after the sort.
 */
export async function listAttempts(db: Db, quizId: number, f: ResultFilter, slice: Slice = ALL): Promise<AttemptListRow[]> {
	const { rows } = await sql<AttemptListRow>`
		select p.*, (select count(*)::int from attempt_answer x where x.attempt_id = p.id) as answered
		from (
			select a.id, a.user_id, u.name_ar, u.name_latin, u.login, c.name_ar as commune_ar, c.name_fr as commune_fr,
				a.attempt_no, a.status, a.started_at, a.submitted_at, a.auto_submitted, a.score_pct, a.passed,
				cardinality(a.question_ids) as questions
			from quiz_attempt a
			join app_user u on u.id = a.user_id
			left join commune c on c.id = u.commune_id
			where a.quiz_id = ${quizId} and ${learnerWhere(f)}
			order by u.name_latin, a.user_id, a.attempt_no desc
			limit ${slice.limit} offset ${slice.offset}
		) p
		order by p.name_latin, p.user_id, p.attempt_no desc
	`.execute(db);
	return rows;
}

export interface ItemRow {
	question_id: number;
	attempts: number;
	facility: number;
	discrimination: number | null;
	content: unknown;
}

/**
 * Item analysis over the quiz's submitted attempts, in one statement: each
 * question's facility (mean share of its points earned, an unanswered question
 * earning 0) and its corrected item–total correlation (the question's score
 * against the share earned on the rest of the quiz, from the attempt's score; null under 3 attempts or
 * without spread). Reads the attempts' question ids and points from their
 * small arrays, and one attempt's copy of each question for its text. In the
 * order the questions were shown.
 */
export async function itemStatistics(db: Db, quizId: number, f: ResultFilter): Promise<ItemRow[]> {
	const { rows } = await sql<ItemRow>`
		with item as (
			select a.id as attempt_id, q.question_id, q.pos, q.pts, a.score::float8 as score, a.max_score::float8 as mx,
				coalesce(ans.fs[array_position(ans.qs, q.question_id)], 0) as f
			from quiz_attempt a
			join app_user u on u.id = a.user_id
			cross join lateral unnest(a.question_ids, a.question_points) with ordinality as q(question_id, pts, pos)
			-- One index range per attempt (its few answers), not a hash of every answer of every quiz.
			cross join lateral (select array_agg(x.question_id) as qs, array_agg(x.fraction::float8) as fs from attempt_answer x where x.attempt_id = a.id) ans
			where a.quiz_id = ${quizId} and a.status = 'submitted' and ${learnerWhere(f)}
		), scored as (
			select attempt_id, question_id, pos, f, case when mx - pts > 0 then (score - f * pts) / (mx - pts) else 0 end as rest from item
		), agg as (
			select question_id, count(*)::int as attempts, avg(f) as facility,
				case when count(*) < 3 or var_pop(f) * count(*) < 1e-12 or var_pop(rest) * count(*) < 1e-12 then null else corr(f, rest) end as discrimination,
				min(pos) as pos, min(attempt_id) as sample
			from scored group by question_id
		)
		select agg.question_id, agg.attempts, agg.facility, agg.discrimination,
			jsonb_path_query_first(s.questions, '$[*] ? (@.id == $id)', jsonb_build_object('id', agg.question_id)) -> 'content' as content
		from agg join quiz_attempt s on s.id = agg.sample
		order by agg.pos, agg.question_id
	`.execute(db);
	return rows;
}
