import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createDb, type DbHandle } from '../../src/lib/server/db/index';

/** A fresh, migrated database for one test file: PostgreSQL when TEST_DATABASE_URL is set, else PGlite. */
export async function freshDb(): Promise<DbHandle> {
	const url = process.env.TEST_DATABASE_URL;
	const template = inject('pgTemplate');
	if (url && template) {
		const name = `amssawas_t_${randomBytes(6).toString('hex')}`;
		const admin = new pg.Client({ connectionString: url });
		await admin.connect();
		await admin.query(`create database ${name} template ${template}`);
		const u = new URL(url);
		u.pathname = `/${name}`;
		const handle = await createDb({ databaseUrl: u.toString() });
		return {
			...handle,
			close: async () => {
				await handle.close();
				await admin.query(`drop database if exists ${name} with (force)`);
				await admin.end();
			}
		};
	}
	const snapshot = new Blob([readFileSync(inject('pgliteSnapshot'))]);
	return createDb({ loadDataDir: snapshot });
}
