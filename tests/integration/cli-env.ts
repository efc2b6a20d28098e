import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';

/** Longest one CLI call may take before it is killed (see `run` below). */
const CLI_CALL_LIMIT = 120_000;

/**
 * Per-test timeout for a test that makes `calls` CLI calls: each spawns a Node process that
 * compiles the TypeScript sources (~1.5 s CPU, far more wall time when the suite runs on 2
 * busy cores), so the default 30 s is too short for anything but the cheapest tests.
 */
export function cliTimeout(calls: number): number {
	return 60_000 + calls * 20_000;
}

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
		// `node --import tsx` runs the CLI the way `npx tsx` does, but in one process instead of
		// three (npx, the tsx wrapper, then node): about half the CPU per call, which matters when
		// a test makes a dozen calls while the rest of the suite competes for 2 cores in CI.
		// The limit is generous for the same reason: one call takes ~1.5 s CPU, but several
		// seconds of wall time under load; a run that is killed says so instead of failing later.
		const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env, encoding: 'utf8', timeout: CLI_CALL_LIMIT });
		const err = r.error ? `${r.stderr ?? ''}\n[cli-env] ${args.join(' ')}: ${r.error.message}` : r.stderr;
		return { code: r.status, out: r.stdout, err };
	};
	return {
		state,
		cli: (...args: string[]) => run(state.env, args),
		cliWith: (env: NodeJS.ProcessEnv, ...args: string[]) => run(env, args)
	};
}
