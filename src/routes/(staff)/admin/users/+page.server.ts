import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { displayLogin } from '$lib/server/users/login-id';
import { listUsers } from '$lib/server/users/users.repository';
import { ROLES } from '$lib/server/users/users.service';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 25;

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const sp = event.url.searchParams;
	const q = (sp.get('q') ?? '').trim().slice(0, 100);
	const role = ROLES.find((r) => r === sp.get('role'));
	const status = sp.get('status') === 'active' || sp.get('status') === 'disabled' ? (sp.get('status') as 'active' | 'disabled') : undefined;
	const requested = Math.max(1, Math.floor(Number(sp.get('page')) || 1));
	const { total, items } = await listUsers(db(), { q, role, status, page: requested, pageSize: PAGE_SIZE });
	return {
		filters: { q, role: role ?? '', status: status ?? '' },
		total,
		page: requested,
		pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
		users: items.map((u) => ({
			id: u.id,
			nameAr: u.name_ar,
			nameLatin: u.name_latin,
			login: displayLogin(u.login),
			role: u.role,
			communeAr: u.commune_ar,
			communeFr: u.commune_fr,
			disabled: Boolean(u.disabled_at),
			activated: u.has_password
		}))
	};
};
