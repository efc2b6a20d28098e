import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, field, formValues } from '$lib/server/http';
import { pageWithCounts } from '$lib/server/council/intervention.repository';
import { returnIntervention, verifyIntervention } from '$lib/server/council/intervention.service';
import { pageFromQuery } from '$lib/server/council/filters';
import type { Actions, PageServerLoad } from './$types';

const PAGE_SIZE = 20;

/** The verification queue: submitted interventions, the longest waiting first. */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'trainer', 'admin');
	const page = pageFromQuery(event.url.searchParams);
	const { items, total } = await pageWithCounts(db(), { status: 'submitted' }, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, 'oldest_update');
	const done = event.url.searchParams.get('done');
	return { items, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), done: done === 'verified' || done === 'returned' ? done : null };
};

const idOf = (data: FormData) => {
	const n = Number(field(data, 'id'));
	return Number.isSafeInteger(n) && n > 0 ? n : 0;
};

export const actions: Actions = {
	verify: async (event) => {
		const actor = requireRole(event, 'trainer', 'admin');
		const data = await event.request.formData();
		try {
			await verifyIntervention(db(), actor, idOf(data));
		} catch (e) {
			return failWith(e, formValues(data));
		}
		return { done: 'verified' as const };
	},
	return: async (event) => {
		const actor = requireRole(event, 'trainer', 'admin');
		const data = await event.request.formData();
		try {
			await returnIntervention(db(), actor, idOf(data), field(data, 'reason'));
		} catch (e) {
			return failWith(e, formValues(data));
		}
		return { done: 'returned' as const };
	}
};
