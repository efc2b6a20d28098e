import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Migration } from 'kysely';
import type { MigrationModules } from './migrate';

/** For the CLI under tsx, which imports .ts files directly. */
export async function loadMigrations(dir = resolve('migrations')): Promise<MigrationModules> {
	const names = (await readdir(dir)).filter((f) => f.endsWith('.ts')).sort();
	const entries = await Promise.all(
		names.map(async (f) => [f.replace(/\.ts$/, ''), (await import(pathToFileURL(join(dir, f)).href)) as Migration] as const)
	);
	return Object.fromEntries(entries);
}
