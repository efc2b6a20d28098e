import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { pageWithCounts } from '$lib/server/council/intervention.repository';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 20;

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'learner');
	const page = Math.max(1, Math.floor(Number(event.url.searchParams.get('page')) || 1));
	const { items, total, verified } = await pageWithCounts(db(), { learnerId: user.id }, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
	const done = event.url.searchParams.get('done');
	return { items, total, verified, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), done: done === 'sent' || done === 'saved' || done === 'deleted' ? done : null };
};
