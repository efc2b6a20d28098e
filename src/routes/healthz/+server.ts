import { json } from '@sveltejs/kit';
import { ping } from '$lib/server/db/index';
import { db } from '$lib/server/db/runtime';
import { unavailableReason } from '$lib/server/web/unavailable';
import type { RequestHandler } from './$types';

/** 200 while the database answers; 503 with the reason while it cannot be reached (no restart needed after). */
export const GET: RequestHandler = async () => {
	try {
		await ping(db());
		return json({ status: 'ok', db: 'ok' }, { headers: { 'cache-control': 'no-store' } });
	} catch (e) {
		return json(
			{ status: 'error', db: 'unavailable', reason: unavailableReason(e) },
			{ status: 503, headers: { 'cache-control': 'no-store', 'retry-after': '5' } }
		);
	}
};
