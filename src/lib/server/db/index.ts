import { Kysely, PostgresDialect, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import type { Database } from './schema';
import { prepareStatements } from './prepared';
import { DatabaseUnavailable, guardClient, guardedPool } from './unavailable';

export type Db = Kysely<Database>;

/** One round trip: throws while the database cannot be reached. */
export async function ping(db: Db): Promise<void> {
	await sql`select 1`.execute(db);
}

export interface DbHandle {
	db: Db;
	kind: 'pglite' | 'postgres';
	close(): Promise<void>;
	/** PGlite only: the raw client (tests dump it as a snapshot). */
	dumpDataDir?: () => Promise<Blob>;
}

export interface DbConfig {
	databaseUrl?: string;
	dataDir?: string;
	/** PGlite only: start from a dumped data directory (tests). */
	loadDataDir?: Blob;
	/** PostgreSQL only: what a statement throws when its connection is lost (default DatabaseUnavailable). */
	unavailable?: (e: Error) => unknown;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): DbConfig {
	return { databaseUrl: env.DATABASE_URL || undefined, dataDir: pgliteDir(env) };
}

export function pgliteDir(env: NodeJS.ProcessEnv = process.env): string {
	return `${(env.DATA_DIR || './data').replace(/\/$/, '')}/pglite`;
}

export async function createDb(config: DbConfig): Promise<DbHandle> {
	if (config.databaseUrl) {
		const pg = await import('pg');
		const { Pool, types } = pg.default;
		// Same value types on both databases: int8 and numeric as JS numbers.
		types.setTypeParser(20, (v: string) => Number(v));
		types.setTypeParser(1700, (v: string) => Number(v));
		const pool = new Pool({
			connectionString: config.databaseUrl,
			max: Number(process.env.PG_POOL_MAX || 10),
			// While the server is unreachable, fail the request quickly instead of queueing it.
			connectionTimeoutMillis: Number(process.env.PG_CONNECT_TIMEOUT_MS || 5000)
		});
		const unavailable = config.unavailable ?? ((e: Error) => new DatabaseUnavailable(e));
		// An idle client losing its connection must not crash the process; the pool replaces it.
		pool.on('error', (e) => console.error(`postgres pool: ${e.message}`));
		pool.on('connect', (client) => {
			prepareStatements(client);
			guardClient(client, unavailable);
		});
		const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: guardedPool(pool, unavailable) }) });
		return { db, kind: 'postgres', close: () => db.destroy() };
	}
	const { PGlite } = await import('@electric-sql/pglite');
	// Trigram indexes for the admin's user search (migration 2026-12-07T240).
	const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
	const dir = config.loadDataDir ? undefined : config.dataDir;
	if (dir) {
		const { mkdirSync } = await import('node:fs');
		mkdirSync(dir, { recursive: true });
	}
	const client = new PGlite({
		dataDir: dir,
		loadDataDir: config.loadDataDir,
		parsers: { 1700: (v: string) => Number(v) },
		extensions: { pg_trgm }
	});
	await client.waitReady;
	const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
	return {
		db,
		kind: 'pglite',
		close: () => db.destroy(),
		dumpDataDir: async () => {
			// Flush everything to the data files first, or the dump misses recent writes.
			await client.exec('CHECKPOINT');
			return (await client.dumpDataDir('gzip')) as Blob;
		}
	};
}
