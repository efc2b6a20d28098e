import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDb } from '../../src/lib/server/db/index';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import { loadMigrations } from '../../src/lib/server/db/migrations.fs';

declare module 'vitest' {
	export interface ProvidedContext {
		pgTemplate: string;
		pgliteSnapshot: string;
	}
}

/**
 * Migrate once, then let every test file start from a copy:
 * PostgreSQL: CREATE DATABASE … TEMPLATE; PGlite: a dumped data directory.
 */
export default async function setup(project: TestProject) {
	const migrations = await loadMigrations();
	const url = process.env.TEST_DATABASE_URL;
	if (url) {
		const template = `amssawas_tpl_${process.pid}`;
		const admin = new pg.Client({ connectionString: url });
		await admin.connect();
		await admin.query(`drop database if exists ${template}`);
		await admin.query(`create database ${template}`);
		const u = new URL(url);
		u.pathname = `/${template}`;
		const handle = await createDb({ databaseUrl: u.toString() });
		await migrateToLatest(handle.db, migrations);
		await handle.close();
		project.provide('pgTemplate', template);
		project.provide('pgliteSnapshot', '');
		return async () => {
			await admin.query(`drop database if exists ${template} with (force)`);
			await admin.end();
		};
	}
	const handle = await createDb({});
	await migrateToLatest(handle.db, migrations);
	const dir = mkdtempSync(join(tmpdir(), 'amssawas-test-'));
	const file = join(dir, 'snapshot.tar.gz');
	writeFileSync(file, Buffer.from(await (await handle.dumpDataDir!()).arrayBuffer()));
	await handle.close();
	project.provide('pgTemplate', '');
	project.provide('pgliteSnapshot', file);
	return () => rmSync(dir, { recursive: true, force: true });
}
