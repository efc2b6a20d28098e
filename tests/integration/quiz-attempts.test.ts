import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import type { QuestionContent } from '../../src/lib/server/quizzes/model';
import { addQuestionsToQuiz, addRandomToQuiz, createQuiz, mustFindQuiz, setQuizStatus, type QuizInput } from '../../src/lib/server/quizzes/quiz.service';
import { GRACE_MS, findAttempt, saveAnswers, startAttempt, submitAttempt, submitExpired } from '../../src/lib/server/quizzes/attempt.service';
import { insertQuestions, listCategories } from '../../src/lib/server/quizzes/bank.repository';
import { bestGradedResults, gainByCohort, gainReport, quizAttempts, quizQuestionStats, quizResultsCsv } from '../../src/lib/server/quizzes/results.service';
import { Conflict } from '../../src/lib/server/errors';
import { freshDb } from './db';
import { makeUser, singleChoice } from './factories';

let h: DbHandle;
let trainer: { id: number };
let moduleId: number;
let qids: number[];

const tf = (n: number, correct: boolean): QuestionContent => ({ type: 'truefalse', text: { ar: `صحيح أم خطأ ${n}`, fr: `Vrai ou faux ${n}` }, format: 'markdown', correct });

const settings = (over: Partial<QuizInput> = {}): QuizInput => ({
	kind: 'graded',
	title: { ar: 'اختبار', fr: 'Quiz' },
	intro: {},
	passMark: '',
	attemptsAllowed: '2',
	timeLimitMinutes: '',
	opensAt: '',
	closesAt: '',
	shuffleQuestions: false,
	shuffleOptions: false,
	feedback: 'after_submit',
	layout: 'one_per_page',
	...over
});

async function quizWith(over: Partial<QuizInput> = {}) {
	const id = await createQuiz(h.db, trainer, moduleId, settings(over));
	await addQuestionsToQuiz(h.db, trainer, id, qids);
	await setQuizStatus(h.db, trainer, id, 'published');
	return mustFindQuiz(h.db, id);
}

async function learners(n: number) {
	const out: { id: number; role: 'learner' }[] = [];
	for (let i = 0; i < n; i++) out.push({ id: (await makeUser(h.db, { invite: true })).id, role: 'learner' });
	return out;
}

beforeAll(async () => {
	h = await freshDb();
	trainer = { id: (await makeUser(h.db, { role: 'trainer', invite: true })).id };
	const m = await h.db.insertInto('module').values({ slug: 'quiz-test', title: JSON.stringify({ fr: 'Quiz' }), pass_mark: 60 }).returning('id').executeTakeFirstOrThrow();
	moduleId = m.id;
	qids = await insertQuestions(h.db, moduleId, [
		{ category: 'base', content: tf(1, true) },
		{ category: 'base', content: tf(2, false) },
		{ category: 'base', content: singleChoice(3), points: 2 },
		{ category: 'extra', content: singleChoice(4) }
	], trainer.id);
}, 60_000);
afterAll(() => h.close());

describe('attempts', () => {
	it('40 learners answering and submitting at once: every answer saved exactly once, one result each', async () => {
		const quiz = await quizWith();
		const people = await learners(40);
		const attempts = await Promise.all(people.map((p) => startAttempt(h.db, p, quiz)));
		expect(new Set(attempts).size).toBe(40);
		// Each learner sends every page twice (a retry on a slow network), all at the same moment.
		await Promise.all(
			people.flatMap((p, i) =>
				[0, 1].map(() =>
					saveAnswers(h.db, p.id, attempts[i], [
						{ questionId: qids[0], value: i % 2 === 0 },
						{ questionId: qids[1], value: false },
						{ questionId: qids[2], value: i % 4 === 0 ? 'b' : 'a' },
						{ questionId: qids[3], value: 'a' }
					])
				)
			)
		);
		const counts = await h.db
			.selectFrom('attempt_answer')
			.select(['attempt_id', (eb) => eb.fn.countAll<number>().as('n')])
			.where('attempt_id', 'in', attempts)
			.groupBy('attempt_id')
			.execute();
		expect(counts).toHaveLength(40);
		expect(counts.every((c) => Number(c.n) === 4)).toBe(true);
		const results = await Promise.all(people.map((p, i) => submitAttempt(h.db, attempts[i], new Date(), { userId: p.id })));
		expect(results.every((r) => r.fresh)).toBe(true);
		// learner 0: all right = 100; learner 1: q1 wrong (1 of 5 points) = 80; learner 4k: q3 wrong (2 points) …
		expect(results[1].scorePct).toBe(80);
		expect(results[2].scorePct).toBe(100);
		expect(results[0].scorePct).toBe(60);
		const rows = await quizAttempts(h.db, quiz.id);
		expect(rows.filter((r) => r.status === 'submitted')).toHaveLength(40);
	});

	it('a double submit gives one result, the same to both', async () => {
		const quiz = await quizWith();
		const [p] = await learners(1);
		const attemptId = await startAttempt(h.db, p, quiz);
		await saveAnswers(h.db, p.id, attemptId, [{ questionId: qids[0], value: true }]);
		const both = await Promise.all([submitAttempt(h.db, attemptId), submitAttempt(h.db, attemptId), submitAttempt(h.db, attemptId)]);
		expect(both.filter((r) => r.fresh)).toHaveLength(1);
		expect(new Set(both.map((r) => r.scorePct))).toEqual(new Set([20]));
		// Answers sent after the submit change nothing.
		expect(await saveAnswers(h.db, p.id, attemptId, [{ questionId: qids[1], value: false }])).toBe('submitted');
		const a = await findAttempt(h.db, attemptId);
		expect(Number(a!.score_pct)).toBe(20);
	});

	it('taps on "start" at once make one attempt, and the attempts allowed are enforced', async () => {
		const quiz = await quizWith({ attemptsAllowed: '1' });
		const [p] = await learners(1);
		const ids = await Promise.all([startAttempt(h.db, p, quiz), startAttempt(h.db, p, quiz), startAttempt(h.db, p, quiz)]);
		expect(new Set(ids).size).toBe(1);
		await submitAttempt(h.db, ids[0]);
		await expect(startAttempt(h.db, p, quiz)).rejects.toBeInstanceOf(Conflict);
	});

	it('past the time limit and its grace, saving is refused and the attempt is submitted with what was saved', async () => {
		const quiz = await quizWith({ timeLimitMinutes: '10' });
		const [p, q] = await learners(2);
		const t0 = new Date('2026-12-01T10:00:00Z');
		const attemptId = await startAttempt(h.db, p, quiz, t0);
		await saveAnswers(h.db, p.id, attemptId, [{ questionId: qids[0], value: true }], new Date(t0.getTime() + 5 * 60_000));
		// Within the grace: still saved.
		expect(await saveAnswers(h.db, p.id, attemptId, [{ questionId: qids[2], value: 'a' }], new Date(t0.getTime() + 10 * 60_000 + GRACE_MS - 1000))).toBe('saved');
		// Too late: refused, and the attempt ends with the two saved answers (1 + 2 of 5 points).
		expect(await saveAnswers(h.db, p.id, attemptId, [{ questionId: qids[1], value: false }], new Date(t0.getTime() + 11 * 60_000))).toBe('expired');
		const a = await findAttempt(h.db, attemptId);
		expect(a).toMatchObject({ status: 'submitted', auto_submitted: true });
		expect(Number(a!.score_pct)).toBe(60);
		expect(new Date(a!.submitted_at!).getTime()).toBe(t0.getTime() + 10 * 60_000);

		// An abandoned attempt is submitted by the sweep.
		const other = await startAttempt(h.db, q, quiz, t0);
		expect(await submitExpired(h.db, new Date(t0.getTime() + 60 * 60_000), quiz.id)).toBe(1);
		expect(await findAttempt(h.db, other)).toMatchObject({ status: 'submitted', auto_submitted: true });
	});

	it('draws N random questions from a category, different per attempt but never twice in one', async () => {
		const id = await createQuiz(h.db, trainer, moduleId, settings({ kind: 'practice' }));
		const base = (await listCategories(h.db, moduleId)).find((c) => c.name === 'base')!;
		await addRandomToQuiz(h.db, trainer, id, base.id, 2);
		await setQuizStatus(h.db, trainer, id, 'published');
		const quiz = await mustFindQuiz(h.db, id);
		const [p] = await learners(1);
		const seen = new Set<string>();
		for (let i = 0; i < 8; i++) {
			const a = await startAttempt(h.db, p, quiz);
			const row = await findAttempt(h.db, a);
			const ids = row!.questions.map((q) => q.id);
			expect(ids).toHaveLength(2);
			expect(new Set(ids).size).toBe(2);
			expect(ids.every((x) => qids.slice(0, 3).includes(x))).toBe(true);
			seen.add([...ids].sort().join(','));
			await submitAttempt(h.db, a);
		}
		expect(seen.size).toBeGreaterThan(1);
	});
});

describe('results', () => {
	it('best graded result per learner, pre/post gain, question statistics and CSV', async () => {
		const graded = await quizWith({ kind: 'graded', passMark: '70' });
		const pre = await quizWith({ kind: 'pre', attemptsAllowed: '1' });
		const post = await quizWith({ kind: 'post' });
		const [a, b, c] = await learners(3);
		const take = async (quiz: typeof graded, p: { id: number; role: 'learner' }, rights: number) => {
			const id = await startAttempt(h.db, p, quiz);
			const values = [true, false, 'a', 'a'] as const;
			const wrong = [false, true, 'b', 'b'] as const;
			await saveAnswers(h.db, p.id, id, qids.map((q, i) => ({ questionId: q, value: i < rights ? values[i] : wrong[i] })));
			return submitAttempt(h.db, id);
		};
		await take(graded, a, 1); // 20 %
		await take(graded, a, 4); // 100 %
		await take(graded, b, 2); // 40 %
		await take(pre, a, 1); // 20
		await take(post, a, 3); // 80
		await take(pre, b, 2); // 40
		await take(post, b, 4); // 100
		await take(pre, c, 0); // 0, no post-test

		const best = await bestGradedResults(h.db, moduleId, [a.id, b.id, c.id]);
		expect(best.get(a.id)).toEqual({ scorePct: 100, passed: true, passMark: 70 });
		expect(best.get(b.id)).toEqual({ scorePct: 40, passed: false, passMark: 70 });
		expect(best.has(c.id)).toBe(false);

		// An attempt left open past its time counts with what was saved.
		const timed = await quizWith({ kind: 'graded', passMark: '70', timeLimitMinutes: '5' });
		const t0 = new Date(Date.now() - 60 * 60_000);
		const open = await startAttempt(h.db, c, timed, t0);
		await saveAnswers(h.db, c.id, open, qids.map((q, i) => ({ questionId: q, value: [true, false, 'a', 'a'][i] })), new Date(t0.getTime() + 60_000));
		expect((await bestGradedResults(h.db, moduleId, [c.id])).get(c.id)).toEqual({ scorePct: 100, passed: true, passMark: 70 });

		const gain = await gainReport(h.db, moduleId);
		const mine = gain.learners.filter((g) => [a.id, b.id].includes(g.userId));
		expect(mine.map((g) => [g.pre, g.post, g.difference, g.normalisedGain])).toEqual(
			expect.arrayContaining([
				[20, 80, 60, 0.75],
				[40, 100, 60, 1]
			])
		);
		expect(gain.onlyPre.map((g) => g.userId)).toContain(c.id);
		expect(gain.avgPre).toBe(30);
		expect(gain.avgPost).toBe(90);
		expect(gain.normalisedGain).toBe(0.86);
		const cohort = await h.db.insertInto('cohort').values({ name: 'Cohorte test' }).returning('id').executeTakeFirstOrThrow();
		await h.db.insertInto('cohort_member').values([a, b, c].map((p) => ({ cohort_id: cohort.id, user_id: p.id }))).execute();
		expect(await gainByCohort(h.db, moduleId)).toEqual([{ cohortId: cohort.id, name: 'Cohorte test', both: 2, avgPre: 30, avgPost: 90, difference: 60, normalisedGain: 0.86 }]);
		expect((await gainReport(h.db, moduleId, { cohortId: cohort.id })).onlyPre.map((g) => g.userId)).toEqual([c.id]);

		const stats = await quizQuestionStats(h.db, graded.id);
		expect(stats.map((s) => s.questionId)).toEqual(qids);
		expect(stats[0].facility).toBe(1);
		expect(stats[3].facility).toBeCloseTo(1 / 3, 2);

		const csv = await quizResultsCsv(h.db, graded.id);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
		expect(csv).toContain('مستعملة');
	});
});
