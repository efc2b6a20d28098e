import { json } from '@sveltejs/kit';
import { sql } from 'kysely';
import { db } from '$lib/server/db/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	try {
		await sql`select 1`.execute(db());
		return json({ status: 'ok', db: 'ok' }, { headers: { 'cache-control': 'no-store' } });
	} catch (e) {
		return json(
			{ status: 'error', db: 'unavailable', reason: e instanceof Error ? e.message : String(e) },
			{ status: 503, headers: { 'cache-control': 'no-store' } }
		);
	}
};
