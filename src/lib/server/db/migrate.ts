import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Db } from './index';

export type MigrationModules = Record<string, Migration>;

/** Migrations keyed by file name (without extension), from any loader. */
export function providerFrom(modules: MigrationModules): MigrationProvider {
	return { getMigrations: async () => modules };
}

export async function migrateToLatest(db: Db, modules: MigrationModules): Promise<MigrationResultSet> {
	const migrator = new Migrator({ db, provider: providerFrom(modules) });
	const result = await migrator.migrateToLatest();
	if (result.error) {
		const failed = result.results?.find((r) => r.status === 'Error');
		const err = result.error instanceof Error ? result.error : new Error(String(result.error));
		err.message = `migration ${failed?.migrationName ?? '?'} failed: ${err.message}`;
		throw err;
	}
	return result;
}
