import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { createSession, validateSessionToken } from '../../src/lib/server/auth/session';
import { logIn } from '../../src/lib/server/auth/auth.service';
import { Conflict, Forbidden, Invalid } from '../../src/lib/server/errors';
import { acceptInvitation, createInvitation, inspectInvitation } from '../../src/lib/server/users/invitations';
import { listUsers } from '../../src/lib/server/users/users.repository';
import { changeRole, createUser, reinvite, setDisabled, updateUser } from '../../src/lib/server/users/users.service';
import { freshDb } from './db';
import { makeUser } from './factories';

let h: DbHandle;
let admin: { id: number };
beforeAll(async () => {
	h = await freshDb();
	admin = await makeUser(h.db, { role: 'admin' });
});
afterAll(() => h.close());

const audit = (id: number) =>
	h.db.selectFrom('audit_event').select(['action', 'actor_id', 'before', 'after']).where('subject_type', '=', 'user').where('subject_id', '=', String(id)).orderBy('id').execute();

describe('creating people', () => {
	it('without a password gives a one-time invitation, normalises the phone and writes an audit event', async () => {
		const commune = await h.db.selectFrom('commune').select('id').where('name_fr', '=', 'Azilal').executeTakeFirstOrThrow();
		const r = await createUser(h.db, { id: admin.id }, { login: '06 12 00 00 01', nameAr: ' فاطمة   الزهراء ', nameLatin: 'Fatima Zahra', role: 'learner', locale: 'zgh', communeId: String(commune.id), password: '' });
		expect(r.login).toBe('+212612000001');
		expect(r.invitationToken).toMatch(/^[a-z2-7]{32}$/);
		const row = await h.db.selectFrom('app_user').selectAll().where('id', '=', r.id).executeTakeFirstOrThrow();
		expect(row).toMatchObject({ name_ar: 'فاطمة الزهراء', locale: 'zgh', commune_id: commune.id, password_hash: null, role: 'learner' });
		expect(typeof row.id).toBe('number');
		expect(row.created_at).toBeInstanceOf(Date);
		const events = await audit(r.id);
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({ action: 'user.create', actor_id: admin.id, after: { login: '+212612000001', role: 'learner' } });
	});

	it('reports every bad field at once and saves nothing', async () => {
		const before = await h.db.selectFrom('app_user').select(h.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
		const e = await createUser(h.db, { id: admin.id }, { login: '12345', nameAr: '', nameLatin: 'x'.repeat(121), role: 'boss' as 'admin', locale: 'en' as 'ar', communeId: 'abc', password: 'short' }).catch((x) => x);
		expect(e).toBeInstanceOf(Invalid);
		expect(e.fields).toEqual({ login: 'login_invalid', nameAr: 'error_required', nameLatin: 'error_too_long', role: 'error_invalid_choice', locale: 'error_invalid_choice', communeId: 'error_invalid_choice' });
		const after = await h.db.selectFrom('app_user').select(h.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
		expect(Number(after.n)).toBe(Number(before.n));
	});

	it('refuses a login already used, whichever way the phone is written, and an unknown commune', async () => {
		await makeUser(h.db, { login: '0655443322' });
		await expect(createUser(h.db, { id: admin.id }, { login: '+212 655 44 33 22', nameAr: 'أ', nameLatin: 'A', role: 'learner', locale: 'ar', communeId: null })).rejects.toMatchObject({ fields: { login: 'login_taken' } });
		await expect(createUser(h.db, { id: admin.id }, { login: '0655443399', nameAr: 'أ', nameLatin: 'A', role: 'learner', locale: 'ar', communeId: 99999 })).rejects.toMatchObject({ fields: { communeId: 'error_invalid_choice' } });
	});

	it('refuses a common password', async () => {
		await expect(makeUser(h.db, { password: 'password123' })).rejects.toMatchObject({ fields: { password: 'password_too_common' } });
	});
});

describe('invitations', () => {
	it('let the person choose a password once; the link then says it was used', async () => {
		const u = await makeUser(h.db, { invite: true });
		const token = u.invitationToken!;
		expect(await inspectInvitation(h.db, token)).toMatchObject({ status: 'valid', userId: u.id });
		await expect(acceptInvitation(h.db, token, 'short', 'short')).rejects.toMatchObject({ fields: { password: 'password_too_short' } });
		await expect(acceptInvitation(h.db, token, 'my own long phrase', 'my own long phrasE')).rejects.toMatchObject({ fields: { confirm: 'password_mismatch' } });
		expect(await acceptInvitation(h.db, token, 'my own long phrase', 'my own long phrase')).toBe(u.id);
		expect(await inspectInvitation(h.db, token)).toEqual({ status: 'used' });
		await expect(acceptInvitation(h.db, token, 'another long phrase', 'another long phrase')).rejects.toMatchObject({ key: 'invitation_used' });
		await expect(logIn(h.db, { login: u.login, password: 'my own long phrase', address: '10.9.0.1' })).resolves.toMatchObject({ userId: u.id });
	});

	it('expire after 7 days, and malformed or unknown tokens are refused', async () => {
		const u = await makeUser(h.db, { invite: true });
		const old = await createInvitation(h.db, u.id, admin.id, new Date(Date.now() - 8 * 24 * 3600 * 1000));
		expect(await inspectInvitation(h.db, old)).toEqual({ status: 'expired' });
		expect(await inspectInvitation(h.db, 'not-a-token')).toEqual({ status: 'unknown' });
		expect(await inspectInvitation(h.db, 'a'.repeat(32))).toEqual({ status: 'unknown' });
	});

	it('a new invitation cancels the older one', async () => {
		const u = await makeUser(h.db, { invite: true });
		const second = await reinvite(h.db, { id: admin.id }, u.id);
		expect(await inspectInvitation(h.db, u.invitationToken!)).toEqual({ status: 'expired' });
		expect((await inspectInvitation(h.db, second)).status).toBe('valid');
		expect((await audit(u.id)).map((e) => e.action)).toEqual(['user.create', 'user.invite']);
	});

	it('two submits of the same link at once set the password only once', async () => {
		const u = await makeUser(h.db, { invite: true });
		const results = await Promise.allSettled([
			acceptInvitation(h.db, u.invitationToken!, 'first long phrase', 'first long phrase'),
			acceptInvitation(h.db, u.invitationToken!, 'second long phrase', 'second long phrase')
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
	});
});

describe('administering people', () => {
	it('edits details and records before and after', async () => {
		const u = await makeUser(h.db);
		await updateUser(h.db, { id: admin.id }, u.id, { login: 'New@Example.MA', nameAr: 'اسم جديد', nameLatin: 'New Name', locale: 'fr', communeId: '' });
		const row = await h.db.selectFrom('app_user').selectAll().where('id', '=', u.id).executeTakeFirstOrThrow();
		expect(row).toMatchObject({ login: 'new@example.ma', login_kind: 'email', name_latin: 'New Name', locale: 'fr' });
		const ev = (await audit(u.id)).at(-1)!;
		expect(ev).toMatchObject({ action: 'user.update', before: { nameLatin: expect.stringMatching(/^Person /) }, after: { login: 'new@example.ma', nameLatin: 'New Name' } });
	});

	it('changes a role, ends that person’s sessions, and audits it', async () => {
		const u = await makeUser(h.db);
		const { token } = await createSession(h.db, u.id);
		await changeRole(h.db, { id: admin.id }, u.id, 'trainer');
		expect(await validateSessionToken(h.db, token)).toBeNull();
		expect((await audit(u.id)).at(-1)).toMatchObject({ action: 'user.role', before: { role: 'learner' }, after: { role: 'trainer' } });
		await expect(changeRole(h.db, { id: admin.id }, u.id, 'king')).rejects.toBeInstanceOf(Invalid);
	});

	it('never leaves the programme without an active admin, and admins cannot demote or disable themselves', async () => {
		const fresh = await freshDb();
		try {
			const only = await makeUser(fresh.db, { role: 'admin' });
			const other = await makeUser(fresh.db, { role: 'admin' });
			await expect(changeRole(fresh.db, { id: only.id }, only.id, 'learner')).rejects.toBeInstanceOf(Forbidden);
			await expect(setDisabled(fresh.db, { id: only.id }, only.id, true)).rejects.toBeInstanceOf(Forbidden);
			await setDisabled(fresh.db, { id: only.id }, other.id, true);
			// `other` is now disabled: `only` is the last active admin, whoever asks.
			await expect(changeRole(fresh.db, { id: null }, only.id, 'learner')).rejects.toBeInstanceOf(Conflict);
		} finally {
			await fresh.close();
		}
	});

	it('disabling ends sessions and cancels invitations; enabling lets the person back', async () => {
		const u = await makeUser(h.db);
		const invited = await makeUser(h.db, { invite: true });
		const { token } = await createSession(h.db, u.id);
		await setDisabled(h.db, { id: admin.id }, u.id, true);
		await setDisabled(h.db, { id: admin.id }, invited.id, true);
		expect(await validateSessionToken(h.db, token)).toBeNull();
		expect((await inspectInvitation(h.db, invited.invitationToken!)).status).toBe('unknown');
		await expect(reinvite(h.db, { id: admin.id }, invited.id)).rejects.toMatchObject({ key: 'user_is_disabled' });
		await setDisabled(h.db, { id: admin.id }, u.id, false);
		await expect(logIn(h.db, { login: u.login, password: u.password!, address: '10.9.0.2' })).resolves.toMatchObject({ userId: u.id });
		expect((await audit(u.id)).map((e) => e.action)).toEqual(['user.create', 'user.disable', 'user.enable']);
	});
});

describe('listing people', () => {
	it('searches names, logins (as typed) and communes, filters, and pages with a numeric total', async () => {
		const db = await freshDb();
		try {
			const commune = await db.db.selectFrom('commune').select('id').where('name_fr', '=', 'Khouribga').executeTakeFirstOrThrow();
			await createUser(db.db, { id: null }, { login: '0611110001', nameAr: 'خديجة أوعلي', nameLatin: 'Khadija Ouali', role: 'learner', locale: 'ar', communeId: commune.id });
			for (let i = 0; i < 30; i++) await makeUser(db.db, { invite: true });
			const byName = await listUsers(db.db, { q: 'ouali', page: 1, pageSize: 10 });
			expect(byName.total).toBe(1);
			expect(byName.items[0].name_latin).toBe('Khadija Ouali');
			expect((await listUsers(db.db, { q: 'أوعلي', page: 1, pageSize: 10 })).total).toBe(1);
			expect((await listUsers(db.db, { q: '06 11 11 00 01', page: 1, pageSize: 10 })).total).toBe(1);
			expect((await listUsers(db.db, { q: 'خريبكة', page: 1, pageSize: 10 })).total).toBe(1);
			expect((await listUsers(db.db, { q: '100%_', page: 1, pageSize: 10 })).total).toBe(0);
			const page1 = await listUsers(db.db, { page: 1, pageSize: 25 });
			const page2 = await listUsers(db.db, { page: 2, pageSize: 25 });
			expect(page1.total).toBe(31);
			expect(typeof page1.total).toBe('number');
			expect(page1.items).toHaveLength(25);
			expect(page2.items).toHaveLength(6);
			expect(new Set([...page1.items, ...page2.items].map((u) => u.id)).size).toBe(31);
			expect((await listUsers(db.db, { role: 'admin', page: 1, pageSize: 25 })).total).toBe(0);
		} finally {
			await db.close();
		}
	});
});
