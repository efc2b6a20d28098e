import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { Invalid } from '../../src/lib/server/errors';
import { engagementReport } from '../../src/lib/server/council/engagement.service';
import { addActivity, setEngagementStatus, type ActivityInput } from '../../src/lib/server/council/activity.service';
import { localStorage, type FileStorage } from '../../src/lib/server/media/storage';
import { freshDb } from './db';
import { makeUser } from './factories';

let h: DbHandle;
let dir: string;
let storage: FileStorage;
let admin: { id: number };
let communes: number[];
const NOW = new Date('2026-03-10T10:00:00Z');

const activity = (over: Partial<ActivityInput> = {}): ActivityInput => ({ heldOn: '2026-02-14', type: 'awareness', audience: 'elected', women: '7', men: '5', url: 'https://example.org/pv.pdf', note: '', ...over });
const commune = async (id: number) => (await engagementReport(h.db, id)).communes[0];
const count = async (table: 'engagement_activity' | 'commune_engagement' | 'stored_file' | 'audit_event') =>
	Number((await h.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
	h = await freshDb();
	dir = mkdtempSync(join(tmpdir(), 'amssawas-activities-'));
	storage = localStorage(join(dir, 'files'));
	admin = await makeUser(h.db, { role: 'admin' });
	communes = (await h.db.selectFrom('commune').select('id').orderBy('id').limit(3).execute()).map((c) => c.id);
});

afterAll(async () => {
	await h?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('awareness and mobilisation activities entered by an admin', () => {
	it('an activity with elected officials makes the commune engaged by the default rule (audited)', async () => {
		expect((await commune(communes[0])).engaged).toBe(false);
		const id = await addActivity(h.db, admin, communes[0], activity(), { evidence: null, now: NOW, storage });
		const c = await commune(communes[0]);
		expect(c.engaged).toBe(true);
		expect(c.byAudience.elected).toBe(1);
		const audit = await h.db.selectFrom('audit_event').select('action').where('subject_type', '=', 'engagement_activity').where('subject_id', '=', String(id)).execute();
		expect(audit.map((a) => a.action)).toEqual(['council.activity.add']);
	});

	it('an activity with civil society only does not engage the commune by the default rule', async () => {
		await addActivity(h.db, admin, communes[1], activity({ audience: 'civil_society' }), { evidence: null, now: NOW, storage });
		expect((await commune(communes[1])).engaged).toBe(false);
	});

	it('a bad activity is refused with every problem at once, nothing saved (not even its file)', async () => {
		const before = await Promise.all([count('engagement_activity'), count('stored_file'), count('audit_event')]);
		const e = await addActivity(h.db, admin, communes[2], activity({ heldOn: '2026-03-11', type: 'party', audience: '', women: '-3', men: '2.5', url: 'javascript:alert(1)', note: 'x'.repeat(501) }), {
			evidence: { bytes: new TextEncoder().encode('%PDF-1.4\n%fake'), name: 'pv.pdf' },
			now: NOW,
			storage
		}).catch((x) => x);
		expect(e).toBeInstanceOf(Invalid);
		expect((e as Invalid).fields).toMatchObject({ heldOn: 'council_memo_date_future', type: 'council_choose', audience: 'council_choose', women: 'council_activity_count_invalid', men: 'council_activity_count_invalid', url: 'council_url_invalid', note: 'council_too_long' });
		expect(await Promise.all([count('engagement_activity'), count('stored_file'), count('audit_event')])).toEqual(before);
		expect((await commune(communes[2])).engaged).toBe(false);
	});

	it('a file that is not a photo or a PDF is refused', async () => {
		const before = await count('engagement_activity');
		const e = await addActivity(h.db, admin, communes[2], activity({ url: '' }), { evidence: { bytes: new TextEncoder().encode('just some text'), name: 'pv.jpg' }, now: NOW, storage }).catch((x) => x);
		expect(e).toBeInstanceOf(Invalid);
		expect(Object.keys((e as Invalid).fields)).toEqual(['evidence']);
		expect(await count('engagement_activity')).toBe(before);
	});
});

describe('engagement status set by an admin', () => {
	it('records each step with its date, keeps the evidence unless replaced, audited', async () => {
		await setEngagementStatus(h.db, admin, communes[2], { status: 'contacted', onDate: '2025-11-03', url: 'https://example.org/lettre' }, { evidence: null, now: NOW, storage });
		let c = await commune(communes[2]);
		expect(c.status).toBe('contacted');
		expect(c.contactedOn).toBe('2025-11-03');
		expect(c.engaged).toBe(false);
		await setEngagementStatus(h.db, admin, communes[2], { status: 'agreement_signed', onDate: '2026-01-20', url: '' }, { evidence: null, now: NOW, storage });
		c = await commune(communes[2]);
		expect(c.status).toBe('agreement_signed');
		expect(c.contactedOn).toBe('2025-11-03');
		expect(c.agreementOn).toBe('2026-01-20');
		expect(c.evidenceUrl).toBe('https://example.org/lettre');
		expect(c.engaged).toBe(true);
		const audit = await h.db.selectFrom('audit_event').select('action').where('subject_type', '=', 'commune').where('subject_id', '=', String(communes[2])).execute();
		expect(audit.map((a) => a.action)).toEqual(['council.engagement.set', 'council.engagement.set']);
	});

	it('a bad status is refused and the previous one stays', async () => {
		const e = await setEngagementStatus(h.db, admin, communes[2], { status: 'married', onDate: '2030-01-01', url: 'ftp://x' }, { evidence: null, now: NOW, storage }).catch((x) => x);
		expect(e).toBeInstanceOf(Invalid);
		expect((e as Invalid).fields).toEqual({ status: 'council_choose', onDate: 'council_memo_date_future', url: 'council_url_invalid' });
		expect((await commune(communes[2])).status).toBe('agreement_signed');
	});
});
