/** What trainers (and later the certificates) read from quiz attempts. */
import { sql } from 'kysely';
import type { Db } from '../db/index';
import type { Localized } from '../db/schema';
import { NotFound } from '../errors';
import { toCsv } from '../enrolment/csv';
import { excelTime } from '../enrolment/exports';
import { displayLogin } from '../users/login-id';
import type { AnswerValue } from './model';
import { grade, type Graded } from './grading';
import { questionStats, type QuestionStat } from './stats';
import { submitExpired } from './attempt.service';
import type { AttemptQuestion } from './tables';

/**
 * Each learner's best submitted attempt on the module's graded quiz, for the
 * certificate. When a module has several published graded quizzes, the best
 * attempt over all of them counts (passed before failed, then the higher
 * score), with the pass mark of the quiz that attempt belongs to. Draft quizzes
 * and open attempts never count.
 */
export async function bestGradedResults(
	db: Db,
	moduleId: number,
	userIds?: number[]
): Promise<Map<number, { scorePct: number; passed: boolean; passMark: number }>> {
	if (userIds && userIds.length === 0) return new Map();
	const graded = await db.selectFrom('quiz').select('id').where('module_id', '=', moduleId).where('kind', '=', 'graded').execute();
	for (const z of graded) await submitExpired(db, new Date(), z.id);
	let q = db
		.selectFrom('quiz_attempt as a')
		.innerJoin('quiz as z', 'z.id', 'a.quiz_id')
		.select(['a.user_id', 'a.score_pct', 'a.passed', 'a.pass_mark'])
		.where('z.module_id', '=', moduleId)
		.where('z.kind', '=', 'graded')
		.where('z.status', '=', 'published')
		.where('a.status', '=', 'submitted')
		.distinctOn('a.user_id')
		.orderBy('a.user_id')
		.orderBy('a.passed', 'desc')
		.orderBy('a.score_pct', 'desc')
		.orderBy('a.id');
	if (userIds) q = q.where('a.user_id', 'in', userIds);
	const rows = await q.execute();
	return new Map(rows.map((r) => [r.user_id, { scorePct: Number(r.score_pct), passed: !!r.passed, passMark: Number(r.pass_mark) }]));
}

export interface ResultFilter {
	cohortId?: number;
	communeId?: number;
}

/** Every learner's attempt at a quiz (staff trying a quiz out are left out), by name, newest attempt first for each. */
export function quizAttempts(db: Db, quizId: number, f: ResultFilter = {}) {
	let q = db
		.selectFrom('quiz_attempt as a')
		.innerJoin('app_user as u', 'u.id', 'a.user_id')
		.leftJoin('commune as c', 'c.id', 'u.commune_id')
		.select([
			'a.id',
			'a.user_id',
			'u.name_ar',
			'u.name_latin',
			'u.login',
			'c.name_ar as commune_ar',
			'c.name_fr as commune_fr',
			'a.attempt_no',
			'a.status',
			'a.started_at',
			'a.submitted_at',
			'a.auto_submitted',
			'a.score_pct',
			'a.passed',
			sql<number>`(select count(*)::int from attempt_answer x where x.attempt_id = a.id)`.as('answered'),
			sql<number>`jsonb_array_length(a.questions)`.as('questions')
		])
		.where('a.quiz_id', '=', quizId)
		.where('u.role', '=', 'learner')
		.orderBy('u.name_latin')
		.orderBy('a.user_id')
		.orderBy('a.attempt_no', 'desc');
	if (f.communeId) q = q.where('u.commune_id', '=', f.communeId);
	if (f.cohortId) q = q.where(({ exists, selectFrom }) => exists(selectFrom('cohort_member as cm').select('cm.user_id').whereRef('cm.user_id', '=', 'a.user_id').where('cm.cohort_id', '=', f.cohortId!)));
	return q.execute();
}

export interface AttemptQuestionDetail {
	question: AttemptQuestion;
	answer: AnswerValue | undefined;
	graded: Graded;
	points: number;
}

/** One attempt with each question, what was answered and how it was graded. */
export async function attemptDetail(db: Db, attemptId: number) {
	const a = await db
		.selectFrom('quiz_attempt as a')
		.innerJoin('app_user as u', 'u.id', 'a.user_id')
		.innerJoin('quiz as z', 'z.id', 'a.quiz_id')
		.selectAll('a')
		.select(['u.name_ar', 'u.name_latin', 'u.login', 'z.module_id', 'z.feedback', 'z.closes_at', 'z.title as quiz_title', 'z.kind'])
		.where('a.id', '=', attemptId)
		.executeTakeFirst();
	if (!a) throw new NotFound();
	const answers = await db.selectFrom('attempt_answer').select(['question_id', 'answer', 'points']).where('attempt_id', '=', attemptId).execute();
	const byId = new Map(answers.map((r) => [r.question_id, r]));
	const items: AttemptQuestionDetail[] = a.questions.map((q) => {
		const saved = byId.get(q.id);
		const graded = grade(q.content, saved?.answer);
		return { question: q, answer: saved?.answer, graded, points: saved?.points != null ? Number(saved.points) : Math.round(graded.fraction * q.points * 100) / 100 };
	});
	return { attempt: a, items };
}

/** Per-question statistics over the quiz's submitted attempts. */
export async function quizQuestionStats(db: Db, quizId: number, f: ResultFilter = {}): Promise<QuestionStat[]> {
	const attempts = (await quizAttempts(db, quizId, f)).filter((a) => a.status === 'submitted');
	if (attempts.length === 0) return [];
	const ids = attempts.map((a) => a.id);
	const [rows, answers] = await Promise.all([
		db.selectFrom('quiz_attempt').select(['id', 'questions']).where('id', 'in', ids).execute(),
		db.selectFrom('attempt_answer').select(['attempt_id', 'question_id', 'fraction']).where('attempt_id', 'in', ids).execute()
	]);
	const fractions = new Map(answers.map((r) => [`${r.attempt_id}:${r.question_id}`, Number(r.fraction ?? 0)]));
	return questionStats(
		rows.map((r) => ({
			questions: r.questions.map((q) => ({ id: q.id, points: q.points, content: q.content })),
			fraction: (qid: number) => fractions.get(`${r.id}:${qid}`) ?? 0
		}))
	);
}

export interface GainRow {
	userId: number;
	nameAr: string;
	nameLatin: string;
	pre: number | null;
	post: number | null;
	difference: number | null;
	normalisedGain: number | null;
}

export interface GainReport {
	learners: GainRow[];
	/** Over learners with both scores. */
	both: number;
	avgPre: number | null;
	avgPost: number | null;
	difference: number | null;
	/** (avg post − avg pre) / (100 − avg pre). */
	normalisedGain: number | null;
	onlyPre: GainRow[];
	onlyPost: GainRow[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;
/** Hake's normalised gain; undefined when the start was already 100 %. */
export function normalisedGain(pre: number, post: number): number | null {
	return pre >= 100 ? null : round2((post - pre) / (100 - pre));
}

/**
 * Pre/post gain for a module: the pre-test score is the learner's first
 * submitted attempt on a pre-test (where she started), the post-test score her
 * best submitted attempt on a post-test. Published quizzes only.
 */
export async function gainReport(db: Db, moduleId: number, f: ResultFilter = {}): Promise<GainReport> {
	let q = db
		.selectFrom('quiz_attempt as a')
		.innerJoin('quiz as z', 'z.id', 'a.quiz_id')
		.innerJoin('app_user as u', 'u.id', 'a.user_id')
		.select(['a.user_id', 'u.name_ar', 'u.name_latin', 'z.kind', 'a.score_pct', 'a.submitted_at', 'a.id'])
		.where('z.module_id', '=', moduleId)
		.where('z.kind', 'in', ['pre', 'post'])
		.where('z.status', '=', 'published')
		.where('a.status', '=', 'submitted')
		.where('u.role', '=', 'learner')
		.orderBy('a.submitted_at')
		.orderBy('a.id');
	if (f.communeId) q = q.where('u.commune_id', '=', f.communeId);
	if (f.cohortId) q = q.where(({ exists, selectFrom }) => exists(selectFrom('cohort_member as cm').select('cm.user_id').whereRef('cm.user_id', '=', 'a.user_id').where('cm.cohort_id', '=', f.cohortId!)));
	const rows = await q.execute();
	const by = new Map<number, GainRow>();
	for (const r of rows) {
		const g = by.get(r.user_id) ?? { userId: r.user_id, nameAr: r.name_ar, nameLatin: r.name_latin, pre: null, post: null, difference: null, normalisedGain: null };
		const s = Number(r.score_pct);
		if (r.kind === 'pre' && g.pre === null) g.pre = s;
		if (r.kind === 'post' && (g.post === null || s > g.post)) g.post = s;
		by.set(r.user_id, g);
	}
	const learners = [...by.values()].sort((a, b) => a.nameLatin.localeCompare(b.nameLatin));
	for (const g of learners)
		if (g.pre !== null && g.post !== null) {
			g.difference = round1(g.post - g.pre);
			g.normalisedGain = normalisedGain(g.pre, g.post);
		}
	const both = learners.filter((g) => g.pre !== null && g.post !== null);
	const avg = (xs: number[]) => (xs.length ? round1(xs.reduce((s, x) => s + x, 0) / xs.length) : null);
	const avgPre = avg(both.map((g) => g.pre!));
	const avgPost = avg(both.map((g) => g.post!));
	return {
		learners: both,
		both: both.length,
		avgPre,
		avgPost,
		difference: avgPre !== null && avgPost !== null ? round1(avgPost - avgPre) : null,
		normalisedGain: avgPre !== null && avgPost !== null ? normalisedGain(avgPre, avgPost) : null,
		onlyPre: learners.filter((g) => g.pre !== null && g.post === null),
		onlyPost: learners.filter((g) => g.pre === null && g.post !== null)
	};
}

const pickTitle = (t: Localized, l: 'ar' | 'fr') => t[l] ?? t.fr ?? t.ar ?? t.zgh ?? '';

/** The quiz's attempts as CSV (UTF-8 with BOM, like the other exports). */
export async function quizResultsCsv(db: Db, quizId: number, f: ResultFilter = {}): Promise<string> {
	const quiz = await db.selectFrom('quiz').select(['title', 'kind']).where('id', '=', quizId).executeTakeFirst();
	if (!quiz) throw new NotFound();
	const rows = await quizAttempts(db, quizId, f);
	return toCsv(
		['quiz', 'kind', 'name_ar', 'name_latin', 'login', 'commune', 'attempt', 'status', 'started_at', 'submitted_at', 'auto_submitted', 'answered', 'questions', 'score_pct', 'passed'],
		rows.map((r) => [
			pickTitle(quiz.title, 'fr'),
			quiz.kind,
			r.name_ar,
			r.name_latin,
			displayLogin(r.login),
			r.commune_fr ?? '',
			r.attempt_no,
			r.status,
			excelTime(r.started_at),
			excelTime(r.submitted_at),
			r.auto_submitted ? 'yes' : 'no',
			r.answered,
			r.questions,
			r.score_pct === null ? '' : Number(r.score_pct),
			r.passed === null ? '' : r.passed ? 'yes' : 'no'
		])
	);
}

/** The group figures of the gain report for each cohort that has learners with both tests. */
export async function gainByCohort(db: Db, moduleId: number, f: Pick<ResultFilter, 'communeId'> = {}) {
	const cohorts = await db.selectFrom('cohort').select(['id', 'name']).orderBy('name').execute();
	const out: { cohortId: number; name: string; both: number; avgPre: number | null; avgPost: number | null; difference: number | null; normalisedGain: number | null }[] = [];
	for (const c of cohorts) {
		const r = await gainReport(db, moduleId, { cohortId: c.id, communeId: f.communeId });
		if (r.both > 0) out.push({ cohortId: c.id, name: c.name, both: r.both, avgPre: r.avgPre, avgPost: r.avgPost, difference: r.difference, normalisedGain: r.normalisedGain });
	}
	return out;
}
