import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { seedDemo } from '../../src/lib/server/demo/seed';
import { bestGradedResults, gainReport } from '../../src/lib/server/quizzes/results.service';
import { moduleQuizzes, quizItems } from '../../src/lib/server/quizzes/quiz.service';
import { grade } from '../../src/lib/server/quizzes/grading';
import { DEMO_BANKS } from '../../src/lib/server/demo/quiz-questions';
import { freshDb } from './db';

const SLUGS = ['leadership', 'negotiation', 'gender-budgeting', 'participatory-planning'];
let h: DbHandle;

beforeAll(async () => {
	h = await freshDb();
	await seedDemo(h.db);
}, 120_000);
afterAll(() => h.close());

describe('demo quizzes', () => {
	it('gives each module a published pre-test and post-test of 8+ questions in Arabic and French, a graded quiz and a practice quiz', async () => {
		for (const slug of SLUGS) {
			const mod = await h.db.selectFrom('module').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
			const quizzes = await h.db.selectFrom('quiz').selectAll().where('module_id', '=', mod.id).execute();
			expect(quizzes.map((q) => q.kind).sort()).toEqual(['graded', 'post', 'practice', 'pre']);
			expect(quizzes.every((q) => q.status === 'published')).toBe(true);
			for (const q of quizzes.filter((z) => z.kind === 'pre' || z.kind === 'post')) {
				const items = await quizItems(h.db, q.id);
				expect(items.length).toBeGreaterThanOrEqual(8);
				for (const it of items) {
					expect(it.content!.text.ar).toMatch(/[\u0600-\u06FF]/);
					expect(it.content!.text.fr).toMatch(/[a-zé]/i);
				}
			}
		}
	});

	it('the trainer\'s quiz list counts what a learner is asked and what it is drawn from (6 of 10 for the graded quiz)', async () => {
		const mod = await h.db.selectFrom('module').select('id').where('slug', '=', 'leadership').executeTakeFirstOrThrow();
		const byKind = new Map((await moduleQuizzes(h.db, mod.id)).map((q) => [q.kind, q]));
		expect(byKind.get('graded')).toMatchObject({ items: 1, asked: 6, pool: 10 });
		const pre = byKind.get('pre')!;
		expect(pre.asked).toBe(pre.items);
		expect(pre.pool).toBe(pre.items);
	});

	it('every demo question has a full-marks answer', () => {
		for (const bank of Object.values(DEMO_BANKS))
			for (const c of bank) {
				const key =
					c.type === 'single' ? c.options.find((o) => o.weight === 100)!.id
					: c.type === 'multiple' ? c.options.filter((o) => o.weight > 0).map((o) => o.id)
					: c.type === 'truefalse' ? c.correct
					: c.type === 'short' ? c.answers[0].text
					: c.type === 'numerical' ? (c.answers[0].kind === 'tolerance' ? c.answers[0].value : c.answers[0].min)
					: Object.fromEntries(c.pairs.map((p) => [p.id, p.id]));
				expect(grade(c, key).fraction, JSON.stringify(c.text)).toBe(1);
			}
	});

	it('shows a true gain: post-test above pre-test on average, with learners who took only one listed', async () => {
		for (const slug of SLUGS) {
			const mod = await h.db.selectFrom('module').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
			const gain = await gainReport(h.db, mod.id);
			expect(gain.both).toBeGreaterThan(20);
			expect(gain.avgPost!).toBeGreaterThan(gain.avgPre!);
			expect(gain.normalisedGain!).toBeGreaterThan(0);
			expect(gain.onlyPre.length + gain.onlyPost.length).toBeGreaterThan(0);
			const best = await bestGradedResults(h.db, mod.id);
			expect(best.size).toBeGreaterThan(20);
			const passed = [...best.values()].filter((b) => b.passed).length;
			expect(passed).toBeGreaterThan(0);
			expect(passed).toBeLessThan(best.size);
		}
	});
});
