import type { Db } from '../db/index';
import { Invalid, RateLimited } from '../errors';
import { normaliseLogin } from '../users/login-id';
import { findUserForLogin } from '../users/users.repository';
import { dummyHash, hashPassword, passwordProblem, verifyPassword } from './password';
import { LOGIN_PER_ACCOUNT, LOGIN_PER_ADDRESS, clearAttempts, releaseAttempt, reserveAttempt } from './rate-limit';
import { createSession, invalidateUserSessions } from './session';

export interface LoginInput {
	login: string;
	password: string;
	address: string;
}

/**
 * Counts the attempt (per account and per address) before the password is
 * checked, so that a concurrent burst gets at most `max` checks and, once over
 * the limit, even the right password is refused until the window passes. A
 * success forgets the account's failures and gives back its address slot.
 */
export async function logIn(db: Db, input: LoginInput) {
	const fields: Record<string, string> = {};
	if (!input.login.trim()) fields.login = 'error_required';
	else if (input.login.length > 254) fields.login = 'error_too_long';
	if (!input.password) fields.password = 'error_required';
	else if (input.password.length > 1024) fields.password = 'password_too_long';
	if (Object.keys(fields).length) throw new Invalid('error_invalid_form', fields);

	const id = normaliseLogin(input.login);
	const accountKey = id?.login ?? input.login.trim().toLowerCase();
	const wait = Math.max(
		await reserveAttempt(db, LOGIN_PER_ACCOUNT, accountKey),
		await reserveAttempt(db, LOGIN_PER_ADDRESS, input.address)
	);
	if (wait > 0) throw new RateLimited(wait);

	const user = id ? await findUserForLogin(db, id.login) : undefined;
	const ok = user?.password_hash
		? await verifyPassword(user.password_hash, input.password)
		: (await verifyPassword(await dummyHash(), input.password), false);
	if (!user || !ok) throw new Invalid(id ? 'login_failed' : 'login_failed_format');
	if (user.disabled_at) throw new Invalid('login_disabled');
	await clearAttempts(db, LOGIN_PER_ACCOUNT, accountKey);
	await releaseAttempt(db, LOGIN_PER_ADDRESS, input.address);
	const { token, session } = await createSession(db, user.id);
	return { userId: user.id, token, session };
}

/** Ends every session of the person, then opens a fresh one for this device. */
export async function changePassword(db: Db, userId: number, current: string, next: string, confirm: string) {
	const row = await db.selectFrom('app_user').select('password_hash').where('id', '=', userId).executeTakeFirstOrThrow();
	if (!row.password_hash || !(await verifyPassword(row.password_hash, current)))
		throw new Invalid('error_invalid_form', { current: 'password_wrong_current' });
	const problem = passwordProblem(next) ?? (next !== confirm ? 'password_mismatch' : null);
	if (problem) throw new Invalid('error_invalid_form', { [problem === 'password_mismatch' ? 'confirm' : 'password']: problem });
	const hashed = await hashPassword(next);
	return db.transaction().execute(async (trx) => {
		await trx.updateTable('app_user').set({ password_hash: hashed, updated_at: new Date() }).where('id', '=', userId).execute();
		await invalidateUserSessions(trx, userId);
		return createSession(trx, userId);
	});
}
