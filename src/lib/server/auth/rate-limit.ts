import { sql } from 'kysely';
import type { Db } from '../db/index';

export interface Limit {
	bucket: string;
	max: number;
	windowMs: number;
}

export const LOGIN_PER_ACCOUNT: Limit = { bucket: 'login:account', max: 5, windowMs: 15 * 60 * 1000 };
export const LOGIN_PER_ADDRESS: Limit = { bucket: 'login:address', max: 20, windowMs: 15 * 60 * 1000 };

/**
 * Sliding-window counters kept in the database, so every app process sees the
 * same counts. Returns the seconds to wait when the limit is reached, else 0.
 */
export async function retryAfter(db: Db, limit: Limit, key: string, now = new Date()): Promise<number> {
	const since = new Date(now.getTime() - limit.windowMs);
	const rows = await db
		.selectFrom('rate_limit_hit')
		.select('at')
		.where('bucket', '=', limit.bucket)
		.where('key', '=', key)
		.where('at', '>', since)
		.orderBy('at', 'desc')
		.limit(limit.max)
		.execute();
	if (rows.length < limit.max) return 0;
	// Free again when the oldest of the last `max` hits leaves the window.
	const oldest = rows[rows.length - 1].at.getTime();
	return Math.max(1, Math.ceil((oldest + limit.windowMs - now.getTime()) / 1000));
}

export async function recordHit(db: Db, limit: Limit, key: string, now = new Date()): Promise<void> {
	await db.insertInto('rate_limit_hit').values({ bucket: limit.bucket, key, at: now }).execute();
	// Keep the table small: forget this key's hits that can no longer count.
	await db
		.deleteFrom('rate_limit_hit')
		.where('bucket', '=', limit.bucket)
		.where('key', '=', key)
		.where('at', '<', sql<Date>`${new Date(now.getTime() - limit.windowMs)}::timestamptz`)
		.execute();
}

export async function clearHits(db: Db, limit: Limit, key: string): Promise<void> {
	await db.deleteFrom('rate_limit_hit').where('bucket', '=', limit.bucket).where('key', '=', key).execute();
}
