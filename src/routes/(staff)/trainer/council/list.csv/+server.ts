import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { filterFromQuery } from '$lib/server/council/filters';
import { interventionsCsv } from '$lib/server/council/exports';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'trainer', 'admin');
	const stamp = new Date().toISOString().slice(0, 10);
	return new Response(await interventionsCsv(db(), filterFromQuery(event.url.searchParams)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="interventions-${stamp}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
