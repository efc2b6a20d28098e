import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { LOGIN_PER_ACCOUNT, reserveAttempt } from '../../src/lib/server/auth/rate-limit';
import { claimKey, newIdemKey } from '../../src/lib/server/offline/idempotency';
import { purgeStale } from '../../src/lib/server/maintenance/purge';
import { freshDb } from './db';
import { makeUser } from './factories';

let h: DbHandle;
let her: number;

beforeAll(async () => {
	h = await freshDb();
	her = (await makeUser(h.db, { role: 'learner' })).id;
});
afterAll(async () => h?.close());

const day = 24 * 60 * 60 * 1000;

describe('purge of stale rate-limit counters and idempotency keys', () => {
	it('deletes counters of windows closed more than a day ago and keys older than 60 days, keeps the recent ones', async () => {
		const now = new Date('2026-12-07T12:00:00Z');
		await reserveAttempt(h.db, LOGIN_PER_ACCOUNT, 'old-login', new Date(now.getTime() - 2 * day));
		await reserveAttempt(h.db, LOGIN_PER_ACCOUNT, 'recent-login', new Date(now.getTime() - 10 * 60 * 1000));
		const oldKey = newIdemKey();
		const recentKey = newIdemKey();
		await claimKey(h.db, her, 'lesson-done', oldKey);
		await claimKey(h.db, her, 'lesson-done', recentKey);
		await h.db.updateTable('idempotency_key').set({ created_at: new Date(now.getTime() - 61 * day) } as never).where('key', '=', oldKey).execute();
		await h.db.updateTable('idempotency_key').set({ created_at: new Date(now.getTime() - 5 * day) } as never).where('key', '=', recentKey).execute();

		const r = await purgeStale(h.db, now);
		expect(r).toEqual({ rateLimitCounters: 1, idempotencyKeys: 1 });
		const counters = await h.db.selectFrom('rate_limit_counter').select('key').execute();
		expect(counters.map((c) => c.key)).toEqual(['recent-login']);
		const keys = await h.db.selectFrom('idempotency_key').select('key').execute();
		expect(keys.map((k) => k.key)).toEqual([recentKey]);

		// A second run finds nothing more to delete; the recent login is still limited.
		expect(await purgeStale(h.db, now)).toEqual({ rateLimitCounters: 0, idempotencyKeys: 0 });
		// A replay of the kept key is still refused.
		expect(await claimKey(h.db, her, 'lesson-done', recentKey)).toBe(false);
	});
});
