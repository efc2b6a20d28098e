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
 * Counts one attempt before the secret is compared (DESIGN.md convention 12), in
 * one atomic upsert, so a concurrent burst cannot read the same count: each
 * attempt gets its own number. A window opens at the first attempt counted and
 * lasts `windowMs`; refused attempts do not lengthen it. Counters live in the
 * database, so every app process shares them.
 *
 * Returns 0 when the attempt may go on, else the seconds to wait (the caller
 * refuses without checking the secret).
 */
export async function reserveAttempt(db: Db, limit: Limit, key: string, now = new Date()): Promise<number> {
	const since = new Date(now.getTime() - limit.windowMs);
	const stale = sql<boolean>`rate_limit_counter.window_start <= ${since}::timestamptz`;
	const row = await db
		.insertInto('rate_limit_counter')
		.values({ bucket: limit.bucket, key, window_start: now, n: 1 })
		.onConflict((oc) =>
			oc.columns(['bucket', 'key']).doUpdateSet({
				n: sql<number>`case when ${stale} then 1 else rate_limit_counter.n + 1 end`,
				window_start: sql<Date>`case when ${stale} then excluded.window_start else rate_limit_counter.window_start end`
			})
		)
		.returning(['n', 'window_start'])
		.executeTakeFirstOrThrow();
	if (row.n <= limit.max) return 0;
	return Math.max(1, Math.ceil((new Date(row.window_start).getTime() + limit.windowMs - now.getTime()) / 1000));
}

/** Gives back one counted attempt that turned out not to be a failed guess (a success, a malformed entry). */
export async function releaseAttempt(db: Db, limit: Limit, key: string): Promise<void> {
	await db
		.updateTable('rate_limit_counter')
		.set({ n: sql<number>`greatest(n - 1, 0)` })
		.where('bucket', '=', limit.bucket)
		.where('key', '=', key)
		.execute();
}

/** Forgets every counted attempt of the key (e.g. after the right password). */
export async function clearAttempts(db: Db, limit: Limit, key: string): Promise<void> {
	await db.deleteFrom('rate_limit_counter').where('bucket', '=', limit.bucket).where('key', '=', key).execute();
}
