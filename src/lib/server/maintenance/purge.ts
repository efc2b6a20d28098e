/**
 * Housekeeping of rows that only matter for a while: login rate-limit counters whose
 * window has long closed, and offline-replay idempotency keys older than any outbox
 * could still hold. Without it both tables grow with every login and every replayed post.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

type Db = Kysely<Database>;

/** A counter's window is at most 15 minutes (auth/rate-limit.ts); a day is far past any window. */
export const RATE_LIMIT_KEEP_MS = 24 * 60 * 60 * 1000;
/** A phone's outbox is replayed within days; a key older than 60 days cannot come back. */
export const IDEMPOTENCY_KEEP_MS = 60 * 24 * 60 * 60 * 1000;
/** How often a running app purges. */
export const PURGE_EVERY_MS = 60 * 60 * 1000;

export interface PurgeResult {
	rateLimitCounters: number;
	idempotencyKeys: number;
}

export async function purgeStale(db: Db, now = new Date()): Promise<PurgeResult> {
	const counters = await db
		.deleteFrom('rate_limit_counter')
		.where('window_start', '<', new Date(now.getTime() - RATE_LIMIT_KEEP_MS))
		.executeTakeFirst();
	const keys = await db
		.deleteFrom('idempotency_key')
		.where('created_at', '<', new Date(now.getTime() - IDEMPOTENCY_KEEP_MS))
		.executeTakeFirst();
	return { rateLimitCounters: Number(counters.numDeletedRows), idempotencyKeys: Number(keys.numDeletedRows) };
}

/**
 * Purges now and then every hour, in the background (the timer never keeps Node alive).
 * Every app process runs it; the deletes are idempotent, so several processes are harmless.
 * Returns a function that stops the timer.
 */
export function startPurgeTimer(db: () => Db, every = PURGE_EVERY_MS): () => void {
	const run = () => {
		purgeStale(db()).catch((e) => console.error('purge of stale rows failed:', e instanceof Error ? e.message : e));
	};
	const first = setTimeout(run, 5_000);
	first.unref();
	const timer = setInterval(run, every);
	timer.unref();
	return () => {
		clearTimeout(first);
		clearInterval(timer);
	};
}
