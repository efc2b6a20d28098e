import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import type { QuestionContent } from '../../src/lib/server/quizzes/model';
import { addQuestionsToQuiz, createQuiz, mustFindQuiz, setQuizStatus, type QuizInput } from '../../src/lib/server/quizzes/quiz.service';
import { saveAnswers, startAttempt, submitAttempt } from '../../src/lib/server/quizzes/attempt.service';
import { insertQuestions } from '../../src/lib/server/quizzes/bank.repository';
import { attemptView, learnerQuizzes, resultView } from '../../src/lib/server/quizzes/take.service';
import { Forbidden } from '../../src/lib/server/errors';
import { freshDb } from './db';
import { makeUser, enrol, makeModule } from './factories';

let h: DbHandle;
let trainer: { id: number };
let qids: number[];
const slug = 'take-test';
let moduleId: number;
const yesNo = { t: 'vrai', f: 'faux' };

const single: QuestionContent = {
	type: 'single',
	text: { ar: 'سؤال', fr: 'Question' },
	format: 'markdown',
	options: [
		{ id: 'a', text: { fr: 'Juste' }, weight: 100, feedback: { fr: 'SECRET-FEEDBACK' } },
		{ id: 'b', text: { fr: 'Faux' }, weight: 0 }
	]
};
const tf: QuestionContent = { type: 'truefalse', text: { fr: 'Vrai ?' }, format: 'markdown', correct: true };

const settings = (over: Partial<QuizInput> = {}): QuizInput => ({
	kind: 'post', title: { fr: 'Test' }, intro: {}, passMark: '50', attemptsAllowed: '', timeLimitMinutes: '', opensAt: '', closesAt: '',
	shuffleQuestions: false, shuffleOptions: false, feedback: 'after_submit', layout: 'one_per_page', ...over
});

async function enrolledLearner() {
	const id = (await makeUser(h.db, { invite: true })).id;
	await enrol(h.db, id, moduleId);
	return { id, role: 'learner' as const };
}

async function quiz(over: Partial<QuizInput> = {}) {
	const id = await createQuiz(h.db, trainer, moduleId, settings(over));
	await addQuestionsToQuiz(h.db, trainer, id, qids);
	await setQuizStatus(h.db, trainer, id, 'published');
	return mustFindQuiz(h.db, id);
}

beforeAll(async () => {
	h = await freshDb();
	trainer = { id: (await makeUser(h.db, { role: 'trainer', invite: true })).id };
	moduleId = await makeModule(h.db, { slug, title: { fr: 'M' }, status: 'published' });
	qids = await insertQuestions(h.db, moduleId, [{ category: null, content: single }, { category: null, content: tf }, { category: null, content: single }], trainer.id);
}, 60_000);
afterAll(() => h.close());

describe('the learner pages', () => {
	it('resume where she stopped, with her answers and without keys or feedback', async () => {
		const z = await quiz();
		const me = await enrolledLearner();
		const attemptId = await startAttempt(h.db, me, z);
		await saveAnswers(h.db, me.id, attemptId, [{ questionId: qids[0], value: 'b' }]);
		const v = await attemptView(h.db, me, slug, z.id, attemptId, null, 'fr');
		if (v.done) throw new Error('not expected done');
		expect(v.page).toBe(1);
		expect(v.answered).toBe(1);
		const first = await attemptView(h.db, me, slug, z.id, attemptId, 0, 'fr');
		if (first.done) throw new Error('not expected done');
		expect(first.questions[0].answer).toBe('b');
		// What the page gets: the questions (the route passes only these and a few settings).
		expect(JSON.stringify(first.questions)).not.toMatch(/SECRET-FEEDBACK|"weight"|"correct"/);
		const list = await learnerQuizzes(h.db, me.id, slug, 'fr');
		expect(list.find((q) => q.id === z.id)).toMatchObject({ open: true, best: null });
	});

	it('someone else’s attempt is forbidden, and a learner not enrolled is refused', async () => {
		const z = await quiz();
		const me = await enrolledLearner();
		const other = await enrolledLearner();
		const attemptId = await startAttempt(h.db, me, z);
		await expect(attemptView(h.db, other, slug, z.id, attemptId, 0, 'fr')).rejects.toBeInstanceOf(Forbidden);
		const outsider = { id: (await makeUser(h.db, { invite: true })).id, role: 'learner' as const };
		await expect(attemptView(h.db, outsider, slug, z.id, attemptId, 0, 'fr')).rejects.toBeInstanceOf(Forbidden);
	});

	it('the result shows score and pass, and the corrections only as the settings allow', async () => {
		const shown = await quiz();
		const me = await enrolledLearner();
		const a = await startAttempt(h.db, me, shown);
		await saveAnswers(h.db, me.id, a, [{ questionId: qids[0], value: 'a' }, { questionId: qids[1], value: false }]);
		await submitAttempt(h.db, a);
		const r = await resultView(h.db, me, slug, shown.id, a, 'fr', yesNo);
		if (r.open) throw new Error('expected a result');
		expect(r).toMatchObject({ scorePct: 33.33, passed: false, passMark: 50, showDetails: true });
		expect(r.review.map((x) => x.verdict)).toEqual(['correct', 'wrong', 'unanswered']);
		expect(r.review[0].feedback.map((f) => f.text)).toContain('SECRET-FEEDBACK');
		expect(r.review[1].key.map((k) => k.text)).toEqual(['vrai']);

		const later = await quiz({ feedback: 'after_close', closesAt: '2099-01-01T10:00' });
		const b = await startAttempt(h.db, me, later);
		await saveAnswers(h.db, me.id, b, [{ questionId: qids[0], value: 'a' }, { questionId: qids[1], value: true }]);
		await submitAttempt(h.db, b);
		const hidden = await resultView(h.db, me, slug, later.id, b, 'fr', yesNo);
		if (hidden.open) throw new Error('expected a result');
		expect(hidden).toMatchObject({ scorePct: 66.67, passed: true, showDetails: false, review: [] });
	});

	it('with feedback right after each answer, an answered question shows its verdict and cannot be changed', async () => {
		const z = await quiz({ feedback: 'immediate' });
		const me = await enrolledLearner();
		const a = await startAttempt(h.db, me, z);
		await saveAnswers(h.db, me.id, a, [{ questionId: qids[0], value: 'b' }], new Date(), { lockAnswered: true });
		await saveAnswers(h.db, me.id, a, [{ questionId: qids[0], value: 'a' }], new Date(), { lockAnswered: true });
		const v = await attemptView(h.db, me, slug, z.id, a, 0, 'fr');
		if (v.done) throw new Error('not expected done');
		expect(v.questions[0].answer).toBe('b');
		expect(v.questions[0].checked?.verdict).toBe('wrong');
		const next = await attemptView(h.db, me, slug, z.id, a, 1, 'fr');
		if (next.done) throw new Error('not expected done');
		expect(next.questions[0].checked).toBeNull();
	});
});
