import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { cachedDashboard, forgetDashboards } from '../../src/lib/server/web/results';
import { freshDb } from './db';
import { makeUser } from './factories';

let h: DbHandle;
const ALL = { from: null, to: null };
const r21 = async (p: ReturnType<typeof cachedDashboard>) => (await p).values.find((v) => v.code === 'R2.1')!.cumulative;

beforeAll(async () => {
	h = await freshDb();
});
afterAll(() => h?.close());

describe("the dashboard's figures, kept 30 s per period", () => {
	it('are computed once, forgotten on a framework edit or after 30 s, and then count a record verified meanwhile', async () => {
		forgetDashboards();
		const t0 = Date.now();
		expect(await r21(cachedDashboard(h.db, ALL, t0))).toBe(0);
		const commune = (await h.db.selectFrom('commune').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
		const learner = await makeUser(h.db);
		await h.db.updateTable('app_user').set({ commune_id: commune }).where('id', '=', learner.id).execute();
		const sitting = (await h.db.insertInto('council_sitting').values({ commune_id: commune, sitting_date: '2026-03-02', type: 'ordinary' }).returning('id').executeTakeFirstOrThrow()).id;
		await h.db
			.insertInto('intervention')
			.values({ learner_id: learner.id, sitting_id: sitting, kind: 'question', summary: 'Une question sur le budget', summary_lang: 'fr', outcome: 'adopted', status: 'verified', verified_at: new Date() })
			.execute();
		// Within 30 s: the figures computed before.
		expect(await r21(cachedDashboard(h.db, ALL, t0 + 29_000))).toBe(0);
		// Another period is computed on its own.
		expect(await r21(cachedDashboard(h.db, { from: '2026-01-01', to: null }, t0))).toBe(1);
		// 30 s later, or at once after a framework edit: computed again.
		expect(await r21(cachedDashboard(h.db, ALL, t0 + 30_000))).toBe(1);
		forgetDashboards();
		expect(await r21(cachedDashboard(h.db, ALL, t0))).toBe(1);
	});
});
