import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { countByStatus, countInterventions, listCommunes, listInterventions } from '$lib/server/council/intervention.repository';
import { filterFromQuery, pageFromQuery } from '$lib/server/council/filters';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 30;

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'trainer', 'admin');
	const q = event.url.searchParams;
	const filter = filterFromQuery(q);
	const page = pageFromQuery(q);
	const [items, total, byStatus, communes] = await Promise.all([
		listInterventions(db(), filter, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
		countInterventions(db(), filter),
		countByStatus(db(), filter),
		listCommunes(db())
	]);
	const ar = event.locals.locale === 'ar';
	const provinces = [...new Map(communes.map((c) => [c.province_fr, ar ? c.province_ar : c.province_fr])).entries()].map(([value, label]) => ({ value, label }));
	return {
		items,
		total,
		byStatus,
		page,
		pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
		provinces,
		communes: communes.map((c) => ({ value: String(c.id), label: ar ? c.name_ar : c.name_fr })),
		query: { status: filter.status ?? '', kind: filter.kind ?? '', commune: filter.communeId ? String(filter.communeId) : '', province: filter.province ?? '', from: filter.from ?? '', to: filter.to ?? '' },
		csv: `/trainer/council/list.csv${event.url.search.replace(/([?&])page=\d+&?/, '$1').replace(/[?&]$/, '')}`
	};
};
