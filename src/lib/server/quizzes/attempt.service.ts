/**
 * Taking a quiz: start (or resume) an attempt, save answers page by page,
 * submit once. Everything is decided here, on the server: the deadline, which
 * questions were drawn, the grades.
 */
import type { Db } from '../db/index';
import type { Role } from '../db/schema';
import { Conflict, Forbidden, NotFound } from '../errors';
import type { AnswerValue } from './model';
import type { AttemptQuestion, AttemptRow, QuizRow } from './tables';
import { grade, isEmptyAnswer } from './grading';

/** Slow networks: a page sent just before the deadline still counts if it arrives within this. */
export const GRACE_MS = 30_000;

export interface Taker {
	id: number;
	role: Role;
}

const isStaff = (u: Taker) => u.role === 'trainer' || u.role === 'admin';

type Rng = () => number;

function shuffle<T>(items: T[], rng: Rng): T[] {
	const a = [...items];
	for (let i = a.length - 1; i > 0; i--) {
		const j = Math.floor(rng() * (i + 1));
		[a[i], a[j]] = [a[j], a[i]];
	}
	return a;
}

/** The quiz with its module, if this person may take it now (learners: published module and quiz, active enrolment). */
export async function quizForTaker(db: Db, user: Taker, slug: string, quizId: number) {
	const row = await db
		.selectFrom('quiz as z')
		.innerJoin('module as m', 'm.id', 'z.module_id')
		.leftJoin('enrolment as e', (j) => j.onRef('e.module_id', '=', 'm.id').on('e.user_id', '=', user.id).on('e.status', '=', 'active'))
		.selectAll('z')
		.select(['m.slug', 'm.status as module_status', 'm.pass_mark as module_pass_mark', 'm.title as module_title', 'e.id as enrolment_id'])
		.where('z.id', '=', quizId)
		.where('m.slug', '=', slug)
		.executeTakeFirst();
	if (!row) throw new NotFound();
	if (!isStaff(user) && (row.module_status !== 'published' || !row.enrolment_id || row.status !== 'published')) throw new Forbidden('content_not_enrolled');
	return row;
}

export const passMarkOf = (quiz: Pick<QuizRow, 'pass_mark'>, modulePassMark: number) => quiz.pass_mark ?? modulePassMark;

export function attemptsOf(db: Db, quizId: number, userId: number) {
	return db
		.selectFrom('quiz_attempt')
		.select(['id', 'attempt_no', 'status', 'started_at', 'deadline_at', 'submitted_at', 'score_pct', 'passed', 'auto_submitted'])
		.where('quiz_id', '=', quizId)
		.where('user_id', '=', userId)
		.orderBy('attempt_no')
		.execute();
}

/** Why a new attempt cannot start now, or null. */
export function cannotStart(quiz: QuizRow, used: number, now: Date): string | null {
	if (quiz.opens_at && now < new Date(quiz.opens_at)) return 'quiz_not_open_yet';
	if (quiz.closes_at && now >= new Date(quiz.closes_at)) return 'quiz_closed';
	if (quiz.kind !== 'practice' && quiz.attempts_allowed !== null && used >= quiz.attempts_allowed) return 'quiz_no_attempts_left';
	return null;
}

/** The questions for one attempt: chosen ones and random draws, shuffled as the quiz says, frozen. */
export async function drawQuestions(db: Db, quiz: QuizRow, rng: Rng = Math.random): Promise<AttemptQuestion[]> {
	const items = await db
		.selectFrom('quiz_item')
		.select(['question_id', 'category_id', 'random_count'])
		.where('quiz_id', '=', quiz.id)
		.orderBy('position')
		.orderBy('id')
		.execute();
	const fixedIds = items.flatMap((i) => (i.question_id ? [i.question_id] : []));
	const fixed = fixedIds.length
		? await db.selectFrom('question').select(['id', 'content', 'points']).where('id', 'in', fixedIds).where('deleted_at', 'is', null).execute()
		: [];
	const byId = new Map(fixed.map((q) => [q.id, q]));
	const taken = new Set(fixedIds);
	const out: { id: number; content: AttemptQuestion['content']; points: number }[] = [];
	for (const item of items) {
		if (item.question_id) {
			const q = byId.get(item.question_id);
			if (q) out.push({ id: q.id, content: q.content, points: Number(q.points) });
		} else if (item.category_id && item.random_count) {
			const pool = await db
				.selectFrom('question')
				.select(['id', 'content', 'points'])
				.where('category_id', '=', item.category_id)
				.where('deleted_at', 'is', null)
				.orderBy('id')
				.execute();
			const picked = shuffle(pool.filter((q) => !taken.has(q.id)), rng).slice(0, item.random_count);
			for (const q of picked) {
				taken.add(q.id);
				out.push({ id: q.id, content: q.content, points: Number(q.points) });
			}
		}
	}
	const ordered = quiz.shuffle_questions ? shuffle(out, rng) : out;
	return ordered.map((q) => {
		const c = q.content;
		if (c.type === 'matching') return { ...q, order: shuffle(c.pairs.map((p) => p.id), rng) };
		if ((c.type === 'single' || c.type === 'multiple') && quiz.shuffle_options) return { ...q, order: shuffle(c.options.map((o) => o.id), rng) };
		return q;
	});
}

/**
 * The learner's open attempt, or a new one. One open attempt per learner and
 * quiz (a unique index); the person's row is locked so two taps never number
 * two attempts alike.
 */
export async function startAttempt(db: Db, user: Taker, quiz: QuizRow, now = new Date(), rng: Rng = Math.random): Promise<number> {
	return db.transaction().execute(async (trx) => {
		await trx.selectFrom('app_user').select('id').where('id', '=', user.id).forNoKeyUpdate().executeTakeFirstOrThrow();
		const mine = await trx
			.selectFrom('quiz_attempt')
			.select(['id', 'status', 'attempt_no', 'deadline_at'])
			.where('quiz_id', '=', quiz.id)
			.where('user_id', '=', user.id)
			.orderBy('attempt_no', 'desc')
			.execute();
		const open = mine.find((a) => a.status === 'in_progress');
		if (open) return open.id;
		const why = cannotStart(quiz, mine.length, now);
		if (why) throw new Conflict(why);
		const questions = await drawQuestions(trx, quiz, rng);
		if (questions.length === 0) throw new Conflict('quiz_empty');
		let deadline: Date | null = quiz.time_limit_minutes ? new Date(now.getTime() + quiz.time_limit_minutes * 60_000) : null;
		if (quiz.closes_at && (!deadline || new Date(quiz.closes_at) < deadline)) deadline = new Date(quiz.closes_at);
		const row = await trx
			.insertInto('quiz_attempt')
			.values({
				quiz_id: quiz.id,
				user_id: user.id,
				attempt_no: (mine[0]?.attempt_no ?? 0) + 1,
				questions: JSON.stringify(questions),
				started_at: now,
				deadline_at: deadline
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		return row.id;
	});
}

export async function findAttempt(db: Db, attemptId: number): Promise<AttemptRow | undefined> {
	return db.selectFrom('quiz_attempt').selectAll().where('id', '=', attemptId).executeTakeFirst();
}

export async function savedAnswers(db: Db, attemptId: number): Promise<Map<number, AnswerValue>> {
	const rows = await db.selectFrom('attempt_answer').select(['question_id', 'answer']).where('attempt_id', '=', attemptId).execute();
	return new Map(rows.map((r) => [r.question_id, r.answer]));
}

export const isPastDeadline = (a: Pick<AttemptRow, 'deadline_at'>, now: Date) =>
	!!a.deadline_at && now.getTime() > new Date(a.deadline_at).getTime() + GRACE_MS;

export type SaveOutcome = 'saved' | 'submitted' | 'expired';

/**
 * Saves the answers given on one page (null = the learner cleared it). An
 * upsert per question, so resending a page never makes a second row. Holds a
 * share lock on the attempt, so a save and a submit never cross: once
 * submitted, nothing more is written.
 */
export async function saveAnswers(
	db: Db,
	userId: number,
	attemptId: number,
	answers: { questionId: number; value: AnswerValue | null }[],
	now = new Date(),
	opts: { lockAnswered?: boolean } = {}
): Promise<SaveOutcome> {
	const outcome = await db.transaction().execute(async (trx) => {
		const a = await trx
			.selectFrom('quiz_attempt')
			.select(['id', 'user_id', 'status', 'deadline_at', 'questions'])
			.where('id', '=', attemptId)
			.forShare()
			.executeTakeFirst();
		if (!a || a.user_id !== userId) throw new NotFound();
		if (a.status !== 'in_progress') return 'submitted' as const;
		if (isPastDeadline(a, now)) return 'expired' as const;
		const ids = new Set(a.questions.map((q) => q.id));
		const locked = opts.lockAnswered ? await savedAnswers(trx, attemptId) : new Map();
		const put = answers.filter((x) => ids.has(x.questionId) && !locked.has(x.questionId));
		const upserts = put.filter((x) => x.value !== null && !isEmptyAnswer(x.value));
		const clears = put.filter((x) => x.value === null || isEmptyAnswer(x.value)).map((x) => x.questionId);
		if (upserts.length)
			await trx
				.insertInto('attempt_answer')
				.values(upserts.map((x) => ({ attempt_id: attemptId, question_id: x.questionId, answer: JSON.stringify(x.value), saved_at: now })))
				.onConflict((oc) =>
					oc.columns(['attempt_id', 'question_id']).doUpdateSet({ answer: (eb) => eb.ref('excluded.answer'), saved_at: (eb) => eb.ref('excluded.saved_at') })
				)
				.execute();
		if (clears.length) await trx.deleteFrom('attempt_answer').where('attempt_id', '=', attemptId).where('question_id', 'in', clears).execute();
		return 'saved' as const;
	});
	if (outcome === 'expired') await submitAttempt(db, attemptId, now, { auto: true });
	return outcome;
}

export interface SubmitResult {
	attemptId: number;
	scorePct: number;
	passed: boolean;
	/** False when it had been submitted already (a double tap, a retry): the same result. */
	fresh: boolean;
}

/**
 * Grades the saved answers and closes the attempt, once: the attempt row is
 * locked, a second submit waits and then finds it submitted and returns the
 * same result.
 */
export async function submitAttempt(db: Db, attemptId: number, now = new Date(), opts: { auto?: boolean; userId?: number } = {}): Promise<SubmitResult> {
	return db.transaction().execute(async (trx) => {
		const a = await trx.selectFrom('quiz_attempt').selectAll().where('id', '=', attemptId).forUpdate().executeTakeFirst();
		if (!a || (opts.userId !== undefined && a.user_id !== opts.userId)) throw new NotFound();
		if (a.status === 'submitted') return { attemptId, scorePct: Number(a.score_pct), passed: !!a.passed, fresh: false };
		return closeAttempt(trx, a, now, !!opts.auto);
	});
}

/**
 * Grades an open attempt's saved answers and marks it submitted. The caller
 * holds the attempt row locked (or is the only writer, as the demo seed is).
 */
export async function closeAttempt(trx: Db, a: AttemptRow, now: Date, auto: boolean): Promise<SubmitResult> {
	const attemptId = a.id;
	const quiz = await trx
		.selectFrom('quiz as z')
		.innerJoin('module as m', 'm.id', 'z.module_id')
		.select(['z.pass_mark', 'm.pass_mark as module_pass_mark'])
		.where('z.id', '=', a.quiz_id)
		.executeTakeFirstOrThrow();
	const answers = await savedAnswers(trx, attemptId);
	let score = 0;
	let max = 0;
	for (const q of a.questions) {
		max += q.points;
		const given = answers.get(q.id);
		if (given === undefined) continue;
		const g = grade(q.content, given);
		const points = Math.round(g.fraction * q.points * 100) / 100;
		score += points;
		await trx.updateTable('attempt_answer').set({ fraction: g.fraction, points }).where('attempt_id', '=', attemptId).where('question_id', '=', q.id).execute();
	}
	const scorePct = max > 0 ? Math.round((score / max) * 10000) / 100 : 0;
	const passMark = quiz.pass_mark ?? quiz.module_pass_mark;
	const passed = scorePct >= passMark;
	// Past the deadline, the attempt ends at its deadline (what was saved by then counts).
	const late = !!a.deadline_at && now.getTime() > new Date(a.deadline_at).getTime() + GRACE_MS;
	await trx
		.updateTable('quiz_attempt')
		.set({
			status: 'submitted',
			submitted_at: late ? new Date(a.deadline_at!) : now,
			auto_submitted: auto || late,
			score: Math.round(score * 100) / 100,
			max_score: max,
			score_pct: scorePct,
			pass_mark: passMark,
			passed
		})
		.where('id', '=', attemptId)
		.execute();
	return { attemptId, scorePct, passed, fresh: true };
}

/** Submits, with what was saved, every open attempt of a quiz (or of everyone) whose time is over. */
export async function submitExpired(db: Db, now = new Date(), quizId?: number, userId?: number): Promise<number> {
	let q = db
		.selectFrom('quiz_attempt')
		.select('id')
		.where('status', '=', 'in_progress')
		.where('deadline_at', 'is not', null)
		.where('deadline_at', '<', new Date(now.getTime() - GRACE_MS));
	if (quizId !== undefined) q = q.where('quiz_id', '=', quizId);
	if (userId !== undefined) q = q.where('user_id', '=', userId);
	const rows = await q.execute();
	for (const r of rows) await submitAttempt(db, r.id, now, { auto: true });
	return rows.length;
}

/** May this attempt's details (right answers, feedback) be shown now? */
export function feedbackVisible(quiz: Pick<QuizRow, 'feedback' | 'closes_at'>, now: Date): boolean {
	if (quiz.feedback !== 'after_close') return true;
	return !!quiz.closes_at && now >= new Date(quiz.closes_at);
}

