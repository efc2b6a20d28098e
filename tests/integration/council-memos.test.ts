import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { Invalid } from '../../src/lib/server/errors';
import { memoRegister } from '../../src/lib/server/council/engagement.service';
import { recordMemoStep, saveMemo, verifyMemo, type StepInput } from '../../src/lib/server/council/memo.service';
import { localStorage, type FileStorage } from '../../src/lib/server/media/storage';
import { freshDb } from './db';
import { makeUser } from './factories';

let h: DbHandle;
let dir: string;
let storage: FileStorage;
let admin: { id: number };
let learner: { id: number };
let communes: number[];
const NOW = new Date('2026-03-10T10:00:00Z');

const step = (over: Partial<StepInput>): StepInput => ({ step: 'submitted', onDate: '2026-01-05', body: '', outcome: '', url: '', note: '', ...over });
const memo = async (id: number) => (await memoRegister(h.db, { id })).memos[0];
const count = async (table: 'memo' | 'memo_event' | 'stored_file') => Number((await h.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
	h = await freshDb();
	dir = mkdtempSync(join(tmpdir(), 'amssawas-memos-'));
	storage = localStorage(join(dir, 'files'));
	admin = await makeUser(h.db, { role: 'admin' });
	learner = await makeUser(h.db);
	communes = (await h.db.selectFrom('commune').select('id').orderBy('id').limit(2).execute()).map((c) => c.id);
});

afterAll(async () => {
	await h?.close();
	rmSync(dir, { recursive: true, force: true });
});

const input = { titleAr: 'مذكرة حول الميزانية', titleFr: 'Mémo sur le budget', organisation: 'Association Amssawas', subject: 'budget', communeIds: [], carrierIds: [] };

describe('memo entry by an admin', () => {
	it('bad input: every problem at once, nothing saved', async () => {
		const before = await count('memo');
		const e = await saveMemo(h.db, admin, null, { ...input, titleAr: ' ', titleFr: 'x'.repeat(201), subject: 'poetry', communeIds: [], carrierIds: [String(admin.id)] }).catch((x) => x);
		expect(e).toBeInstanceOf(Invalid);
		expect((e as Invalid).fields).toEqual({ titleAr: 'council_memo_title_required', titleFr: 'council_too_long', subject: 'council_choose', communes: 'council_memo_communes_required', carriers: 'council_choose' });
		expect(await count('memo')).toBe(before);
	});

	it('creates and edits a memo with its communes and carriers (audited)', async () => {
		const id = await saveMemo(h.db, admin, null, { ...input, communeIds: [String(communes[0])], carrierIds: [String(learner.id)] });
		await saveMemo(h.db, admin, id, { ...input, titleFr: 'Mémo budget sensible au genre', communeIds: communes.map(String), carrierIds: [] });
		const m = await memo(id);
		expect(m.titleFr).toBe('Mémo budget sensible au genre');
		expect(m.communes.map((c) => c.id).sort()).toEqual([...communes].sort());
		expect(m.carriers).toEqual([]);
		const audits = await h.db.selectFrom('audit_event').select('action').where('subject_type', '=', 'memo').where('subject_id', '=', String(id)).execute();
		expect(audits.map((a) => a.action)).toEqual(['council.memo.create', 'council.memo.update']);
	});

	it('counts as examined only once the examination has a date, a body and evidence, and is verified', async () => {
		const id = await saveMemo(h.db, admin, null, { ...input, communeIds: [String(communes[0])] });
		const opts = { evidence: null, now: NOW, storage };
		// Submitting needs the deposit receipt; examining needs the submission first and a body.
		const noReceipt = await recordMemoStep(h.db, admin, id, step({}), opts).catch((x) => x);
		expect((noReceipt as Invalid).fields).toEqual({ evidence: 'council_memo_receipt_required' });
		const early = await recordMemoStep(h.db, admin, id, step({ step: 'examined', onDate: '2026-02-01' }), opts).catch((x) => x);
		expect((early as Invalid).fields).toEqual({ step: 'council_memo_needs_submitted', body: 'council_choose' });
		const future = await recordMemoStep(h.db, admin, id, step({ onDate: '2026-03-11', url: 'https://example.ma/recu.pdf' }), opts).catch((x) => x);
		expect((future as Invalid).fields).toEqual({ onDate: 'council_memo_date_future' });
		expect(await count('memo_event')).toBe(0);

		const receipt = new Uint8Array(await sharp({ create: { width: 40, height: 60, channels: 3, background: '#fff' } }).png().toBuffer());
		await recordMemoStep(h.db, admin, id, step({}), { ...opts, evidence: { bytes: receipt, name: 'recu.png' } });
		await recordMemoStep(h.db, admin, id, step({ step: 'registered', onDate: '2026-01-07' }), opts);
		const before = await recordMemoStep(h.db, admin, id, step({ step: 'examined', onDate: '2026-01-02', body: 'committee' }), opts).catch((x) => x);
		expect((before as Invalid).fields).toEqual({ onDate: 'council_memo_date_before_previous' });
		await recordMemoStep(h.db, admin, id, step({ step: 'examined', onDate: '2026-02-10', body: 'committee' }), opts);
		let m = await memo(id);
		expect([m.status, m.submittedOn, m.registeredOn, m.examinedOn, m.examinedBy]).toEqual(['examined', '2026-01-05', '2026-01-07', '2026-02-10', 'committee']);
		expect(m.events.find((e) => e.step === 'submitted')?.fileId).toBeTypeOf('number');
		// No evidence on the examination: it cannot be verified and does not count.
		await expect(verifyMemo(h.db, admin, id, NOW)).rejects.toBeInstanceOf(Invalid);
		expect(m.examined).toBe(false);

		await recordMemoStep(h.db, admin, id, step({ step: 'examined', onDate: '2026-02-10', body: 'committee', url: 'https://example.ma/pv-commission.pdf' }), opts);
		m = await memo(id);
		expect(m.examined).toBe(false);
		await verifyMemo(h.db, admin, id, NOW);
		m = await memo(id);
		expect(m.examined).toBe(true);
		expect(m.events.at(-1)?.step).toBe('verified');

		// Recording the examination again withdraws the verification.
		await recordMemoStep(h.db, admin, id, step({ step: 'examined', onDate: '2026-02-12', body: 'council_session', url: 'https://example.ma/pv.pdf' }), opts);
		expect((await memo(id)).examined).toBe(false);
		await recordMemoStep(h.db, admin, id, step({ step: 'outcome', onDate: '2026-02-20', outcome: 'partly_adopted' }), opts);
		expect((await memo(id)).outcome).toBe('partly_adopted');
		const actions = await h.db.selectFrom('audit_event').select('action').where('subject_type', '=', 'memo').where('subject_id', '=', String(id)).execute();
		expect(actions.filter((a) => a.action === 'council.memo.verify')).toHaveLength(1);
		expect(actions.filter((a) => a.action === 'council.memo.step')).toHaveLength(6);
	});

	it('a file that is not a photo or a PDF is refused before anything is stored', async () => {
		const id = await saveMemo(h.db, admin, null, { ...input, communeIds: [String(communes[1])] });
		const files = await count('stored_file');
		const e = await recordMemoStep(h.db, admin, id, step({}), { evidence: { bytes: new TextEncoder().encode('<html>not a receipt</html>'), name: 'recu.png' }, now: NOW, storage }).catch((x) => x);
		expect(e).toBeInstanceOf(Invalid);
		expect(Object.keys((e as Invalid).fields)).toContain('evidence');
		expect(await count('stored_file')).toBe(files);
		expect((await memo(id)).events).toEqual([]);
	});
});
