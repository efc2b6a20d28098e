import * as v from 'valibot';
import type { Db } from '../db/index';
import type { Locale, Role } from '../db/schema';
import { recordAudit } from '../audit/audit.repository';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors';
import { hashPassword, passwordProblem } from '../auth/password';
import { invalidateUserSessions } from '../auth/session';
import { personName, validate } from '../validation';
import { normaliseLogin } from './login-id';
import { countAdmins, findUserById, loginExists } from './users.repository';
import { createInvitation } from './invitations';
import type { Actor } from '../actor';

export const ROLES = ['learner', 'trainer', 'admin', 'observer'] as const satisfies readonly Role[];
export const LOCALES = ['ar', 'fr', 'zgh'] as const satisfies readonly Locale[];

const loginField = v.pipe(
	v.optional(v.string(), ''),
	v.trim(),
	v.nonEmpty('error_required'),
	v.maxLength(254, 'error_too_long'),
	v.check((s) => normaliseLogin(s) !== null, 'login_invalid')
);

const communeField = v.pipe(
	v.optional(v.union([v.string(), v.number(), v.null()]), null),
	v.transform((c) => (c === '' || c == null ? null : Number(c))),
	v.nullable(v.pipe(v.number('error_invalid_choice'), v.integer('error_invalid_choice'), v.minValue(1, 'error_invalid_choice')))
);

const UserFields = v.object({
	login: loginField,
	nameAr: personName(120),
	nameLatin: personName(120),
	locale: v.picklist(LOCALES, 'error_invalid_choice'),
	communeId: communeField
});

const NewUser = v.object({
	...UserFields.entries,
	role: v.picklist(ROLES, 'error_invalid_choice'),
	password: v.optional(v.string(), '')
});

export type NewUserInput = v.InferInput<typeof NewUser>;
export type UserFieldsInput = v.InferInput<typeof UserFields>;

export type { Actor };

async function communeMustExist(db: Db, id: number | null) {
	if (id == null) return;
	const found = await db.selectFrom('commune').select('id').where('id', '=', id).executeTakeFirst();
	if (!found) throw new Invalid('error_invalid_form', { communeId: 'error_invalid_choice' });
}

/** Creates an account; without a password, returns a one-time invitation token. */
export async function createUser(db: Db, actor: Actor, input: NewUserInput, opts: { isDemo?: boolean } = {}) {
	const data = validate(NewUser, input);
	const id = normaliseLogin(data.login)!;
	if (data.password) {
		const problem = passwordProblem(data.password);
		if (problem) throw new Invalid('error_invalid_form', { password: problem });
	}
	const passwordHash = data.password ? await hashPassword(data.password) : null;
	return db.transaction().execute(async (trx) => {
		await communeMustExist(trx, data.communeId);
		if (await loginExists(trx, id.login)) throw new Invalid('error_invalid_form', { login: 'login_taken' });
		const user = await trx
			.insertInto('app_user')
			.values({
				login: id.login,
				login_kind: id.kind,
				name_ar: data.nameAr,
				name_latin: data.nameLatin,
				role: data.role,
				locale: data.locale,
				commune_id: data.communeId,
				password_hash: passwordHash,
				is_demo: opts.isDemo ?? false
			})
			.returning(['id', 'login', 'role'])
			.executeTakeFirstOrThrow();
		await recordAudit(trx, {
			actorId: actor.id,
			action: 'user.create',
			subjectType: 'user',
			subjectId: user.id,
			after: { login: user.login, role: user.role, nameLatin: data.nameLatin, communeId: data.communeId }
		});
		const invitationToken = passwordHash ? null : await createInvitation(trx, user.id, actor.id);
		return { id: user.id, login: user.login, invitationToken };
	});
}

async function mustFind(db: Db, id: number) {
	const user = await findUserById(db, id);
	if (!user) throw new NotFound();
	return user;
}

export async function updateUser(db: Db, actor: Actor, id: number, input: UserFieldsInput) {
	const data = validate(UserFields, input);
	const login = normaliseLogin(data.login)!;
	await db.transaction().execute(async (trx) => {
		const before = await mustFind(trx, id);
		await communeMustExist(trx, data.communeId);
		if (await loginExists(trx, login.login, id)) throw new Invalid('error_invalid_form', { login: 'login_taken' });
		await trx
			.updateTable('app_user')
			.set({
				login: login.login,
				login_kind: login.kind,
				name_ar: data.nameAr,
				name_latin: data.nameLatin,
				locale: data.locale,
				commune_id: data.communeId,
				updated_at: new Date()
			})
			.where('id', '=', id)
			.execute();
		await recordAudit(trx, {
			actorId: actor.id,
			action: 'user.update',
			subjectType: 'user',
			subjectId: id,
			before: { login: before.login, nameAr: before.name_ar, nameLatin: before.name_latin, locale: before.locale, communeId: before.commune_id },
			after: { login: login.login, nameAr: data.nameAr, nameLatin: data.nameLatin, locale: data.locale, communeId: data.communeId }
		});
	});
}

/** Guards against an admin locking everyone (or themselves) out. */
async function mustNotRemoveLastAdmin(db: Db, actor: Actor, target: { id: number; role: Role }) {
	if (actor.id === target.id) throw new Forbidden('user_cannot_change_self');
	if (target.role === 'admin' && (await countAdmins(db)) <= 1) throw new Conflict('user_last_admin');
}

export async function changeRole(db: Db, actor: Actor, id: number, role: string) {
	const newRole = validate(v.picklist(ROLES, 'error_invalid_choice'), role);
	await db.transaction().execute(async (trx) => {
		const before = await mustFind(trx, id);
		if (before.role === newRole) return;
		await mustNotRemoveLastAdmin(trx, actor, before);
		await trx.updateTable('app_user').set({ role: newRole, updated_at: new Date() }).where('id', '=', id).execute();
		// A new role means new rights: make the person log in again.
		await invalidateUserSessions(trx, id);
		await recordAudit(trx, { actorId: actor.id, action: 'user.role', subjectType: 'user', subjectId: id, before: { role: before.role }, after: { role: newRole } });
	});
}

export async function setDisabled(db: Db, actor: Actor, id: number, disabled: boolean) {
	await db.transaction().execute(async (trx) => {
		const before = await mustFind(trx, id);
		if (Boolean(before.disabled_at) === disabled) return;
		if (disabled) await mustNotRemoveLastAdmin(trx, actor, before);
		await trx
			.updateTable('app_user')
			.set({ disabled_at: disabled ? new Date() : null, updated_at: new Date() })
			.where('id', '=', id)
			.execute();
		if (disabled) {
			await invalidateUserSessions(trx, id);
			await trx.updateTable('invitation').set({ revoked_at: new Date() }).where('user_id', '=', id).where('used_at', 'is', null).execute();
		}
		await recordAudit(trx, { actorId: actor.id, action: disabled ? 'user.disable' : 'user.enable', subjectType: 'user', subjectId: id });
	});
}

export async function reinvite(db: Db, actor: Actor, id: number): Promise<string> {
	return db.transaction().execute(async (trx) => {
		const user = await mustFind(trx, id);
		if (user.disabled_at) throw new Conflict('user_is_disabled');
		const token = await createInvitation(trx, id, actor.id);
		await recordAudit(trx, { actorId: actor.id, action: 'user.invite', subjectType: 'user', subjectId: id });
		return token;
	});
}

const Profile = v.object({ nameAr: personName(120), nameLatin: personName(120), locale: v.picklist(LOCALES, 'error_invalid_choice') });

export async function updateProfile(db: Db, userId: number, input: v.InferInput<typeof Profile>) {
	const data = validate(Profile, input);
	await db
		.updateTable('app_user')
		.set({ name_ar: data.nameAr, name_latin: data.nameLatin, locale: data.locale, updated_at: new Date() })
		.where('id', '=', userId)
		.execute();
}

export async function setLocale(db: Db, userId: number, locale: Locale) {
	await db.updateTable('app_user').set({ locale }).where('id', '=', userId).execute();
}
