import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { Invalid } from '../../src/lib/server/errors';
import { COMMUNE_PAGE_SIZE, addTopic, archiveTopic, communeDetail, engagementReport, memoRegister, setEngagedRule } from '../../src/lib/server/council/engagement.service';
import { listTopics } from '../../src/lib/server/council/intervention.repository';
import { freshDb } from './db';
import { makeUser } from './factories';

let h: DbHandle;
let admin: { id: number };
let communes: number[];

beforeAll(async () => {
	h = await freshDb();
	admin = await makeUser(h.db, { role: 'admin' });
	communes = (await h.db.selectFrom('commune').select('id').orderBy('id').limit(4).execute()).map((c) => c.id);
	// 0: agreement signed; 1: contacted, one activity with staff; 2: contacted, civil society only; 3: contacted, nothing.
	await h.db
		.insertInto('commune_engagement')
		.values([
			{ commune_id: communes[0], status: 'agreement_signed', contacted_on: '2025-10-01', agreement_on: '2025-11-02' },
			{ commune_id: communes[1], status: 'contacted', contacted_on: '2025-10-01' },
			{ commune_id: communes[2], status: 'contacted', contacted_on: '2025-10-01' },
			{ commune_id: communes[3], status: 'contacted', contacted_on: '2025-10-01' }
		])
		.execute();
	await h.db
		.insertInto('engagement_activity')
		.values([
			{ commune_id: communes[1], held_on: '2025-11-20', type: 'workshop', audience: 'staff', women: 3, men: 8 },
			{ commune_id: communes[2], held_on: '2025-11-21', type: 'awareness', audience: 'civil_society', women: 12, men: 5 }
		])
		.execute();
});

afterAll(async () => {
	await h?.close();
});

const engaged = async () => (await engagementReport(h.db)).communes.filter((c) => c.engaged).map((c) => communes.indexOf(c.communeId)).sort();

describe('communes engaged', () => {
	it('follow the default rule, then the rule the admin sets (audited)', async () => {
		expect(await engaged()).toEqual([0, 1]);
		await setEngagedRule(h.db, admin, { byAgreement: false, minActivities: '1', audiences: ['civil_society', 'staff'] });
		expect(await engaged()).toEqual([1, 2]);
		await setEngagedRule(h.db, admin, { byAgreement: true, minActivities: '0', audiences: [] });
		expect(await engaged()).toEqual([0]);
		await expect(setEngagedRule(h.db, admin, { byAgreement: true, minActivities: '-1', audiences: [] })).rejects.toBeInstanceOf(Invalid);
		const audits = await h.db.selectFrom('audit_event').select('action').where('action', '=', 'council.engaged_rule').execute();
		expect(audits).toHaveLength(2);
	});
});

describe('memos examined', () => {
	it('count only with the date and body of the examination, evidence, and verification', async () => {
		const memo = async (verified: boolean, evidence: boolean) => {
			const m = await h.db
				.insertInto('memo')
				.values({ title_ar: 'مذكرة', title_fr: 'Mémo', organisation: 'Asso', subject: 'budget', status: 'examined', examined_on: '2026-02-10', examined_by: 'committee', verified_at: verified ? new Date() : null })
				.returning('id')
				.executeTakeFirstOrThrow();
			await h.db.insertInto('memo_commune').values({ memo_id: m.id, commune_id: communes[0] }).execute();
			await h.db.insertInto('memo_event').values({ memo_id: m.id, step: 'examined', on_date: '2026-02-10', body: 'committee', url: evidence ? 'https://example.org/pv.pdf' : null }).execute();
		};
		await memo(true, true);
		await memo(false, true);
		await memo(true, false);
		const reg = await memoRegister(h.db);
		expect(reg.memos).toHaveLength(3);
		expect(reg.examined).toBe(1);
		expect((await memoRegister(h.db, { communeId: communes[1] })).memos).toHaveLength(0);
		// An examined memo without its date or body is refused by the database itself.
		await expect(h.db.insertInto('memo').values({ title_ar: 'x', title_fr: 'x', organisation: 'x', subject: 'other', status: 'examined' }).execute()).rejects.toThrow();
	});
});

describe('topic tags', () => {
	it('an admin adds one and takes it out of the list; bad codes are refused', async () => {
		await addTopic(h.db, admin, { code: 'water', ar: 'الماء', fr: 'Eau', zgh: '' });
		expect((await listTopics(h.db)).map((t) => t.code)).toContain('water');
		await expect(addTopic(h.db, admin, { code: 'water', ar: 'الماء', fr: 'Eau', zgh: '' })).rejects.toMatchObject({ fields: { code: 'council_settings_topic_code_invalid' } });
		await expect(addTopic(h.db, admin, { code: 'Bad Code', ar: '', fr: '', zgh: '' })).rejects.toMatchObject({ fields: { code: 'council_settings_topic_code_invalid', ar: 'council_settings_topic_label_required', fr: 'council_settings_topic_label_required' } });
		const water = (await listTopics(h.db)).find((t) => t.code === 'water')!;
		await archiveTopic(h.db, admin, water.id, true);
		expect((await listTopics(h.db)).map((t) => t.code)).not.toContain('water');
		expect((await listTopics(h.db, { withArchived: true })).find((t) => t.code === 'water')?.archived).toBe(true);
	});
});

describe('a commune page', () => {
	it('shows its sittings and interventions a page at a time, newest first, with the number of pages', async () => {
		const commune = communes[3];
		const learner = await makeUser(h.db);
		const count = COMMUNE_PAGE_SIZE + 5;
		// One sitting a day in January and February 2026, an intervention at each.
		const sittings = await h.db
			.insertInto('council_sitting')
			.values(Array.from({ length: count }, (_, i) => ({ commune_id: commune, sitting_date: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10), type: 'ordinary' as const })))
			.returning(['id', 'sitting_date'])
			.execute();
		await h.db
			.insertInto('intervention')
			.values(sittings.map((s) => ({ learner_id: learner.id, sitting_id: s.id, kind: 'question' as const, summary: 'Une question', summary_lang: 'fr', outcome: 'not_applicable' as const, status: 'submitted' as const })))
			.execute();

		const first = await communeDetail(h.db, commune);
		expect(first.sittings).toHaveLength(COMMUNE_PAGE_SIZE);
		expect(first.sittings[0].date).toBe('2026-01-25');
		expect(first.sittingPages).toBe(2);
		expect(first.interventions).toHaveLength(COMMUNE_PAGE_SIZE);
		expect(first.interventionPages).toBe(2);

		const second = await communeDetail(h.db, commune, { sittings: 2, interventions: 2 });
		expect(second.sittings.map((s) => s.date)).toEqual(['2026-01-05', '2026-01-04', '2026-01-03', '2026-01-02', '2026-01-01']);
		expect(second.interventions).toHaveLength(5);
		// Past the end: nothing listed, the number of pages still right.
		const beyond = await communeDetail(h.db, commune, { sittings: 9 });
		expect(beyond.sittings).toEqual([]);
		expect(beyond.sittingPages).toBe(2);
	});
});
