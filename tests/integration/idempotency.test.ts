import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { claimKey, idemKey, newIdemKey, once } from '../../src/lib/server/offline/idempotency';
import { freshDb } from './db';
import { makeUser } from './factories';

let h: DbHandle;
let her: number;
let other: number;

beforeAll(async () => {
	h = await freshDb();
	her = (await makeUser(h.db, { role: 'learner' })).id;
	other = (await makeUser(h.db, { role: 'learner' })).id;
});
afterAll(async () => h?.close());

const keys = async () => Number((await h.db.selectFrom('idempotency_key').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('idempotency keys (offline outbox replays)', () => {
	it('accepts a key once: a replay is acknowledged without doing the work again', async () => {
		const key = newIdemKey();
		let done = 0;
		const first = await once(h.db, her, 'lesson-done', key, async () => ++done);
		const second = await once(h.db, her, 'lesson-done', key, async () => ++done);
		expect(first).toEqual({ replayed: false, value: 1 });
		expect(second).toEqual({ replayed: true });
		expect(done).toBe(1);
	});

	it('two replays racing: exactly one wins', async () => {
		const key = newIdemKey();
		const results = await Promise.all([claimKey(h.db, her, 'quiz-answer', key), claimKey(h.db, her, 'quiz-answer', key), claimKey(h.db, other, 'quiz-answer', key)]);
		expect(results.filter(Boolean)).toHaveLength(1);
	});

	it('releases the key when the work fails, so a later replay can still succeed', async () => {
		const key = newIdemKey();
		const before = await keys();
		await expect(once(h.db, her, 'quiz-answer', key, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
		expect(await keys()).toBe(before);
		expect(await once(h.db, her, 'quiz-answer', key, async () => 'ok')).toEqual({ replayed: false, value: 'ok' });
	});

	it('without a key (or with a malformed one) the work simply runs', async () => {
		expect(idemKey('short')).toBeNull();
		expect(idemKey("x'; drop table app_user; --")).toBeNull();
		let done = 0;
		await once(h.db, her, 'lesson-done', idemKey(undefined), async () => ++done);
		await once(h.db, her, 'lesson-done', idemKey(undefined), async () => ++done);
		expect(done).toBe(2);
	});
});
