import type { Db } from '../db/index';
import { hashPassword, passwordProblem } from '../auth/password';
import { invalidateUserSessions } from '../auth/session';
import { generateToken, hashToken } from '../auth/tokens';
import { Invalid } from '../errors';

export const INVITATION_DAYS = 7;

/** A new one-time link; older unused links of the same person stop working. */
export async function createInvitation(db: Db, userId: number, createdBy: number | null, now = new Date()): Promise<string> {
	const token = generateToken();
	await db
		.updateTable('invitation')
		.set({ revoked_at: now })
		.where('user_id', '=', userId)
		.where('used_at', 'is', null)
		.where('revoked_at', 'is', null)
		.execute();
	await db
		.insertInto('invitation')
		.values({
			token_hash: hashToken(token),
			user_id: userId,
			created_by: createdBy,
			expires_at: new Date(now.getTime() + INVITATION_DAYS * 24 * 3600 * 1000)
		})
		.execute();
	return token;
}

export type InvitationState =
	| { status: 'valid'; invitationId: number; userId: number; nameAr: string; nameLatin: string; login: string }
	| { status: 'used' | 'expired' | 'unknown' };

const TOKEN_SHAPE = /^[a-z2-7]{32}$/;

export async function inspectInvitation(db: Db, token: string, now = new Date()): Promise<InvitationState> {
	if (!TOKEN_SHAPE.test(token)) return { status: 'unknown' };
	const row = await db
		.selectFrom('invitation as i')
		.innerJoin('app_user as u', 'u.id', 'i.user_id')
		.select(['i.id', 'i.user_id', 'i.expires_at', 'i.used_at', 'i.revoked_at', 'u.name_ar', 'u.name_latin', 'u.login', 'u.disabled_at'])
		.where('i.token_hash', '=', hashToken(token))
		.executeTakeFirst();
	if (!row || row.disabled_at) return { status: 'unknown' };
	if (row.used_at) return { status: 'used' };
	if (row.revoked_at || row.expires_at.getTime() <= now.getTime()) return { status: 'expired' };
	return { status: 'valid', invitationId: row.id, userId: row.user_id, nameAr: row.name_ar, nameLatin: row.name_latin, login: row.login };
}

/** Sets the password chosen through the link; the link then stops working. */
export async function acceptInvitation(db: Db, token: string, password: string, confirm: string): Promise<number> {
	const problem = passwordProblem(password) ?? (password !== confirm ? 'password_mismatch' : null);
	if (problem) throw new Invalid('error_invalid_form', { [problem === 'password_mismatch' ? 'confirm' : 'password']: problem });
	const hashed = await hashPassword(password);
	return db.transaction().execute(async (trx) => {
		const state = await inspectInvitation(trx, token);
		if (state.status !== 'valid') throw new Invalid(`invitation_${state.status}`);
		// Claim the link atomically: a second submit of the same link finds it used.
		const claimed = await trx
			.updateTable('invitation')
			.set({ used_at: new Date() })
			.where('id', '=', state.invitationId)
			.where('used_at', 'is', null)
			.returning('id')
			.executeTakeFirst();
		if (!claimed) throw new Invalid('invitation_used');
		await trx.updateTable('app_user').set({ password_hash: hashed, updated_at: new Date() }).where('id', '=', state.userId).execute();
		await invalidateUserSessions(trx, state.userId);
		return state.userId;
	});
}
