import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';

export type CliResult = { code: number | null; out: string; err: string };

/**
 * The CLI as people run it: its own process, on PGlite in a temp DATA_DIR, or
 * on a fresh PostgreSQL database when TEST_DATABASE_URL is set. Registers the
 * set-up and clean-up hooks of the calling test file.
 */
export function cliEnvironment(prefix: string) {
	const state = { env: {} as NodeJS.ProcessEnv, dir: '' };
	let cleanup = async () => {};
	beforeAll(async () => {
		state.dir = mkdtempSync(join(tmpdir(), `amssawas-${prefix}-`));
		state.env = { ...process.env, DATA_DIR: join(state.dir, 'data'), DATABASE_URL: '', ORIGIN: 'https://lms.example.ma', LANG: 'fr_FR.UTF-8', AMSSAWAS_LANG: '' };
		const url = process.env.TEST_DATABASE_URL;
		if (url) {
			const name = `amssawas_${prefix.replace(/\W/g, '_')}_${randomBytes(5).toString('hex')}`;
			const admin = new pg.Client({ connectionString: url });
			await admin.connect();
			await admin.query(`create database ${name} template ${inject('pgTemplate')}`);
			const u = new URL(url);
			u.pathname = `/${name}`;
			state.env.DATABASE_URL = u.toString();
			cleanup = async () => {
				await admin.query(`drop database if exists ${name} with (force)`);
				await admin.end();
			};
		}
	});
	afterAll(async () => {
		await cleanup();
		rmSync(state.dir, { recursive: true, force: true });
	});
	const run = (env: NodeJS.ProcessEnv, args: string[]): CliResult => {
		const r = spawnSync('npx', ['tsx', 'src/cli.ts', ...args], { env, encoding: 'utf8', timeout: 60_000 });
		return { code: r.status, out: r.stdout, err: r.stderr };
	};
	return {
		state,
		cli: (...args: string[]) => run(state.env, args),
		cliWith: (env: NodeJS.ProcessEnv, ...args: string[]) => run(env, args)
	};
}
