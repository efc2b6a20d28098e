import type { Migration } from 'kysely';
import type { MigrationModules } from './migrate';

// Vite (app build and Vitest) cannot import .ts migrations through the file
// system at run time; bundle them instead.
const files = import.meta.glob<Migration>('/migrations/*.ts', { eager: true });

export const migrations: MigrationModules = Object.fromEntries(
	Object.entries(files).map(([path, mod]) => [path.replace(/^.*\//, '').replace(/\.ts$/, ''), mod])
);
