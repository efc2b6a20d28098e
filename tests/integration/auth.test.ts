import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { changePassword, logIn } from '../../src/lib/server/auth/auth.service';
import { LOGIN_PER_ACCOUNT, LOGIN_PER_ADDRESS, reserveAttempt } from '../../src/lib/server/auth/rate-limit';
import * as password from '../../src/lib/server/auth/password';
import { createSession, validateSessionToken, SESSION_DAYS } from '../../src/lib/server/auth/session';
import { hashToken } from '../../src/lib/server/auth/tokens';
import { Invalid, RateLimited } from '../../src/lib/server/errors';
import { setDisabled } from '../../src/lib/server/users/users.service';
import { freshDb } from './db';
import { makeUser } from './factories';

let h: DbHandle;
beforeAll(async () => {
	h = await freshDb();
});
afterAll(() => h.close());

const DAY = 24 * 3600 * 1000;

// Counts the password checks (the real argon2id check still runs).
vi.mock('../../src/lib/server/auth/password', async (importOriginal) => {
	const real = await importOriginal<typeof import('../../src/lib/server/auth/password')>();
	return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});
const checks = () => vi.mocked(password.verifyPassword).mock.calls.length;

describe('logging in', () => {
	it('accepts the phone login in any of its written forms', async () => {
		const u = await makeUser(h.db, { login: '0661234567' });
		for (const login of ['0661234567', '+212661234567', '06 61 23 45 67', '00212661234567']) {
			const r = await logIn(h.db, { login, password: u.password!, address: '10.0.0.1' });
			expect(r.userId).toBe(u.id);
			expect(r.token).toMatch(/^[a-z2-7]{32}$/);
		}
	});

	it('stores only the hash of the session token', async () => {
		const u = await makeUser(h.db);
		const r = await logIn(h.db, { login: u.login, password: u.password!, address: '10.0.0.2' });
		const rows = await h.db.selectFrom('auth_session').select('id').where('user_id', '=', u.id).execute();
		expect(rows.map((x) => x.id)).toEqual([hashToken(r.token)]);
	});

	it('refuses a wrong password, an unknown login and a malformed login with their own messages', async () => {
		const u = await makeUser(h.db);
		await expect(logIn(h.db, { login: u.login, password: 'wrong password!', address: '10.0.0.3' })).rejects.toMatchObject({ key: 'login_failed' });
		await expect(logIn(h.db, { login: '0699999999', password: 'whatever it is', address: '10.0.0.3' })).rejects.toMatchObject({ key: 'login_failed' });
		await expect(logIn(h.db, { login: '12345', password: 'whatever it is', address: '10.0.0.3' })).rejects.toMatchObject({ key: 'login_failed_format' });
		const empty = await logIn(h.db, { login: '', password: '', address: '10.0.0.3' }).catch((e) => e);
		expect(empty).toBeInstanceOf(Invalid);
		expect(empty.fields).toEqual({ login: 'error_required', password: 'error_required' });
	});

	it('refuses a disabled account even with the right password, and its sessions stop working', async () => {
		const u = await makeUser(h.db);
		const { token } = await createSession(h.db, u.id);
		await setDisabled(h.db, { id: null }, u.id, true);
		await expect(logIn(h.db, { login: u.login, password: u.password!, address: '10.0.0.4' })).rejects.toMatchObject({ key: 'login_disabled' });
		expect(await validateSessionToken(h.db, token)).toBeNull();
	});
});

describe('brute-force limits', () => {
	it('after 5 failures for one account, refuses even the right password, from any address', async () => {
		const u = await makeUser(h.db);
		for (let i = 0; i < 5; i++) {
			await expect(logIn(h.db, { login: u.login, password: `wrong ${i} password`, address: `10.1.0.${i}` })).rejects.toMatchObject({ key: 'login_failed' });
		}
		const blocked = await logIn(h.db, { login: u.login, password: u.password!, address: '10.1.1.1' }).catch((e) => e);
		expect(blocked).toBeInstanceOf(RateLimited);
		expect(blocked.retryAfterSeconds).toBeGreaterThan(14 * 60);
		expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
	});

	it('counts the same account under another written form of the phone number', async () => {
		const u = await makeUser(h.db, { login: '0677000001' });
		for (let i = 0; i < 5; i++) await logIn(h.db, { login: i % 2 ? '+212677000001' : '0677000001', password: 'nope nope nope', address: `10.2.0.${i}` }).catch(() => {});
		await expect(logIn(h.db, { login: '06 77 00 00 01', password: u.password!, address: '10.2.1.1' })).rejects.toBeInstanceOf(RateLimited);
	});

	it('after 20 failures from one address, refuses every account from it', async () => {
		const u = await makeUser(h.db);
		for (let i = 0; i < 20; i++) await logIn(h.db, { login: `06880000${String(i).padStart(2, '0')}`, password: 'nope nope nope', address: '10.3.0.1' }).catch(() => {});
		await expect(logIn(h.db, { login: u.login, password: u.password!, address: '10.3.0.1' })).rejects.toBeInstanceOf(RateLimited);
		// Another address is not affected.
		await expect(logIn(h.db, { login: u.login, password: u.password!, address: '10.3.0.2' })).resolves.toMatchObject({ userId: u.id });
	});

	it('lets people in again once the window has passed', async () => {
		const now = new Date();
		const long = new Date(now.getTime() - 16 * 60 * 1000);
		for (let i = 0; i < 6; i++) await reserveAttempt(h.db, LOGIN_PER_ACCOUNT, 'someone@example.ma', long);
		expect(await reserveAttempt(h.db, LOGIN_PER_ACCOUNT, 'someone@example.ma', now)).toBe(0);
		const minuteAgo = new Date(now.getTime() - 60_000);
		for (let i = 0; i < 20; i++) expect(await reserveAttempt(h.db, LOGIN_PER_ADDRESS, '10.4.0.1', minuteAgo)).toBe(0);
		expect(await reserveAttempt(h.db, LOGIN_PER_ADDRESS, '10.4.0.1', now)).toBeGreaterThan(13 * 60);
		// Refused attempts do not push the end of the window further.
		expect(await reserveAttempt(h.db, LOGIN_PER_ADDRESS, '10.4.0.1', new Date(now.getTime() + 10 * 60 * 1000))).toBeLessThanOrEqual(4 * 60);
		expect(await reserveAttempt(h.db, LOGIN_PER_ADDRESS, '10.4.0.1', new Date(now.getTime() + 15 * 60 * 1000))).toBe(0);
	});

	it('50 concurrent wrong passwords for one account get at most 5 password checks; the right one in the burst is refused', async () => {
		const u = await makeUser(h.db);
		const before = checks();
		const burst = Array.from({ length: 50 }, (_, i) => logIn(h.db, { login: u.login, password: `wrong guess ${i}`, address: `10.6.${i}.1` }).catch((e) => e));
		burst.push(logIn(h.db, { login: u.login, password: u.password!, address: '10.6.99.1' }).catch((e) => e));
		const results = await Promise.all(burst);
		expect(checks() - before).toBeLessThanOrEqual(LOGIN_PER_ACCOUNT.max);
		const refused = results.filter((r) => r instanceof RateLimited);
		expect(refused.length).toBeGreaterThanOrEqual(51 - LOGIN_PER_ACCOUNT.max);
		for (const r of refused) expect(r.retryAfterSeconds).toBeGreaterThan(14 * 60);
		expect(results.filter((r) => r instanceof Invalid).length).toBeLessThanOrEqual(LOGIN_PER_ACCOUNT.max);
		// The right password came last in the burst: over the limit, it did not get through.
		expect(results[50]).toBeInstanceOf(RateLimited);
		expect(await h.db.selectFrom('auth_session').select('id').where('user_id', '=', u.id).execute()).toEqual([]);
	});

	it('50 concurrent wrong logins from one address over many accounts get at most 20 password checks', async () => {
		const before = checks();
		const results = await Promise.all(
			Array.from({ length: 50 }, (_, i) => logIn(h.db, { login: `06770100${String(i).padStart(2, '0')}`, password: 'nope nope nope', address: '10.7.0.1' }).catch((e) => e))
		);
		expect(checks() - before).toBeLessThanOrEqual(LOGIN_PER_ADDRESS.max);
		expect(results.filter((r) => r instanceof RateLimited).length).toBeGreaterThanOrEqual(50 - LOGIN_PER_ADDRESS.max);
	});

	it('successful logins from one address (a training room behind one connection) do not use up its limit', async () => {
		const people = await Promise.all(Array.from({ length: 25 }, () => makeUser(h.db)));
		for (const p of people) await expect(logIn(h.db, { login: p.login, password: p.password!, address: '10.8.0.1' })).resolves.toMatchObject({ userId: p.id });
	});

	it('a success clears the account counter', async () => {
		const u = await makeUser(h.db);
		for (let i = 0; i < 4; i++) await logIn(h.db, { login: u.login, password: 'nope nope nope', address: '10.5.0.1' }).catch(() => {});
		await logIn(h.db, { login: u.login, password: u.password!, address: '10.5.0.1' });
		for (let i = 0; i < 4; i++) await logIn(h.db, { login: u.login, password: 'nope nope nope', address: '10.5.0.2' }).catch(() => {});
		await expect(logIn(h.db, { login: u.login, password: u.password!, address: '10.5.0.3' })).resolves.toMatchObject({ userId: u.id });
	});
});

describe('sessions', () => {
	it('expire after 30 days and slide when under 15 days remain', async () => {
		const u = await makeUser(h.db);
		const start = new Date('2026-01-01T10:00:00Z');
		const { token, session } = await createSession(h.db, u.id, start);
		expect(session.expiresAt.getTime() - start.getTime()).toBe(SESSION_DAYS * DAY);

		const day10 = new Date(start.getTime() + 10 * DAY);
		const early = (await validateSessionToken(h.db, token, day10))!.session;
		expect(early.expiresAt.getTime()).toBe(session.expiresAt.getTime());
		expect(early.renewed).toBeFalsy();

		const day20 = new Date(start.getTime() + 20 * DAY);
		const slid = await validateSessionToken(h.db, token, day20);
		expect(slid!.session.expiresAt.getTime()).toBe(day20.getTime() + SESSION_DAYS * DAY);
		expect(slid!.session.renewed).toBe(true);

		const later = new Date(day20.getTime() + 31 * DAY);
		expect(await validateSessionToken(h.db, token, later)).toBeNull();
		expect(await h.db.selectFrom('auth_session').select('id').where('id', '=', hashToken(token)).executeTakeFirst()).toBeUndefined();
	});

	it('all end when the password changes, and the new one works', async () => {
		const u = await makeUser(h.db);
		const a = await createSession(h.db, u.id);
		const b = await createSession(h.db, u.id);
		await expect(changePassword(h.db, u.id, 'not the password', 'another long phrase', 'another long phrase')).rejects.toMatchObject({ fields: { current: 'password_wrong_current' } });
		await expect(changePassword(h.db, u.id, u.password!, 'short', 'short')).rejects.toMatchObject({ fields: { password: 'password_too_short' } });
		await expect(changePassword(h.db, u.id, u.password!, 'another long phrase', 'another long phrasE')).rejects.toMatchObject({ fields: { confirm: 'password_mismatch' } });
		const fresh = await changePassword(h.db, u.id, u.password!, 'another long phrase', 'another long phrase');
		expect(await validateSessionToken(h.db, a.token)).toBeNull();
		expect(await validateSessionToken(h.db, b.token)).toBeNull();
		expect(await validateSessionToken(h.db, fresh.token)).not.toBeNull();
		await expect(logIn(h.db, { login: u.login, password: 'another long phrase', address: '10.6.0.1' })).resolves.toMatchObject({ userId: u.id });
		await expect(logIn(h.db, { login: u.login, password: u.password!, address: '10.6.0.1' })).rejects.toMatchObject({ key: 'login_failed' });
	});
});
