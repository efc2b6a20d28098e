import type pg from 'pg';

/** The database cannot be reached (server down, restarting, or our connection was ended). */
export class DatabaseUnavailable extends Error {
	constructor(readonly cause: unknown) {
		super(`database unavailable: ${cause instanceof Error ? cause.message : String(cause)}`);
	}
}

// admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections; class 08 is "connection exception".
const LOST_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
const NET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const LOST_MESSAGES = /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable/i;

/** Whether a failure comes from the connection (worth a 503 and a retry) rather than from the statement. */
export function isConnectionError(e: unknown): boolean {
	if (e instanceof DatabaseUnavailable) return true;
	if (!(e instanceof Error)) return false;
	const code = (e as { code?: unknown }).code;
	if (typeof code === 'string' && (LOST_STATES.has(code) || code.startsWith('08') || NET_CODES.has(code))) return true;
	return LOST_MESSAGES.test(e.message);
}

type Query = (...args: unknown[]) => unknown;
const lost = new WeakSet<object>();

/**
 * Makes one pooled client safe to lose: an `error` event (PostgreSQL ended the
 * connection while a request held it) is logged instead of killing the
 * process, and a statement that fails because the connection died rejects
 * with `unavailable(e)`. The pool drops such a client when it is released.
 */
export function guardClient(client: pg.PoolClient, unavailable: (e: Error) => unknown): void {
	client.on('error', (e) => {
		lost.add(client);
		console.error(`postgres connection lost: ${e.message}`);
	});
	const query = client.query.bind(client) as Query;
	(client as unknown as { query: Query }).query = (...args: unknown[]) => {
		const result = query(...args);
		if (result instanceof Promise) {
			return result.catch((e: unknown) => {
				if (!isConnectionError(e)) throw e;
				lost.add(client);
				throw unavailable(e as Error);
			});
		}
		return result;
	};
}

/**
 * What Kysely's PostgresDialect asks of a pool, over a pg Pool: a connection
 * that cannot be opened rejects with `unavailable(e)`, and a client whose
 * connection died goes back with an error, so the pool discards it and the
 * next request gets a fresh one.
 */
export function guardedPool(pool: pg.Pool, unavailable: (e: Error) => unknown) {
	return {
		async connect(): Promise<pg.PoolClient> {
			let client: pg.PoolClient;
			try {
				client = await pool.connect();
			} catch (e) {
				// Whatever the reason (refused, timed out, the database not accepting connections), no connection: unavailable.
				throw unavailable(e instanceof Error ? e : new Error(String(e)));
			}
			const release = client.release;
			client.release = (err?: Error | boolean) => release(err || (lost.has(client) ? new Error('connection lost') : undefined));
			return client;
		},
		end: () => pool.end()
	};
}
