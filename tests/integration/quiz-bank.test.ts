import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { insertQuestions, listCategories, listQuestions } from '../../src/lib/server/quizzes/bank.repository';
import type { QuestionContent } from '../../src/lib/server/quizzes/model';
import { freshDb } from './db';
import { makeUser } from './factories';

let h: DbHandle;
let trainerId: number;
let moduleId: number;

const tf = (ar: string): QuestionContent => ({ type: 'truefalse', text: { ar }, format: 'markdown', correct: true });

beforeAll(async () => {
	h = await freshDb();
	trainerId = (await makeUser(h.db, { role: 'trainer', invite: true })).id;
	const m = await h.db
		.insertInto('module')
		.values({ slug: 'bank-test', title: JSON.stringify({ ar: 'بنك' }) })
		.returning('id')
		.executeTakeFirstOrThrow();
	moduleId = m.id;
});
afterAll(() => h.close());

describe('question bank', () => {
	it('creates categories by name once and lists questions by category then id', async () => {
		const ids = await insertQuestions(
			h.db,
			moduleId,
			[
				{ category: 'leadership/pre-test', content: tf('سؤال ١') },
				{ category: null, content: tf('سؤال ٢'), points: 2 },
				{ category: 'leadership/pre-test', content: tf('سؤال ٣') },
				{ category: 'alpha', content: tf('سؤال ٤') }
			],
			trainerId
		);
		expect(ids).toHaveLength(4);
		expect([...ids].sort((a, b) => a - b)).toEqual(ids);
		const cats = await listCategories(h.db, moduleId);
		expect(cats.map((c) => [c.name, c.questions])).toEqual([
			['alpha', 1],
			['leadership/pre-test', 2]
		]);
		const all = await listQuestions(h.db, moduleId);
		expect(all.map((q) => q.id)).toEqual([ids[3], ids[0], ids[2], ids[1]]);
		expect(all[3]).toMatchObject({ category: null, points: 2, content: { text: { ar: 'سؤال ٢' } } });
		const one = await listQuestions(h.db, moduleId, { category: 'leadership/pre-test' });
		expect(one.map((q) => q.id)).toEqual([ids[0], ids[2]]);
	});

	it('writes nothing when the transaction it runs in fails', async () => {
		const before = (await listQuestions(h.db, moduleId)).length;
		await expect(
			h.db.transaction().execute(async (trx) => {
				await insertQuestions(trx, moduleId, [{ category: 'rolled-back', content: tf('x') }], trainerId);
				throw new Error('stop');
			})
		).rejects.toThrow('stop');
		expect((await listQuestions(h.db, moduleId)).length).toBe(before);
		expect((await listCategories(h.db, moduleId)).map((c) => c.name)).not.toContain('rolled-back');
	});
});
