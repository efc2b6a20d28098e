import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { computeDashboard, computeIndicators, evidenceFiles, type IndicatorValue } from '../../src/lib/server/results/indicators.service';
import { engagementReport } from '../../src/lib/server/council/engagement.service';
import { freshDb } from './db';
import { makeUser } from './factories';

let h: DbHandle;
let communes: number[];
let learner: { id: number };
let coach: { id: number };

const ALL = { from: null, to: null };
const snapshot = (vs: IndicatorValue[]) => Object.fromEntries(vs.map((v) => [v.code, { actual: v.actual, cumulative: v.cumulative }]));
const changed = (a: ReturnType<typeof snapshot>, b: ReturnType<typeof snapshot>) => Object.keys(b).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();

async function sitting(communeId: number, day: string) {
	return (await h.db.insertInto('council_sitting').values({ commune_id: communeId, sitting_date: day, type: 'ordinary' }).returning('id').executeTakeFirstOrThrow()).id;
}
async function file(name: string) {
	return (
		await h.db
			.insertInto('stored_file')
			.values({ storage_key: `k/${name}`, kind: 'pdf', mime: 'application/pdf', size: 10, sha256: name.padEnd(64, '0').slice(0, 64), original_name: name })
			.returning('id')
			.executeTakeFirstOrThrow()
	).id;
}
async function intervention(sittingId: number, status: 'draft' | 'submitted' | 'verified', fileId: number | null = null, who = learner.id) {
	await h.db
		.insertInto('intervention')
		.values({ learner_id: who, sitting_id: sittingId, kind: 'question', summary: 'Une question sur le budget', summary_lang: 'fr', outcome: 'not_applicable', status, verified_at: status === 'verified' ? new Date() : null, evidence_file_id: fileId })
		.execute();
}
async function session(startsAt: string, mode: 'in_person' | 'video', status: 'held' | 'planned' = 'held') {
	await h.db.insertInto('coaching_session').values({ learner_id: learner.id, coach_id: coach.id, starts_at: new Date(startsAt), minutes: 45, mode, status }).execute();
}

beforeAll(async () => {
	h = await freshDb();
	communes = (await h.db.selectFrom('commune').select('id').orderBy('id').limit(3).execute()).map((c) => c.id);
	learner = await makeUser(h.db);
	coach = await makeUser(h.db, { role: 'trainer' });
	await h.db.updateTable('app_user').set({ commune_id: communes[0] }).where('id', '=', learner.id).execute();
});

afterAll(async () => {
	await h?.close();
});

describe('the seeded framework', () => {
	it('has the six results and the learning figures, each with a target where the programme states one, all at zero on an empty database', async () => {
		const vs = await computeIndicators(h.db, ALL);
		expect(vs.map((v) => v.code)).toEqual(['R1.1', 'R2.1', 'R2.2', 'R3.1', 'R4.1', 'R5.1', 'R5.2', 'R6.1', 'L1', 'L2', 'L3']);
		const r21 = vs.find((v) => v.code === 'R2.1')!;
		expect(r21).toMatchObject({ result: 'R2', target: 20, moreThan: true, actual: 0, cumulative: 0, percent: 0 });
		expect(r21.resultStatement.ar).toContain('أكثر من 20 مداخلة');
		expect(vs.find((v) => v.code === 'R3.1')!.target).toBe(8);
		expect(vs.every((v) => v.actual === 0 && v.cumulative === 0 && v.byCommune.length === 0)).toBe(true);
	});
});

describe('a new record moves exactly its indicators', () => {
	it('draft and submitted interventions never count; a verified one moves R2.1 and R2.2 only', async () => {
		const before = snapshot(await computeIndicators(h.db, ALL));
		const s = await sitting(communes[0], '2026-03-05');
		await intervention(s, 'draft');
		await intervention(s, 'submitted');
		expect(changed(before, snapshot(await computeIndicators(h.db, ALL)))).toEqual([]);
		const f = await file('pv-session-mars.pdf');
		await intervention(s, 'verified', f);
		const after = await computeIndicators(h.db, ALL);
		expect(changed(before, snapshot(after))).toEqual(['R2.1', 'R2.2']);
		const r21 = after.find((v) => v.code === 'R2.1')!;
		expect(r21).toMatchObject({ actual: 1, cumulative: 1, evidenceCount: 1, percent: 5 });
		expect(r21.byCommune).toEqual([expect.objectContaining({ key: String(communes[0]), value: 1 })]);
		expect(r21.byProvince).toHaveLength(1);
		expect(r21.extra).toEqual([expect.objectContaining({ key: 'ordinary', value: 1 })]);
		const ev = await evidenceFiles(h.db, ALL);
		expect(ev).toEqual([expect.objectContaining({ indicator: 'R2.1', recordKind: 'intervention', fileName: 'pv-session-mars.pdf', fileId: String(f) }), expect.objectContaining({ indicator: 'R2.2', fileName: 'pv-session-mars.pdf' })]);
	});

	it('a second verified intervention by the same woman moves R2.1, not the number of women', async () => {
		const before = snapshot(await computeIndicators(h.db, ALL));
		await intervention(await sitting(communes[0], '2026-04-10'), 'verified');
		expect(changed(before, snapshot(await computeIndicators(h.db, ALL)))).toEqual(['R2.1']);
	});

	it('a held session moves R5.1; a planned one nothing; both modes make the woman count in R6.1', async () => {
		const before = snapshot(await computeIndicators(h.db, ALL));
		await session('2026-05-01T09:00:00Z', 'in_person', 'planned');
		expect(changed(before, snapshot(await computeIndicators(h.db, ALL)))).toEqual([]);
		await session('2026-05-02T09:00:00Z', 'in_person');
		expect(changed(before, snapshot(await computeIndicators(h.db, ALL)))).toEqual(['R5.1']);
		await session('2026-05-09T09:00:00Z', 'video');
		const after = await computeIndicators(h.db, ALL);
		expect(changed(before, snapshot(after))).toEqual(['R5.1', 'R6.1']);
		const r6 = after.find((v) => v.code === 'R6.1')!;
		expect(r6.cumulative).toBe(1);
		expect(r6.extra.map((e) => [e.key, e.value]).sort()).toEqual([
			['in_person', 50],
			['remote', 50]
		]);
	});

	it('a communes counts in R1 once it meets the admin rule (agreement signed)', async () => {
		const before = snapshot(await computeIndicators(h.db, ALL));
		await h.db.insertInto('commune_engagement').values({ commune_id: communes[1], status: 'contacted', contacted_on: '2026-01-10' }).execute();
		expect(changed(before, snapshot(await computeIndicators(h.db, ALL)))).toEqual([]);
		await h.db.updateTable('commune_engagement').set({ status: 'agreement_signed', agreement_on: '2026-02-01' }).where('commune_id', '=', communes[1]).execute();
		const after = await computeIndicators(h.db, ALL);
		expect(changed(before, snapshot(after))).toEqual(['R1.1']);
		// Same figure as the council's engagement page.
		expect(after.find((v) => v.code === 'R1.1')!.cumulative).toBe((await engagementReport(h.db)).engaged);
	});
});

describe('periods', () => {
	it('counts a record in a period when its day in Morocco falls within the bounds', async () => {
		// 2026-05-31 23:30 UTC is 1 June 00:30 in Morocco (UTC+1).
		await session('2026-05-31T23:30:00Z', 'in_person');
		const may = await computeIndicators(h.db, { from: '2026-05-01', to: '2026-05-31' });
		const june = await computeIndicators(h.db, { from: '2026-06-01', to: '2026-06-30' });
		expect(may.find((v) => v.code === 'R5.1')).toMatchObject({ actual: 2, cumulative: 2 });
		expect(june.find((v) => v.code === 'R5.1')).toMatchObject({ actual: 1, cumulative: 3 });
		const march = await computeIndicators(h.db, { from: '2026-03-01', to: '2026-03-31' });
		expect(march.find((v) => v.code === 'R2.1')).toMatchObject({ actual: 1, cumulative: 1 });
		expect(await evidenceFiles(h.db, { from: '2026-04-01', to: null })).toEqual([]);
	});

	it('draws the cumulative line from the month each record or person first counted', async () => {
		const { values, series } = await computeDashboard(h.db, ALL);
		expect(values).toEqual(await computeIndicators(h.db, ALL));
		expect(series.get('R5.1')).toEqual([
			{ month: '2026-05', value: 2 },
			{ month: '2026-06', value: 3 }
		]);
		expect(series.get('R2.2')).toEqual([{ month: '2026-03', value: 1 }]);
		expect(series.has('L2')).toBe(false);
	});
});

// Last: it adds a second woman's record, which the figures above do not expect.
describe('disaggregation', () => {
	it('shows a figure by the cohort each woman is in, and how many women carry it (0, 1, 2, 3–4, 5 or more)', async () => {
		const cohort = (await h.db.insertInto('cohort').values({ name: 'Cohorte Azilal 2026' }).returning('id').executeTakeFirstOrThrow()).id;
		await h.db.insertInto('cohort_member').values({ cohort_id: cohort, user_id: learner.id }).execute();
		// A second woman, in no cohort, with one verified intervention.
		const other = await makeUser(h.db);
		await intervention(await sitting(communes[2], '2026-04-20'), 'verified', null, other.id);
		const vs = await computeIndicators(h.db, ALL);
		const r21 = vs.find((v) => v.code === 'R2.1')!;
		// The first woman's two verified interventions are under her cohort; the other's under none.
		expect(r21.byCohort).toEqual([expect.objectContaining({ key: String(cohort), value: 2, label: expect.objectContaining({ fr: 'Cohorte Azilal 2026' }) })]);
		const women = Object.fromEntries(r21.perWoman.map((b) => [b.key, b.value]));
		expect(Object.keys(women)).toEqual(['0', '1', '2', '3-4', '5+']);
		expect(women).toMatchObject({ '1': 1, '2': 1, '3-4': 0, '5+': 0 });
		const learners = (await h.db.selectFrom('app_user').select((eb) => eb.fn.countAll<number>().as('n')).where('role', '=', 'learner').where('disabled_at', 'is', null).executeTakeFirstOrThrow()).n;
		expect(women['0']).toBe(Number(learners) - 2);
		// Coaching sessions are spread the same way; commune engagement belongs to no woman.
		const held = (await h.db.selectFrom('coaching_session').select('id').where('learner_id', '=', learner.id).where('status', '=', 'held').execute()).length;
		const bucket = held >= 5 ? '5+' : held >= 3 ? '3-4' : String(held);
		const r51 = Object.fromEntries(vs.find((v) => v.code === 'R5.1')!.perWoman.map((b) => [b.key, b.value]));
		expect(held).toBeGreaterThan(0);
		expect(r51[bucket]).toBe(1);
		expect(r51['0']).toBe(Number(learners) - 1);
		expect(vs.find((v) => v.code === 'R1.1')!.perWoman).toEqual([]);
		expect(vs.find((v) => v.code === 'R1.1')!.byCohort).toEqual([]);
	});
});
