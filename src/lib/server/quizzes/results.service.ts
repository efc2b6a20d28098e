/** What trainers (and later the certificates) read from quiz attempts. */
import type { Db } from '../db/index';
import type { Localized } from '../db/schema';
import { NotFound } from '../errors';
import { toCsv } from '../enrolment/csv';
import { excelTime } from '../enrolment/exports';
import { displayLogin } from '../users/login-id';
import type { AnswerValue, QuestionContent } from './model';
import { grade, type Graded } from './grading';
import type { QuestionStat } from './stats';
import { attemptSummary, gainFigures, itemStatistics, listAttempts, type GainFigures, type GainGroup, type Slice } from './results.repository';
export type { GainGroup } from './results.repository';
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
	const rows = await bestGradedRows(db, 'learner', { moduleIds: [moduleId], userIds });
	return new Map(rows.map((r) => [r.key, gradedResult(r)]));
}

/**
 * The same best graded result for one learner in several modules at once (her certificates page), keyed by
 * module; `withQuiz` holds the modules that have a published graded quiz. Three statements whatever the number
 * of modules, instead of three per module.
 */
export async function bestGradedOfLearner(db: Db, userId: number, moduleIds: number[]) {
	const best = new Map<number, ReturnType<typeof gradedResult>>();
	const withQuiz = new Set<number>();
	if (moduleIds.length === 0) return { best, withQuiz };
	await submitExpired(db, new Date(), undefined, userId);
	const [quizzes, rows] = await Promise.all([modulesWithGradedQuiz(db, moduleIds), bestGradedRows(db, 'module', { moduleIds, userIds: [userId] })]);
	for (const id of quizzes) withQuiz.add(id);
	for (const r of rows) best.set(r.key, gradedResult(r));
	return { best, withQuiz };
}

/** Which of these modules have a published graded quiz: without one, the certificate's quiz rule cannot apply. */
export async function modulesWithGradedQuiz(db: Db, moduleIds: number[]): Promise<number[]> {
	const rows = await db.selectFrom('quiz').select('module_id').distinct().where('module_id', 'in', moduleIds).where('kind', '=', 'graded').where('status', '=', 'published').execute();
	return rows.map((r) => r.module_id);
}

/** The best submitted attempt at the published graded quizzes of these modules, one per learner or one per module. */
function bestGradedRows(db: Db, per: 'learner' | 'module', f: { moduleIds: number[]; userIds?: number[] }) {
	const key = per === 'learner' ? 'a.user_id' : 'z.module_id';
	let q = db
		.selectFrom('quiz_attempt as a')
		.innerJoin('quiz as z', 'z.id', 'a.quiz_id')
		.select([`${key} as key`, 'a.score_pct', 'a.passed', 'a.pass_mark'])
		.where('z.module_id', 'in', f.moduleIds)
		.where('z.kind', '=', 'graded')
		.where('z.status', '=', 'published')
		.where('a.status', '=', 'submitted')
		.distinctOn(key)
		.orderBy(key)
		.orderBy('a.passed', 'desc')
		.orderBy('a.score_pct', 'desc')
		.orderBy('a.id');
	if (f.userIds) q = q.where('a.user_id', 'in', f.userIds);
	return q.execute();
}

const gradedResult = (r: { score_pct: string | number | null; passed: boolean | null; pass_mark: string | number | null }) => ({
	scorePct: Number(r.score_pct),
	passed: !!r.passed,
	passMark: Number(r.pass_mark)
});

export interface ResultFilter {
	cohortId?: number;
	communeId?: number;
}

/** Every learner's attempt at a quiz (staff trying a quiz out are left out), by name, newest attempt first for each; all of them, or a slice. */
export function quizAttempts(db: Db, quizId: number, f: ResultFilter = {}, slice?: Slice) {
	return listAttempts(db, quizId, f, slice);
}

/** Count, learners, submitted, mean score and passes over all the quiz's attempts matching the filter. */
export async function quizAttemptSummary(db: Db, quizId: number, f: ResultFilter = {}) {
	const s = await attemptSummary(db, quizId, f);
	return { ...s, average: s.average === null ? null : round1(s.average) };
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

/** Per-question statistics over the quiz's submitted attempts, computed by PostgreSQL. */
export async function quizQuestionStats(db: Db, quizId: number, f: ResultFilter = {}): Promise<QuestionStat[]> {
	const rows = await itemStatistics(db, quizId, f);
	return rows.map((r) => ({
		questionId: r.question_id,
		content: r.content as QuestionContent,
		attempts: r.attempts,
		facility: Math.round(Number(r.facility) * 1000) / 1000,
		discrimination: r.discrimination === null ? null : Math.round(Number(r.discrimination) * 100) / 100
	}));
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

function gainRow(l: GainFigures['learners'][number]): GainRow {
	const both = l.pre !== null && l.post !== null;
	return { ...l, difference: both ? round1(l.post! - l.pre!) : null, normalisedGain: both ? normalisedGain(l.pre!, l.post!) : null };
}

/** Group figures from the means PostgreSQL computed, rounded as shown. */
function groupFigures(avgPreRaw: number | null, avgPostRaw: number | null) {
	const avgPre = avgPreRaw === null ? null : round1(avgPreRaw);
	const avgPost = avgPostRaw === null ? null : round1(avgPostRaw);
	return {
		avgPre,
		avgPost,
		difference: avgPre !== null && avgPost !== null ? round1(avgPost - avgPre) : null,
		normalisedGain: avgPre !== null && avgPost !== null ? normalisedGain(avgPre, avgPost) : null
	};
}

export interface GainCohort {
	cohortId: number;
	name: string;
	both: number;
	avgPre: number | null;
	avgPost: number | null;
	difference: number | null;
	normalisedGain: number | null;
}

const cohortFigures = (c: GainFigures['cohorts'][number]): GainCohort => ({ cohortId: c.cohortId, name: c.name, both: c.both, ...groupFigures(c.avgPre, c.avgPost) });

/**
 * Pre/post gain for a module: the pre-test score is the learner's first
 * submitted attempt on a pre-test (where she started), the post-test score her
 * best submitted attempt on a post-test. Published quizzes only. Every learner
 * (for exports and checks); the page reads `gainPage`.
 */
export async function gainReport(db: Db, moduleId: number, f: ResultFilter = {}): Promise<GainReport> {
	const none = { limit: 0, offset: 0 };
	const [both, pre, post] = await Promise.all([
		gainFigures(db, moduleId, f, 'both', undefined, none),
		gainFigures(db, moduleId, f, 'pre', undefined, none),
		gainFigures(db, moduleId, f, 'post', undefined, none)
	]);
	return {
		learners: both.learners.map(gainRow),
		both: both.both,
		...groupFigures(both.avgPre, both.avgPost),
		onlyPre: pre.learners.map(gainRow),
		onlyPost: post.learners.map(gainRow)
	};
}

/**
 * The gain page in one statement: the group figures, one page of the learners
 * of `group` (with both tests, the pre-test only or the post-test only) and
 * one page of the per-cohort figures, with their totals.
 */
export async function gainPage(db: Db, moduleId: number, f: ResultFilter, group: GainGroup, page: { learners: number; cohorts: number }, size: number) {
	const at = (n: number) => ({ limit: size, offset: (Math.max(1, n) - 1) * size });
	const r = await gainFigures(db, moduleId, f, group, at(page.learners), at(page.cohorts));
	return {
		both: r.both,
		...groupFigures(r.avgPre, r.avgPost),
		onlyPre: r.onlyPre,
		onlyPost: r.onlyPost,
		learners: r.learners.map(gainRow),
		learnersTotal: group === 'both' ? r.both : group === 'pre' ? r.onlyPre : r.onlyPost,
		cohorts: r.cohorts.map(cohortFigures),
		cohortsTotal: r.cohortsTotal
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

/** The group figures of the gain report for each cohort that has learners with both tests (every cohort; the page reads `gainPage`). */
export async function gainByCohort(db: Db, moduleId: number, f: Pick<ResultFilter, 'communeId'> = {}): Promise<GainCohort[]> {
	const r = await gainFigures(db, moduleId, { communeId: f.communeId }, 'both', { limit: 0, offset: 0 });
	return r.cohorts.map(cohortFigures);
}
