/**
 * What the learner's quiz pages show, built on the server (learner pages ship
 * no JavaScript). Before submission only texts and choices leave the server;
 * keys and feedback only when the quiz's settings allow.
 */
import { sql } from 'kysely';
import type { Db } from '../db/index';
import type { Locale } from '../db/schema';
import { Forbidden, NotFound } from '../errors';
import type { AnswerValue, QuestionContent, Texts } from './model';
import type { AttemptQuestion, AttemptRow, QuizRow } from './tables';
import { publicQuestion } from './answers';
import { grade, isEmptyAnswer, type Verdict } from './grading';
import { attemptsOf, cannotStart, feedbackVisible, findAttempt, isPastDeadline, passMarkOf, quizForTaker, submitAttempt, submitExpired, type Taker } from './attempt.service';
import { pickText, shownHtml, type ShownText } from './render';

/**
 * The published quizzes of a module (by slug, so the module page can ask at the
 * same time as it loads the module) with where this learner stands in each.
 * Says nothing about access: the caller checks that she may see the module.
 */
export async function learnerQuizzes(db: Db, userId: number, slug: string, locale: Locale) {
	const quizzes = await db
		.selectFrom('quiz as z')
		.innerJoin('module as m', 'm.id', 'z.module_id')
		.leftJoin('quiz_attempt as a', (j) => j.onRef('a.quiz_id', '=', 'z.id').on('a.user_id', '=', userId))
		.select(['z.id', 'z.kind', 'z.title', 'a.status', 'a.score_pct', 'a.id as attempt_id'])
		.where('m.slug', '=', slug)
		.where('z.status', '=', 'published')
		.orderBy('z.position')
		.orderBy('z.id')
		.execute();
	const out = new Map<number, { id: number; kind: QuizRow['kind']; title: ShownText; best: number | null; open: boolean; attempts: number }>();
	for (const r of quizzes) {
		const q = out.get(r.id) ?? { id: r.id, kind: r.kind, title: pickText(r.title, locale), best: null, open: false, attempts: 0 };
		if (r.attempt_id) q.attempts++;
		if (r.status === 'in_progress') q.open = true;
		if (r.status === 'submitted' && r.score_pct !== null && (q.best === null || Number(r.score_pct) > q.best)) q.best = Number(r.score_pct);
		out.set(r.id, q);
	}
	return [...out.values()];
}

export async function quizIntro(db: Db, user: Taker, slug: string, quizId: number, locale: Locale, now = new Date()) {
	const quiz = await quizForTaker(db, user, slug, quizId);
	await submitExpired(db, now, quizId);
	const attempts = await attemptsOf(db, quizId, user.id);
	const open = attempts.find((a) => a.status === 'in_progress');
	return {
		quiz,
		title: pickText(quiz.title, locale),
		moduleTitle: pickText(quiz.module_title, locale),
		intro: shownHtml(quiz.intro, locale, 'markdown'),
		passMark: passMarkOf(quiz, quiz.module_pass_mark),
		attempts,
		openAttemptId: open?.id ?? null,
		blocked: open ? null : cannotStart(quiz, attempts.length, now)
	};
}

export interface ShownQuestion {
	id: number;
	number: number;
	type: QuestionContent['type'];
	points: number;
	text: ReturnType<typeof shownHtml>;
	choices: { id: string; text: ShownText }[];
	prompts: { id: string; text: ShownText }[];
	answer: AnswerValue | null;
	/** Immediate feedback: once answered, the verdict and feedback, and the answer can no longer change. */
	checked: { verdict: Verdict; feedback: ShownText[] } | null;
}

function showQuestion(q: AttemptQuestion, number: number, answer: AnswerValue | undefined, locale: Locale, immediate: boolean): ShownQuestion {
	const p = publicQuestion(q);
	const answered = answer !== undefined && !isEmptyAnswer(answer);
	let checked: ShownQuestion['checked'] = null;
	if (immediate && answered) {
		const g = grade(q.content, answer);
		checked = { verdict: g.verdict, feedback: [...g.feedback, ...(q.content.generalFeedback ? [q.content.generalFeedback] : [])].map((t) => pickText(t, locale)) };
	}
	return {
		id: q.id,
		number,
		type: p.type,
		points: p.points,
		text: shownHtml(p.text, locale, p.format),
		choices: p.choices.map((c) => ({ id: c.id, text: pickText(c.text, locale) })),
		prompts: p.prompts.map((c) => ({ id: c.id, text: pickText(c.text, locale) })),
		answer: answered ? answer! : null,
		checked
	};
}

export type AttemptView =
	| { done: true; attemptId: number }
	| {
			done: false;
			quiz: Awaited<ReturnType<typeof loadAttempt>>['quiz'];
			title: ShownText;
			pages: number;
			page: number;
			questions: ShownQuestion[];
			answered: number;
			total: number;
			/** For the review page: every question with whether it has an answer. */
			overview: { number: number; page: number; answered: boolean }[];
			deadline: Date | null;
	  };

export const pageCount = (quiz: Pick<QuizRow, 'layout'>, n: number) => (quiz.layout === 'all_on_one' ? 1 : Math.max(1, n));

/** Questions on page p (0-based). */
export function questionsOnPage(quiz: Pick<QuizRow, 'layout'>, questions: AttemptQuestion[], p: number) {
	return quiz.layout === 'all_on_one' ? questions : questions.slice(p, p + 1);
}

const QUIZ_COLUMNS = [
	'id', 'module_id', 'kind', 'title', 'intro', 'status', 'pass_mark', 'attempts_allowed', 'time_limit_minutes', 'opens_at', 'closes_at',
	'shuffle_questions', 'shuffle_options', 'feedback', 'layout', 'position', 'created_by', 'created_at', 'updated_at'
] as const;

/**
 * The learner's own attempt with its quiz and saved answers, in one query (the
 * quiz page is the busiest page while a cohort takes a test). Same access rule
 * as quizForTaker: staff, or a learner actively enrolled in the published module.
 */
export async function loadAttempt(db: Db, user: Taker, slug: string, quizId: number, attemptId: number) {
	const row = await db
		.selectFrom('quiz_attempt as a')
		.innerJoin('quiz as z', 'z.id', 'a.quiz_id')
		.innerJoin('module as m', 'm.id', 'z.module_id')
		.leftJoin('enrolment as e', (j) => j.onRef('e.module_id', '=', 'm.id').on('e.user_id', '=', user.id).on('e.status', '=', 'active'))
		.select(QUIZ_COLUMNS.map((c) => `z.${c} as z_${c}` as const))
		.select([
			'a.id',
			'a.quiz_id',
			'a.user_id',
			'a.attempt_no',
			'a.status',
			'a.questions',
			'a.started_at',
			'a.deadline_at',
			'a.submitted_at',
			'a.auto_submitted',
			'a.score',
			'a.max_score',
			'a.score_pct',
			'a.pass_mark',
			'a.passed',
			'm.slug',
			'm.status as module_status',
			'm.pass_mark as module_pass_mark',
			'm.title as module_title',
			'e.id as enrolment_id',
			sql<Record<string, AnswerValue> | null>`(select jsonb_object_agg(x.question_id::text, x.answer) from attempt_answer x where x.attempt_id = a.id)`.as('answers')
		])
		.where('a.id', '=', attemptId)
		.where('a.quiz_id', '=', quizId)
		.where('m.slug', '=', slug)
		.executeTakeFirst();
	if (!row) throw new NotFound();
	const staff = user.role === 'trainer' || user.role === 'admin';
	if (!staff && (row.module_status !== 'published' || !row.enrolment_id || row.z_status !== 'published')) throw new Forbidden('content_not_enrolled');
	if (row.user_id !== user.id) throw new Forbidden();
	const r = row as unknown as Record<string, unknown>;
	const quizRow = Object.fromEntries(QUIZ_COLUMNS.map((c) => [c, r[`z_${c}`]])) as unknown as QuizRow;
	const quiz = { ...quizRow, slug: row.slug, module_status: row.module_status, module_pass_mark: row.module_pass_mark, module_title: row.module_title, enrolment_id: row.enrolment_id };
	const attempt: AttemptRow = {
		id: row.id,
		quiz_id: row.quiz_id,
		user_id: row.user_id,
		attempt_no: row.attempt_no,
		status: row.status,
		questions: row.questions,
		started_at: row.started_at,
		deadline_at: row.deadline_at,
		submitted_at: row.submitted_at,
		auto_submitted: row.auto_submitted,
		score: row.score,
		max_score: row.max_score,
		score_pct: row.score_pct,
		pass_mark: row.pass_mark,
		passed: row.passed
	};
	const answers = new Map(Object.entries(row.answers ?? {}).map(([k, v]) => [Number(k), v]));
	return { quiz, attempt, answers };
}

/** pageParam null: where she stopped (the first question without an answer). */
export async function attemptView(db: Db, user: Taker, slug: string, quizId: number, attemptId: number, pageParam: number | null, locale: Locale, now = new Date()): Promise<AttemptView> {
	const { quiz, attempt, answers } = await loadAttempt(db, user, slug, quizId, attemptId);
	if (attempt.status === 'submitted') return { done: true, attemptId };
	if (isPastDeadline(attempt, now)) {
		await submitAttempt(db, attemptId, now, { auto: true });
		return { done: true, attemptId };
	}
	const pages = pageCount(quiz, attempt.questions.length);
	const isAnswered = (id: number) => answers.has(id) && !isEmptyAnswer(answers.get(id));
	const open = attempt.questions.findIndex((q) => !isAnswered(q.id));
	const firstOpen = quiz.layout === 'all_on_one' ? 0 : open < 0 ? pages - 1 : open;
	const page = Math.min(Math.max(0, pageParam ?? firstOpen), pages - 1);
	const immediate = quiz.feedback === 'immediate';
	const onPage = questionsOnPage(quiz, attempt.questions, page);
	const first = quiz.layout === 'all_on_one' ? 0 : page;
	return {
		done: false,
		quiz,
		title: pickText(quiz.title, locale),
		pages,
		page,
		questions: onPage.map((q, i) => showQuestion(q, first + i + 1, answers.get(q.id), locale, immediate)),
		answered: attempt.questions.filter((q) => isAnswered(q.id)).length,
		total: attempt.questions.length,
		overview: attempt.questions.map((q, i) => ({ number: i + 1, page: quiz.layout === 'all_on_one' ? 0 : i, answered: isAnswered(q.id) })),
		deadline: attempt.deadline_at ? new Date(attempt.deadline_at) : null
	};
}

/* ---------- after submission ---------- */

export interface ReviewItem {
	number: number;
	text: ReturnType<typeof shownHtml>;
	points: number;
	earned: number;
	verdict: Verdict;
	given: ShownText[];
	key: ShownText[];
	feedback: ShownText[];
}

const plain = (text: string): ShownText => ({ text, locale: 'fr', fallback: false });

/** The learner's answer in words. */
export function describeAnswer(content: QuestionContent, answer: AnswerValue | undefined, locale: Locale, yesNo: { t: string; f: string }): ShownText[] {
	if (answer === undefined || isEmptyAnswer(answer)) return [];
	switch (content.type) {
		case 'single':
		case 'multiple': {
			const ids = new Set(Array.isArray(answer) ? answer : [String(answer)]);
			return content.options.filter((o) => ids.has(o.id)).map((o) => pickText(o.text, locale));
		}
		case 'truefalse':
			return [plain(answer === true ? yesNo.t : yesNo.f)];
		case 'short':
		case 'numerical':
			return [plain(String(answer))];
		case 'matching': {
			const given = answer as Record<string, string>;
			return content.pairs.flatMap((p) => {
				const right = content.pairs.find((x) => x.id === given[p.id]);
				return right ? [joined(p.left, right.right, locale)] : [];
			});
		}
	}
}

function joined(a: Texts, b: Texts, locale: Locale): ShownText {
	const l = pickText(a, locale);
	const r = pickText(b, locale);
	return { text: `${l.text} → ${r.text}`, locale: l.locale, fallback: l.fallback };
}

/** The right answer(s) in words. */
export function describeKey(content: QuestionContent, locale: Locale, yesNo: { t: string; f: string }): ShownText[] {
	switch (content.type) {
		case 'single':
		case 'multiple': {
			const best = Math.max(...content.options.map((o) => o.weight));
			return content.options.filter((o) => (content.type === 'single' ? o.weight === best : o.weight > 0)).map((o) => pickText(o.text, locale));
		}
		case 'truefalse':
			return [plain(content.correct ? yesNo.t : yesNo.f)];
		case 'short':
			return content.answers.filter((a) => a.weight === 100).map((a) => plain(a.text));
		case 'numerical':
			return content.answers
				.filter((a) => a.weight === 100)
				.map((a) => plain(a.kind === 'tolerance' ? (a.tolerance ? `${a.value} ± ${a.tolerance}` : String(a.value)) : `${a.min} – ${a.max}`));
		case 'matching':
			return content.pairs.map((p) => joined(p.left, p.right, locale));
	}
}

export async function resultView(db: Db, user: Taker, slug: string, quizId: number, attemptId: number, locale: Locale, yesNo: { t: string; f: string }, now = new Date()) {
	const { quiz, attempt: first } = await loadAttempt(db, user, slug, quizId, attemptId);
	let attempt = first;
	if (attempt.status !== 'submitted') {
		if (!isPastDeadline(attempt, now)) return { open: true as const };
		await submitAttempt(db, attemptId, now, { auto: true });
		attempt = (await findAttempt(db, attemptId))!;
	}
	const showDetails = feedbackVisible(quiz, now);
	let review: ReviewItem[] = [];
	if (showDetails) {
		const rows = await db.selectFrom('attempt_answer').select(['question_id', 'answer', 'points']).where('attempt_id', '=', attemptId).execute();
		const byId = new Map(rows.map((r) => [r.question_id, r]));
		review = attempt.questions.map((q, i) => {
			const saved = byId.get(q.id);
			const g = grade(q.content, saved?.answer);
			return {
				number: i + 1,
				text: shownHtml(q.content.text, locale, q.content.format),
				points: q.points,
				earned: saved?.points != null ? Number(saved.points) : 0,
				verdict: g.verdict,
				given: describeAnswer(q.content, saved?.answer, locale, yesNo),
				key: describeKey(q.content, locale, yesNo),
				feedback: [...g.feedback, ...(q.content.generalFeedback ? [q.content.generalFeedback] : [])].map((t) => pickText(t, locale))
			};
		});
	}
	const attempts = await attemptsOf(db, quizId, user.id);
	return {
		open: false as const,
		quiz,
		title: pickText(quiz.title, locale),
		attempt,
		scorePct: Number(attempt.score_pct),
		score: Number(attempt.score),
		maxScore: Number(attempt.max_score),
		passed: !!attempt.passed,
		passMark: Number(attempt.pass_mark),
		showDetails,
		review,
		canRetry: cannotStart(quiz, attempts.length, now) === null
	};
}
