import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { learnerCoachingExport } from '$lib/server/coaching/plan.service';
import type { RequestHandler } from './$types';

/** All the coaching data about her that she may see (never the coach's private notes). */
export const GET: RequestHandler = async (event) => {
	const user = requireRole(event, 'learner');
	const body = JSON.stringify(await learnerCoachingExport(db(), user.id), null, 2);
	return new Response(body, {
		headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': 'attachment; filename="my-coaching.json"', 'cache-control': 'no-store' }
	});
};
