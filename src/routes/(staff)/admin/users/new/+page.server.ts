import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, field, formValues } from '$lib/server/http';
import { communeOptions, invitationView } from '$lib/server/web/users-view';
import { createUser } from '$lib/server/users/users.service';
import { displayName } from '$lib/names';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	return { communes: await communeOptions(db(), event.locals.locale) };
};

export const actions: Actions = {
	default: async (event) => {
		const admin = requireRole(event, 'admin');
		const data = await event.request.formData();
		const values = formValues(data);
		try {
			const input = {
				login: field(data, 'login'),
				nameAr: field(data, 'nameAr'),
				nameLatin: field(data, 'nameLatin'),
				role: field(data, 'role') as 'learner',
				locale: field(data, 'locale') as 'ar',
				communeId: field(data, 'communeId'),
				password: field(data, 'password')
			};
			const created = await createUser(db(), { id: admin.id }, input);
			const name = displayName({ nameAr: values.nameAr, nameLatin: values.nameLatin }, input.locale);
			return {
				created: {
					id: created.id,
					name,
					invitation: created.invitationToken ? invitationView(event.url.origin, created.invitationToken, name, new Date(), input.login) : null
				}
			};
		} catch (e) {
			return failWith(e, values);
		}
	}
};
