import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { addQuestionsToQuiz, createQuiz, mustFindQuiz, setQuizStatus, type QuizInput } from '../../src/lib/server/quizzes/quiz.service';
import { saveAnswers, startAttempt, submitAttempt } from '../../src/lib/server/quizzes/attempt.service';
import { insertQuestions } from '../../src/lib/server/quizzes/bank.repository';
import { gainByCohort, gainPage, gainReport, quizAttemptSummary, quizAttempts, quizQuestionStats, quizResultsCsv } from '../../src/lib/server/quizzes/results.service';
import { freshDb } from './db';
import { makeAttempt, makeCohort, makeModule, makeQuiz, makeUser, singleChoice } from './factories';

let h: DbHandle;
const round1 = (x: number) => Math.round(x * 10) / 10;
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

beforeAll(async () => {
	h = await freshDb();
}, 60_000);
afterAll(() => h?.close());

describe('the gain report, a page at a time', () => {
	it('group and cohort figures over everyone, learners and cohorts paged with their totals, filters applied', async () => {
		const moduleId = await makeModule(h.db);
		const pre = await makeQuiz(h.db, moduleId, { kind: 'pre' });
		const post = await makeQuiz(h.db, moduleId, { kind: 'post' });
		const commune = (await h.db.selectFrom('commune').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
		// 60 learners with both tests, 7 with the pre-test only, 3 with the post-test only.
		const both: { id: number; pre: number; post: number }[] = [];
		for (let i = 0; i < 60; i++) {
			const u = await makeUser(h.db, { invite: true });
			const p = (i * 7) % 60;
			const q = Math.min(100, p + 20 + (i % 5) * 5);
			await makeAttempt(h.db, pre, u.id, { no: 1, scorePct: p });
			// A second pre-test attempt does not count (where she started), the best post-test does.
			if (i % 10 === 0) await makeAttempt(h.db, pre, u.id, { no: 2, scorePct: 99 });
			if (i % 6 === 0) await makeAttempt(h.db, post, u.id, { no: 1, scorePct: 1 });
			await makeAttempt(h.db, post, u.id, { no: i % 6 === 0 ? 2 : 1, scorePct: q });
			both.push({ id: u.id, pre: p, post: q });
		}
		const onlyPre: number[] = [];
		for (let i = 0; i < 7; i++) {
			const u = await makeUser(h.db, { invite: true });
			await makeAttempt(h.db, pre, u.id, { no: 1, scorePct: 10 });
			onlyPre.push(u.id);
		}
		for (let i = 0; i < 3; i++) await makeAttempt(h.db, post, (await makeUser(h.db, { invite: true })).id, { no: 1, scorePct: 90 });
		// A trainer trying the tests out is not counted.
		const trainer = await makeUser(h.db, { role: 'trainer', invite: true });
		await makeAttempt(h.db, pre, trainer.id, { no: 1, scorePct: 0 });
		await makeAttempt(h.db, post, trainer.id, { no: 1, scorePct: 100 });
		// Cohort A: the first 40 with both tests and 2 with the pre-test only; cohort B: the last 30 (10 in both cohorts).
		const cohortA = await makeCohort(h.db, { name: 'Cohorte A', members: [...both.slice(0, 40).map((b) => b.id), ...onlyPre.slice(0, 2)] });
		const cohortB = await makeCohort(h.db, { name: 'Cohorte B', members: both.slice(30).map((b) => b.id) });
		await makeCohort(h.db, { name: 'Cohorte vide' });
		await h.db.updateTable('app_user').set({ commune_id: commune }).where('id', 'in', both.slice(0, 12).map((b) => b.id)).execute();

		const figures = (xs: typeof both) => {
			const avgPre = round1(mean(xs.map((b) => b.pre)));
			const avgPost = round1(mean(xs.map((b) => b.post)));
			return { both: xs.length, avgPre, avgPost, difference: round1(avgPost - avgPre), normalisedGain: Math.round(((avgPost - avgPre) / (100 - avgPre)) * 100) / 100 };
		};

		const p1 = await gainPage(h.db, moduleId, {}, 'both', { learners: 1, cohorts: 1 }, 25);
		expect(p1).toMatchObject({ ...figures(both), onlyPre: 7, onlyPost: 3, learnersTotal: 60, cohortsTotal: 2 });
		expect(p1.learners).toHaveLength(25);
		const p3 = await gainPage(h.db, moduleId, {}, 'both', { learners: 3, cohorts: 1 }, 25);
		expect(p3.learners).toHaveLength(10);
		// The pages together are the whole list, each learner once, with her first pre-test and her best post-test.
		const p2 = await gainPage(h.db, moduleId, {}, 'both', { learners: 2, cohorts: 1 }, 25);
		const paged = [...p1.learners, ...p2.learners, ...p3.learners];
		const full = await gainReport(h.db, moduleId);
		expect(paged.map((l) => l.userId)).toEqual(full.learners.map((l) => l.userId));
		expect(new Set(paged.map((l) => l.userId)).size).toBe(60);
		for (const l of paged) {
			const b = both.find((x) => x.id === l.userId)!;
			expect([l.pre, l.post, l.difference]).toEqual([b.pre, b.post, round1(b.post - b.pre)]);
		}

		// The other groups' lists, and the figures per cohort (the empty cohort left out), a page at a time.
		const pre1 = await gainPage(h.db, moduleId, {}, 'pre', { learners: 1, cohorts: 2 }, 1);
		expect(pre1.learnersTotal).toBe(7);
		expect(pre1.learners).toHaveLength(1);
		expect(onlyPre).toContain(pre1.learners[0].userId);
		expect(pre1.learners[0]).toMatchObject({ pre: 10, post: null, difference: null });
		expect(pre1.cohorts).toEqual([{ cohortId: cohortB, name: 'Cohorte B', ...figures(both.slice(30)) }]);
		expect((await gainPage(h.db, moduleId, {}, 'post', { learners: 1, cohorts: 1 }, 25)).learners.map((l) => l.post)).toEqual([90, 90, 90]);
		expect(await gainByCohort(h.db, moduleId)).toEqual([
			{ cohortId: cohortA, name: 'Cohorte A', ...figures(both.slice(0, 40)) },
			{ cohortId: cohortB, name: 'Cohorte B', ...figures(both.slice(30)) }
		]);

		// Filters: the cohort narrows the group and the list (not the table comparing cohorts); the commune narrows everything.
		const inA = await gainPage(h.db, moduleId, { cohortId: cohortA }, 'both', { learners: 2, cohorts: 1 }, 25);
		expect(inA).toMatchObject({ ...figures(both.slice(0, 40)), onlyPre: 2, onlyPost: 0, learnersTotal: 40, cohortsTotal: 2 });
		expect(inA.learners).toHaveLength(15);
		const inCommune = await gainPage(h.db, moduleId, { communeId: commune }, 'both', { learners: 1, cohorts: 1 }, 25);
		expect(inCommune).toMatchObject({ ...figures(both.slice(0, 12)), onlyPre: 0, onlyPost: 0, learnersTotal: 12 });
		expect(inCommune.cohorts).toEqual([{ cohortId: cohortA, name: 'Cohorte A', ...figures(both.slice(0, 12)) }]);
	});
});


/** The corrected item–total correlation, as the page explains it. */
function discrimination(item: number[], rest: number[]): number {
	const mx = mean(item);
	const my = mean(rest);
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < item.length; i++) {
		sxy += (item[i] - mx) * (rest[i] - my);
		sxx += (item[i] - mx) ** 2;
		syy += (rest[i] - my) ** 2;
	}
	return Math.round((sxy / Math.sqrt(sxx * syy)) * 100) / 100;
}

describe('a quiz’s results, a page at a time', () => {
	it('summary over every attempt, attempts paged, item statistics over every submitted attempt, CSV complete', async () => {
		const trainer = { id: (await makeUser(h.db, { role: 'trainer', invite: true })).id };
		const moduleId = await makeModule(h.db);
		const qids = await insertQuestions(h.db, moduleId, [1, 2, 3].map((n) => ({ category: 'base', content: singleChoice(n), points: n })), trainer.id);
		const settings: QuizInput = {
			kind: 'graded', title: { fr: 'Quiz' }, intro: {}, passMark: '50', attemptsAllowed: '3', timeLimitMinutes: '', opensAt: '', closesAt: '',
			shuffleQuestions: false, shuffleOptions: false, feedback: 'after_submit', layout: 'one_per_page'
		};
		const quizId = await createQuiz(h.db, trainer, moduleId, settings);
		await addQuestionsToQuiz(h.db, trainer, quizId, qids);
		await setQuizStatus(h.db, trainer, quizId, 'published');
		const quiz = await mustFindQuiz(h.db, quizId);
		// 30 learners: right answers follow a pattern; learner i answers question k right when bit k of i is set; question 3 left blank by every fourth.
		const rights: boolean[][] = [];
		for (let i = 0; i < 30; i++) {
			const u = { id: (await makeUser(h.db, { invite: true })).id, role: 'learner' as const };
			const r = [i % 2 === 1, i % 3 !== 0, i % 5 < 3];
			const id = await startAttempt(h.db, u, quiz);
			await saveAnswers(h.db, u.id, id, qids.map((q, k) => ({ questionId: q, value: k === 2 && i % 4 === 0 ? null : r[k] ? 'a' : 'b' })).filter((x) => x.value !== null));
			await submitAttempt(h.db, id);
			rights.push(r.map((x, k) => x && !(k === 2 && i % 4 === 0)));
			// Five of them start a second attempt and leave it open.
			if (i < 5) await startAttempt(h.db, u, quiz);
		}

		const summary = await quizAttemptSummary(h.db, quizId);
		const scores = rights.map((r) => (r.reduce((s, x, k) => s + (x ? k + 1 : 0), 0) / 6) * 100);
		expect(summary).toEqual({
			total: 35,
			learners: 30,
			submitted: 30,
			average: round1(mean(scores.map((s) => Math.round(s * 100) / 100))),
			passed: scores.filter((s) => Math.round(s * 100) / 100 >= 50).length
		});
		const pages = [0, 25].map((offset) => quizAttempts(h.db, quizId, {}, { limit: 25, offset }));
		const [first, second] = await Promise.all(pages);
		expect(first).toHaveLength(25);
		expect(second).toHaveLength(10);
		const all = await quizAttempts(h.db, quizId);
		expect([...first, ...second].map((a) => a.id)).toEqual(all.map((a) => a.id));
		const open = all.filter((a) => a.status === 'in_progress');
		expect(open).toHaveLength(5);
		expect(open.every((a) => a.answered === 0 && a.questions === 3)).toBe(true);
		expect(all.filter((a) => a.status === 'submitted').map((a) => a.answered).sort()).toEqual(rights.map((_, i) => (i % 4 === 0 ? 2 : 3)).sort());

		const stats = await quizQuestionStats(h.db, quizId);
		expect(stats.map((s) => s.questionId)).toEqual(qids);
		expect(stats.map((s) => s.attempts)).toEqual([30, 30, 30]);
		for (let k = 0; k < 3; k++) {
			const item = rights.map((r) => (r[k] ? 1 : 0));
			const rest = rights.map((r) => r.reduce((s, x, j) => s + (j !== k && x ? j + 1 : 0), 0) / (6 - (k + 1)));
			expect(stats[k].facility).toBe(Math.round(mean(item) * 1000) / 1000);
			expect(stats[k].discrimination).toBe(discrimination(item, rest));
			expect(stats[k].content.text.fr).toBe(`Choix ${k + 1}`);
		}

		// The export keeps every attempt, not one page.
		const csv = await quizResultsCsv(h.db, quizId);
		expect(csv.split('\r\n').filter(Boolean)).toHaveLength(36);
	});
});
