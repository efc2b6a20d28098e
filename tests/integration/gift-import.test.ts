import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { insertQuestions, listCategories, listQuestions } from '../../src/lib/server/quizzes/bank.repository';
import type { QuestionContent } from '../../src/lib/server/quizzes/model';
import { exportGift, GiftRejected, importGift, MAX_GIFT_BYTES, previewGift } from '../../src/lib/server/quizzes/gift/import.service';
import { freshDb } from './db';
import { makeUser } from './factories';

let h: DbHandle;
let trainerId: number;
let moduleId: number;
const sample = readFileSync('tests/fixtures/gift/sample-ar.gift');

beforeAll(async () => {
	h = await freshDb();
	trainerId = (await makeUser(h.db, { role: 'trainer', invite: true })).id;
	const m = await h.db
		.insertInto('module')
		.values({ slug: 'gift-test', title: JSON.stringify({ ar: 'جيفت' }) })
		.returning('id')
		.executeTakeFirstOrThrow();
	moduleId = m.id;
});
afterAll(() => h.close());

const audits = () => h.db.selectFrom('audit_event').selectAll().where('action', '=', 'question.import_gift').execute();

describe('GIFT import service', () => {
	it('previews without writing, naming the categories it would create', async () => {
		const p = await previewGift(h.db, moduleId, sample, 'ar');
		expect(p.errors).toEqual([]);
		expect(p.questions).toHaveLength(9);
		expect(p.unsupported).toEqual([{ line: 63, kind: 'essay', title: 'تأمل' }]);
		expect(p.newCategories).toEqual(['التخطيط التشاركي', 'الميزانية المستجيبة للنوع الاجتماعي']);
		expect(await listQuestions(h.db, moduleId)).toEqual([]);
		expect(await listCategories(h.db, moduleId)).toEqual([]);
	});

	it('refuses a file with any error: nothing written, no audit entry', async () => {
		const bad = Buffer.concat([sample, Buffer.from('\n\nسؤال {#ستة}\n')]);
		const e = await importGift(h.db, { id: trainerId }, moduleId, bad, 'ar').catch((x) => x);
		expect(e).toBeInstanceOf(GiftRejected);
		expect((e as GiftRejected).errors).toEqual([{ line: 67, key: 'gift_not_a_number', params: { value: 'ستة' } }]);
		expect(await listQuestions(h.db, moduleId)).toEqual([]);
		expect(await audits()).toEqual([]);
	});

	it('refuses files that are too large or not UTF-8 text', async () => {
		const big = await previewGift(h.db, moduleId, 'x {T}\n\n'.repeat(MAX_GIFT_BYTES / 6), 'ar');
		expect(big.errors).toEqual([{ line: 1, key: 'gift_too_large', params: { max: 256 } }]);
		// "سؤال" in Windows-1256, as an old editor would save it.
		const cp1256 = await previewGift(h.db, moduleId, new Uint8Array([0xd3, 0xc4, 0xc7, 0xe1, 0x20, 0x7b, 0x54, 0x7d]), 'ar');
		expect(cp1256.errors).toEqual([{ line: 1, key: 'gift_not_utf8', params: { encoding: 'UTF-8' } }]);
		const binary = await previewGift(h.db, moduleId, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'ar');
		expect(binary.errors).toEqual([{ line: 1, key: 'gift_not_utf8', params: { encoding: 'UTF-8' } }]);
	});

	it('a dry run writes nothing', async () => {
		const r = await importGift(h.db, { id: trainerId }, moduleId, sample, 'ar', { dryRun: true });
		expect(r).toMatchObject({ dryRun: true, ids: [] });
		expect(r.questions).toHaveLength(9);
		expect(await listQuestions(h.db, moduleId)).toEqual([]);
	});

	it('imports all questions in one go, audited, and exports them back as GIFT that reads the same', async () => {
		const r = await importGift(h.db, { id: trainerId }, moduleId, sample, 'ar');
		expect(r.ids).toHaveLength(9);
		const bank = await listQuestions(h.db, moduleId);
		expect(bank.map((q) => ({ category: q.category, content: q.content }))).toEqual(
			expect.arrayContaining(r.questions.map(({ category, content }) => ({ category, content })))
		);
		expect(bank).toHaveLength(9);
		const [audit] = await audits();
		expect(audit).toMatchObject({ actor_id: trainerId, subject_type: 'module', subject_id: String(moduleId) });
		expect(typeof audit.after === 'string' ? JSON.parse(audit.after) : audit.after).toMatchObject({ lang: 'ar', questions: 9, unsupported: 1 });

		const out = await exportGift(h.db, moduleId, 'ar');
		expect(out.count).toBe(9);
		const again = await previewGift(h.db, moduleId, out.text, 'ar');
		expect(again.errors).toEqual([]);
		expect(again.newCategories).toEqual([]);
		expect(again.questions.map(({ category, content }) => ({ category, content }))).toEqual(bank.map((q) => ({ category: q.category, content: q.content })));
	});

	it('an import that fails while writing leaves nothing behind, not even its new categories', async () => {
		const other = await h.db.insertInto('module').values({ slug: 'gift-rollback', title: JSON.stringify({ ar: 'x' }) }).returning('id').executeTakeFirstOrThrow();
		// An author who does not exist breaks the foreign key on the question, after its category was written.
		const e = await importGift(h.db, { id: 999_999 }, other.id, '$CATEGORY: فئة جديدة\n\nسؤال {T}\n', 'ar').catch((x) => x);
		expect(e).toBeInstanceOf(Error);
		expect(await listCategories(h.db, other.id)).toEqual([]);
		expect(await listQuestions(h.db, other.id)).toEqual([]);
	});

	it('questions written with the bank’s own form (its limits: two pairs, weights within a point of 100, negative short-answer weights) export and read back the same', async () => {
		const other = await h.db.insertInto('module').values({ slug: 'gift-form', title: JSON.stringify({ ar: 'x' }) }).returning('id').executeTakeFirstOrThrow();
		const contents: QuestionContent[] = [
			{ type: 'matching', text: { ar: 'اربطي', fr: 'Associez' }, format: 'markdown', pairs: [{ id: 'p1', left: { ar: 'أ' }, right: { ar: '1' } }, { id: 'p2', left: { ar: 'ب' }, right: { ar: '2' } }] },
			{ type: 'multiple', text: { ar: 'اختاري' }, format: 'markdown', options: ['a', 'b', 'c'].map((id) => ({ id, text: { ar: id }, weight: 33 })) },
			{ type: 'short', text: { ar: 'اكتبي' }, format: 'markdown', answers: [{ text: 'نعم', weight: 100 }, { text: 'لا', weight: -50, feedback: { ar: 'عكس ذلك' } }] }
		];
		await insertQuestions(h.db, other.id, contents.map((content) => ({ category: 'من الاستمارة', content })), trainerId);
		const out = await exportGift(h.db, other.id, 'ar');
		const back = await previewGift(h.db, other.id, out.text, 'ar');
		expect(back.errors).toEqual([]);
		expect(back.questions.map((q) => q.content)).toEqual(contents.map((c) => ({ ...c, text: { ar: c.text.ar } })));
	});
});
