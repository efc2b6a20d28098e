import { requireRole, staffScope } from '$lib/server/web/guards';
import { staffModules } from '$lib/server/content/staff';
import { db } from '$lib/server/db/runtime';
import { pick } from '$lib/localized';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'trainer', 'admin');
	const rows = await staffModules(db(), await staffScope(db(), user));
	return {
		modules: rows.map((r) => ({ id: r.id, slug: r.slug, title: pick(r.title, event.locals.locale), status: r.status, changed: r.has_unpublished_changes, lessons: Number(r.lessons), hours: Number(r.hours) }))
	};
};
