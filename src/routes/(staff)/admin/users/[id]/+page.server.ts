import { error } from '@sveltejs/kit';
import { auditFor } from '$lib/server/audit/audit.repository';
import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { field, idAction, parseId } from '$lib/server/http';
import { t } from '$lib/server/i18n';
import { communeOptions, invitationView } from '$lib/server/web/users-view';
import { displayLogin } from '$lib/server/users/login-id';
import { findUserById } from '$lib/server/users/users.repository';
import { changeRole, reinvite, setDisabled, updateUser } from '$lib/server/users/users.service';
import { displayName } from '$lib/names';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const admin = requireRole(event, 'admin');
	const id = parseId(event.params.id);
	const user = await findUserById(db(), id);
	if (!user) error(404, t('error_not_found'));
	const history = await auditFor(db(), 'user', id);
	return {
		isSelf: admin.id === id,
		confirm: event.url.searchParams.get('confirm') === 'disable',
		person: {
			id,
			nameAr: user.name_ar,
			nameLatin: user.name_latin,
			login: displayLogin(user.login),
			role: user.role,
			locale: user.locale,
			communeId: user.commune_id == null ? '' : String(user.commune_id),
			disabled: Boolean(user.disabled_at),
			activated: user.has_password
		},
		communes: await communeOptions(db(), event.locals.locale),
		history: history.map((h) => ({ id: h.id, action: h.action, at: h.at.toISOString(), actor: h.actor_name, actorAr: h.actor_name_ar, after: h.after }))
	};
};

const act = <T extends object>(event: Parameters<Actions[string]>[0], run: (adminId: number, id: number, data: FormData) => Promise<T>) =>
	idAction(event, ['admin'], (admin, id, data) => run(admin.id, id, data));

export const actions: Actions = {
	update: (event) =>
		act(event, async (adminId, id, data) => {
			await updateUser(db(), { id: adminId }, id, {
				login: field(data, 'login'),
				nameAr: field(data, 'nameAr'),
				nameLatin: field(data, 'nameLatin'),
				locale: field(data, 'locale') as 'ar',
				communeId: field(data, 'communeId')
			});
			return { done: t('user_saved') };
		}),
	role: (event) =>
		act(event, async (adminId, id, data) => {
			await changeRole(db(), { id: adminId }, id, field(data, 'role'));
			return { done: t('user_role_changed') };
		}),
	disable: (event) =>
		act(event, async (adminId, id) => {
			await setDisabled(db(), { id: adminId }, id, true);
			return { done: t('user_disabled') };
		}),
	enable: (event) =>
		act(event, async (adminId, id) => {
			await setDisabled(db(), { id: adminId }, id, false);
			return { done: t('user_enabled') };
		}),
	reinvite: (event) =>
		act(event, async (adminId, id) => {
			const token = await reinvite(db(), { id: adminId }, id);
			const user = (await findUserById(db(), id))!;
			const name = displayName({ nameAr: user.name_ar, nameLatin: user.name_latin }, user.locale);
			return { invitation: invitationView(event.url.origin, token, name, new Date(), user.login), invitedName: name };
		})
};
