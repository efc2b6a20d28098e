import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { DbHandle } from '../../src/lib/server/db/index';
import { Forbidden, Invalid, NotFound } from '../../src/lib/server/errors';
import { canReadFile } from '../../src/lib/server/media/media.service';
import { localStorage, type FileStorage } from '../../src/lib/server/media/storage';
import {
	deleteDraft,
	getIntervention,
	returnIntervention,
	saveIntervention,
	submitIntervention,
	verifyIntervention,
	type InterventionInput
} from '../../src/lib/server/council/intervention.service';
import { countInterventions, pageWithCounts } from '../../src/lib/server/council/intervention.repository';
import { interventionsCsv } from '../../src/lib/server/council/exports';
import { filterFromQuery } from '../../src/lib/server/council/filters';
import { freshDb } from './db';
import { makeUser } from './factories';

let h: DbHandle;
let dir: string;
let storage: FileStorage;
let her: { id: number; role: 'learner' };
let other: { id: number; role: 'learner' };
let trainer: { id: number; role: 'trainer' };
let homeCommune: number;
let elsewhere: number;
const NOW = new Date('2026-03-10T10:00:00Z');

const input = (over: Partial<InterventionInput> = {}): InterventionInput => ({
	communeId: '',
	sittingDate: '2026-02-03',
	sittingType: 'ordinary',
	agendaItem: 'Budget 2026',
	kind: 'question',
	summary: 'سؤال حول ميزانية النوع',
	summaryLang: 'ar',
	gender: true,
	outcome: 'adopted',
	topicIds: [],
	evidenceUrl: 'https://example.ma/pv.pdf',
	outOfCommuneReason: '',
	...over
});
const status = async (id: number) => (await h.db.selectFrom('intervention').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
const counted = () => countInterventions(h.db, { status: 'verified' });
const rows = async () => (await h.db.selectFrom('intervention').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

beforeAll(async () => {
	h = await freshDb();
	dir = mkdtempSync(join(tmpdir(), 'amssawas-council-'));
	storage = localStorage(join(dir, 'files'));
	const communes = await h.db.selectFrom('commune').select('id').orderBy('id').limit(2).execute();
	[homeCommune, elsewhere] = communes.map((c) => c.id);
	const a = await makeUser(h.db);
	const b = await makeUser(h.db);
	const t = await makeUser(h.db, { role: 'trainer' });
	await h.db.updateTable('app_user').set({ commune_id: homeCommune }).where('id', 'in', [a.id, b.id]).execute();
	her = { id: a.id, role: 'learner' };
	other = { id: b.id, role: 'learner' };
	trainer = { id: t.id, role: 'trainer' };
	// The trainer coaches her (not the other councillor): a coach enters for her councillors only.
	await h.db.insertInto('coach_assignment').values({ coach_id: t.id, learner_id: a.id, assigned_by: null }).execute();
});

afterAll(async () => {
	await h?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('interventions', () => {
	it('only verified records count; returned goes back to draft when she edits it; every step is kept', async () => {
		const before = await counted();
		const id = await saveIntervention(h.db, her, null, input(), { submit: false, evidence: null, now: NOW, storage });
		expect(await status(id)).toBe('draft');
		await submitIntervention(h.db, her, id, NOW);
		expect(await counted()).toBe(before);
		await returnIntervention(h.db, trainer, id, 'Ajoutez la page du procès-verbal', NOW);
		expect(await status(id)).toBe('returned');
		const seen = await getIntervention(h.db, her, id);
		expect(seen.returnReason).toBe('Ajoutez la page du procès-verbal');
		await saveIntervention(h.db, her, id, input({ summary: 'سؤال معدل' }), { submit: false, evidence: null, now: NOW, storage });
		expect(await status(id)).toBe('draft');
		await submitIntervention(h.db, her, id, NOW);
		await verifyIntervention(h.db, trainer, id, NOW);
		expect(await counted()).toBe(before + 1);
		const events = (await getIntervention(h.db, trainer, id)).events.map((e) => `${e.fromStatus ?? '-'}>${e.toStatus}`);
		expect(events).toEqual(['->draft', 'draft>submitted', 'submitted>returned', 'returned>draft', 'draft>submitted', 'submitted>verified']);
	});

	it('she edits only her drafts: not once submitted or verified, and a councillor never verifies', async () => {
		const id = await saveIntervention(h.db, her, null, input(), { submit: true, evidence: null, now: NOW, storage });
		await expect(saveIntervention(h.db, her, id, input(), { submit: false, evidence: null, now: NOW, storage })).rejects.toBeInstanceOf(Forbidden);
		await expect(verifyIntervention(h.db, her, id, NOW)).rejects.toBeInstanceOf(Forbidden);
		await verifyIntervention(h.db, trainer, id, NOW);
		await expect(saveIntervention(h.db, trainer, id, input(), { submit: false, evidence: null, now: NOW, storage })).rejects.toBeInstanceOf(Forbidden);
		await expect(deleteDraft(h.db, her, id)).rejects.toBeInstanceOf(Forbidden);
	});

	it('another councillor can neither read nor change hers', async () => {
		const id = await saveIntervention(h.db, her, null, input(), { submit: false, evidence: null, now: NOW, storage });
		await expect(getIntervention(h.db, other, id)).rejects.toBeInstanceOf(NotFound);
		await expect(saveIntervention(h.db, other, id, input(), { submit: false, evidence: null, now: NOW, storage })).rejects.toBeInstanceOf(NotFound);
		await expect(submitIntervention(h.db, other, id, NOW)).rejects.toBeInstanceOf(NotFound);
		await expect(deleteDraft(h.db, other, id)).rejects.toBeInstanceOf(NotFound);
		await deleteDraft(h.db, her, id);
		await expect(getIntervention(h.db, her, id)).rejects.toBeInstanceOf(NotFound);
	});

	it('bad input: every problem at once, nothing saved', async () => {
		const n = await rows();
		const sittings = await h.db.selectFrom('council_sitting').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
		const e = await saveIntervention(h.db, her, null, input({ sittingDate: '2026-03-11', summary: 'x'.repeat(1001), communeId: String(elsewhere), evidenceUrl: 'javascript:alert(1)', kind: 'speech' }), {
			submit: true,
			evidence: null,
			now: NOW,
			storage
		}).catch((x) => x);
		expect(e).toBeInstanceOf(Invalid);
		expect((e as Invalid).fields).toEqual({
			sittingDate: 'council_date_future',
			summary: 'council_too_long',
			outOfCommuneReason: 'council_reason_required',
			evidenceUrl: 'council_url_invalid',
			kind: 'council_choose'
		});
		expect(await rows()).toBe(n);
		const after = await h.db.selectFrom('council_sitting').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
		expect(after.n).toBe(sittings.n);
	});

	it('another commune is accepted with a reason (a joint meeting)', async () => {
		const id = await saveIntervention(h.db, her, null, input({ communeId: String(elsewhere), outOfCommuneReason: 'Réunion conjointe' }), { submit: false, evidence: null, now: NOW, storage });
		const it = await getIntervention(h.db, her, id);
		expect(it.communeId).toBe(elsewhere);
		expect(it.outOfCommuneReason).toBe('Réunion conjointe');
	});

	it('submitting needs evidence; a file that is not a photo or a PDF is refused and nothing is saved', async () => {
		const n = await rows();
		await expect(saveIntervention(h.db, her, null, input({ evidenceUrl: '' }), { submit: true, evidence: null, now: NOW, storage })).rejects.toMatchObject({ fields: { evidence: 'council_evidence_required' } });
		const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
		await expect(saveIntervention(h.db, her, null, input(), { submit: true, evidence: { bytes: html, name: 'pv.jpg' }, now: NOW, storage })).rejects.toBeInstanceOf(Invalid);
		expect(await rows()).toBe(n);
		const files = await h.db.selectFrom('stored_file').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
		expect(Number(files.n)).toBe(0);
	});

	it('a photo as evidence: she and staff may read it, another councillor may not', async () => {
		const jpeg = new Uint8Array(await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } }).jpeg().toBuffer());
		const id = await saveIntervention(h.db, her, null, input({ evidenceUrl: '' }), { submit: true, evidence: { bytes: jpeg, name: 'pv.jpg' }, now: NOW, storage });
		const it = await getIntervention(h.db, her, id);
		expect(it.status).toBe('submitted');
		expect(it.evidenceFileId).not.toBeNull();
		expect(await canReadFile(h.db, her, it.evidenceFileId!)).toBe(true);
		expect(await canReadFile(h.db, trainer, it.evidenceFileId!)).toBe(true);
		expect(await canReadFile(h.db, other, it.evidenceFileId!)).toBe(false);
	});

	it('a return needs a reason', async () => {
		const id = await saveIntervention(h.db, her, null, input(), { submit: true, evidence: null, now: NOW, storage });
		await expect(returnIntervention(h.db, trainer, id, '  ', NOW)).rejects.toMatchObject({ fields: { reason: 'council_return_reason_required' } });
		expect(await status(id)).toBe('submitted');
	});
});

describe('staff enter an intervention for a councillor', () => {
	it('a trainer enters and sends one for her: hers, in her commune, marked as entered by staff (audited)', async () => {
		const id = await saveIntervention(h.db, trainer, null, input({ learnerId: her.id }), { submit: true, evidence: null, now: NOW, storage });
		const row = await h.db.selectFrom('intervention as i').innerJoin('council_sitting as s', 's.id', 'i.sitting_id').select(['i.learner_id', 'i.created_by', 'i.status', 's.commune_id']).where('i.id', '=', id).executeTakeFirstOrThrow();
		expect(row).toEqual({ learner_id: her.id, created_by: trainer.id, status: 'submitted', commune_id: homeCommune });
		const audit = await h.db.selectFrom('audit_event').select(['action', 'actor_id']).where('subject_type', '=', 'intervention').where('subject_id', '=', String(id)).execute();
		expect(audit).toEqual([{ action: 'intervention.enter_for', actor_id: trainer.id }]);
		const view = await getIntervention(h.db, her, id);
		expect(view).toMatchObject({ enteredByStaff: true, createdBy: trainer.id });
		const own = await saveIntervention(h.db, her, null, input(), { submit: false, evidence: null, now: NOW, storage });
		expect((await getIntervention(h.db, her, own)).enteredByStaff).toBe(false);
	});

	it('a coach enters only for a councillor she coaches; an admin for anyone', async () => {
		const before = await rows();
		await expect(saveIntervention(h.db, trainer, null, input({ learnerId: other.id }), { submit: true, evidence: null, now: NOW, storage })).rejects.toMatchObject({ key: 'council_not_your_councillor' });
		expect(await rows()).toBe(before);
		const mine = await saveIntervention(h.db, other, null, input(), { submit: false, evidence: null, now: NOW, storage });
		await expect(saveIntervention(h.db, trainer, mine, input({ summary: 'changed' }), { submit: false, evidence: null, now: NOW, storage })).rejects.toBeInstanceOf(Forbidden);
		const admin = await makeUser(h.db, { role: 'admin' });
		const id = await saveIntervention(h.db, { id: admin.id, role: 'admin' }, null, input({ learnerId: other.id }), { submit: false, evidence: null, now: NOW, storage });
		expect((await getIntervention(h.db, other, id)).enteredByStaff).toBe(true);
	});

	it('without a councillor, or for someone who is not one, nothing is saved', async () => {
		const before = await rows();
		await expect(saveIntervention(h.db, trainer, null, input(), { submit: false, evidence: null, now: NOW, storage })).rejects.toBeInstanceOf(Invalid);
		await expect(saveIntervention(h.db, trainer, null, input({ learnerId: trainer.id }), { submit: false, evidence: null, now: NOW, storage })).rejects.toBeInstanceOf(NotFound);
		await expect(saveIntervention(h.db, trainer, null, input({ learnerId: her.id, sittingDate: '2026-03-11' }), { submit: true, evidence: null, now: NOW, storage })).rejects.toBeInstanceOf(Invalid);
		expect(await rows()).toBe(before);
	});
});

describe('interventions serve development-plan goals', () => {
	it('she picks one of her goals; once verified the intervention is the goal\'s evidence and its page names the goal', async () => {
		const plan = await h.db.insertInto('development_plan').values({ learner_id: her.id, status: 'active' }).returning('id').executeTakeFirstOrThrow();
		const goal = await h.db.insertInto('plan_goal').values({ plan_id: plan.id, need_id: null, text: 'Prendre la parole en session', baseline: 2, target: 4 }).returning('id').executeTakeFirstOrThrow();
		const otherPlan = await h.db.insertInto('development_plan').values({ learner_id: other.id }).returning('id').executeTakeFirstOrThrow();
		const otherGoal = await h.db.insertInto('plan_goal').values({ plan_id: otherPlan.id, need_id: null, text: 'Autre', baseline: 1, target: 3 }).returning('id').executeTakeFirstOrThrow();

		// Another councillor's goal is refused, nothing saved.
		const before = await rows();
		await expect(saveIntervention(h.db, her, null, input({ goalId: String(otherGoal.id) }), { submit: true, evidence: null, now: NOW, storage })).rejects.toMatchObject({ fields: { goal: 'council_choose' } });
		expect(await rows()).toBe(before);

		// Her coach enters it for her, pointing at her goal.
		const id = await saveIntervention(h.db, trainer, null, input({ learnerId: her.id, goalId: String(goal.id) }), { submit: true, evidence: null, now: NOW, storage });
		const view = await getIntervention(h.db, her, id);
		expect(view).toMatchObject({ goalId: goal.id, goalText: 'Prendre la parole en session', enteredByStaff: true });
		const evidence = () => h.db.selectFrom('goal_evidence').select(['goal_id', 'kind', 'intervention_id']).where('intervention_id', '=', id).execute();
		expect(await evidence()).toEqual([]); // not yet verified: no evidence

		await verifyIntervention(h.db, trainer, id, NOW);
		expect(await evidence()).toEqual([{ goal_id: goal.id, kind: 'intervention', intervention_id: id }]);
		const { learnerPlanView } = await import('../../src/lib/server/coaching/plan.service');
		const planView = await learnerPlanView(h.db, her.id, NOW);
		const shown = planView.plan!.goals.find((g) => g.id === goal.id)!.evidence;
		expect(shown).toMatchObject([{ kind: 'intervention', intervention_id: id, intervention_kind: 'question', intervention_sitting_date: '2026-02-03' }]);
	});
});

describe('her activity page in one statement', () => {
	it('one page of her records with her total and verified counts, the same as counting apart', async () => {
		const total = await countInterventions(h.db, { learnerId: her.id });
		const verified = await countInterventions(h.db, { learnerId: her.id, status: 'verified' });
		expect(total).toBeGreaterThan(2);
		const first = await pageWithCounts(h.db, { learnerId: her.id }, { limit: 2, offset: 0 });
		expect(first).toMatchObject({ total, verified });
		expect(first.items).toHaveLength(2);
		expect(first.items.every((i) => i.learnerId === her.id)).toBe(true);
		const beyond = await pageWithCounts(h.db, { learnerId: her.id }, { limit: 2, offset: 1000 });
		expect(beyond).toEqual({ items: [], total, verified });
	});
});


describe('the staff list as CSV, filtered by period, kind, status, commune and province', () => {
	it('starts with a BOM, has one line per matching record, and each filter narrows it', async () => {
		const id = await saveIntervention(h.db, her, null, input({ sittingDate: '2026-01-15', kind: 'amendment', summary: 'تعديل، مع "فاصلة"' }), { submit: true, evidence: null, now: NOW, storage });
		await verifyIntervention(h.db, trainer, id, NOW);
		const lines = async (query: string) => {
			const csv = await interventionsCsv(h.db, filterFromQuery(new URLSearchParams(query)));
			expect(csv.startsWith('\ufeff')).toBe(true);
			return csv.slice(1).trim().split(/\r?\n/);
		};
		const all = await lines('');
		expect(all[0].split(',')[0]).toBe('login');
		const commune = await h.db.selectFrom('commune').select(['name_fr', 'province_fr']).where('id', '=', homeCommune).executeTakeFirstOrThrow();
		const one = await lines(`status=verified&kind=amendment&from=2026-01-01&to=2026-01-31&commune=${homeCommune}&province=${encodeURIComponent(commune.province_fr)}`);
		expect(one).toHaveLength(2);
		expect(one[1]).toContain('"تعديل، مع ""فاصلة"""');
		expect(one[1]).toContain(commune.name_fr);
		expect(await lines('status=verified&kind=amendment&from=2026-02-01')).toHaveLength(1);
		expect(await lines(`kind=amendment&commune=${elsewhere}`)).toHaveLength(1);
		expect((await lines('status=draft')).length).toBeLessThan(all.length);
	});
});
