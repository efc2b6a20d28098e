import { configFromEnv, createDb, type Db, type DbHandle } from './index';
import { acquireLock } from './lock';
import { migrateToLatest } from './migrate';
import { migrations } from './migrations.vite';
import { databaseUnavailable } from '../web/unavailable';

let started: Promise<DbHandle> | undefined;
let current: DbHandle | undefined;
let releaseLock: (() => void) | undefined;

/** Open (and migrate) the app's database once per process. */
export function startDb(): Promise<DbHandle> {
	started ??= (async () => {
		const config = { ...configFromEnv(), unavailable: databaseUnavailable };
		if (!config.databaseUrl) releaseLock = acquireLock(`${config.dataDir}.lock`);
		try {
			const handle = await createDb(config);
			await migrateToLatest(handle.db, migrations);
			current = handle;
			return handle;
		} catch (e) {
			releaseLock?.();
			throw e;
		}
	})();
	return started;
}

export function db(): Db {
	if (!current) throw new Error('database not started');
	return current.db;
}

export async function stopDb(): Promise<void> {
	const h = current;
	current = undefined;
	started = undefined;
	try {
		await h?.close();
	} finally {
		releaseLock?.();
		releaseLock = undefined;
	}
}
