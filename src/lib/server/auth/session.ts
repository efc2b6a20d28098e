import type { Db } from '../db/index';
import type { Locale, Role } from '../db/schema';
import { generateToken, hashToken } from './tokens';

const DAY = 24 * 60 * 60 * 1000;
export const SESSION_DAYS = 30;
export const SESSION_RENEW_DAYS = 15;
export const SESSION_COOKIE = 'session';

export interface SessionUser {
	id: number;
	login: string;
	nameAr: string;
	nameLatin: string;
	role: Role;
	locale: Locale;
}

export interface Session {
	id: string;
	userId: number;
	expiresAt: Date;
	/** True when this request moved the expiry (the cookie must be sent again). */
	renewed?: boolean;
}

export async function createSession(db: Db, userId: number, now = new Date()): Promise<{ token: string; session: Session }> {
	const token = generateToken();
	const session = { id: hashToken(token), userId, expiresAt: new Date(now.getTime() + SESSION_DAYS * DAY) };
	await db.insertInto('auth_session').values({ id: session.id, user_id: userId, expires_at: session.expiresAt }).execute();
	return { token, session };
}

/** The session and its user, or null; slides the expiry when under 15 days remain. */
export async function validateSessionToken(
	db: Db,
	token: string,
	now = new Date()
): Promise<{ session: Session; user: SessionUser } | null> {
	const id = hashToken(token);
	const row = await db
		.selectFrom('auth_session as s')
		.innerJoin('app_user as u', 'u.id', 's.user_id')
		.select(['s.id', 's.user_id', 's.expires_at', 'u.login', 'u.name_ar', 'u.name_latin', 'u.role', 'u.locale', 'u.disabled_at'])
		.where('s.id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	if (row.expires_at.getTime() <= now.getTime() || row.disabled_at) {
		await db.deleteFrom('auth_session').where('id', '=', id).execute();
		return null;
	}
	const session: Session = { id, userId: row.user_id, expiresAt: row.expires_at };
	if (row.expires_at.getTime() - now.getTime() < SESSION_RENEW_DAYS * DAY) {
		session.expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY);
		session.renewed = true;
		await db.updateTable('auth_session').set({ expires_at: session.expiresAt }).where('id', '=', id).execute();
	}
	const user: SessionUser = {
		id: row.user_id,
		login: row.login,
		nameAr: row.name_ar,
		nameLatin: row.name_latin,
		role: row.role,
		locale: row.locale
	};
	return { session, user };
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await db.deleteFrom('auth_session').where('id', '=', sessionId).execute();
}

export async function invalidateUserSessions(db: Db, userId: number, exceptId?: string): Promise<void> {
	let q = db.deleteFrom('auth_session').where('user_id', '=', userId);
	if (exceptId) q = q.where('id', '!=', exceptId);
	await q.execute();
}
