import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

type Db = Kysely<Database>;

const KEY = /^[A-Za-z0-9_-]{16,64}$/;

/** A well-formed key, or null (a missing or malformed key is simply not checked). */
export function idemKey(value: unknown): string | null {
	return typeof value === 'string' && KEY.test(value) ? value : null;
}

/** A fresh key for a form render. */
export function newIdemKey(): string {
	return crypto.randomUUID().replaceAll('-', '');
}

/**
 * Claims the key for this user and route: true the first time, false when it was
 * already used (by anyone: keys are random, so another user's key is a forgery).
 * One statement, so two replays racing on two app processes cannot both win.
 */
export async function claimKey(db: Db, userId: number, route: string, key: string): Promise<boolean> {
	const row = await db
		.insertInto('idempotency_key')
		.values({ key, user_id: userId, route })
		.onConflict((oc) => oc.column('key').doNothing())
		.returning('key')
		.executeTakeFirst();
	return row !== undefined;
}

/** Gives the key back when the action it guarded failed, so a later replay may try again. */
export async function releaseKey(db: Db, userId: number, key: string): Promise<void> {
	await db.deleteFrom('idempotency_key').where('key', '=', key).where('user_id', '=', userId).execute();
}

/**
 * Runs `act` once per key: a replayed key is acknowledged without doing it again
 * ('replayed'); without a key it simply runs. When `act` throws, the key is released.
 */
export async function once<T>(db: Db, userId: number, route: string, key: string | null, act: () => Promise<T>): Promise<{ replayed: true } | { replayed: false; value: T }> {
	if (key === null) return { replayed: false, value: await act() };
	if (!(await claimKey(db, userId, route, key))) return { replayed: true };
	try {
		return { replayed: false, value: await act() };
	} catch (e) {
		await releaseKey(db, userId, key);
		throw e;
	}
}
