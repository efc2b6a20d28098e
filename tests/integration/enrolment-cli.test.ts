import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

// The CLI as people run it: its own process, on PGlite in a temp DATA_DIR or a fresh PostgreSQL database.
let env: NodeJS.ProcessEnv;
let dir: string;
let cleanup = async () => {};

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'amssawas-enrol-cli-'));
	env = { ...process.env, DATA_DIR: join(dir, 'data'), DATABASE_URL: '', ORIGIN: 'https://lms.example.ma', LANG: 'fr_FR.UTF-8', AMSSAWAS_LANG: '' };
	const url = process.env.TEST_DATABASE_URL;
	if (url) {
		const name = `amssawas_ecli_${randomBytes(5).toString('hex')}`;
		const admin = new pg.Client({ connectionString: url });
		await admin.connect();
		await admin.query(`create database ${name} template ${inject('pgTemplate')}`);
		const u = new URL(url);
		u.pathname = `/${name}`;
		env.DATABASE_URL = u.toString();
		cleanup = async () => {
			await admin.query(`drop database if exists ${name} with (force)`);
			await admin.end();
		};
	}
});
afterAll(async () => {
	await cleanup();
	rmSync(dir, { recursive: true, force: true });
});

function cli(...args: string[]) {
	const r = spawnSync('npx', ['tsx', 'src/cli.ts', ...args], { env, encoding: 'utf8', timeout: 60_000 });
	return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('import and enrolment from the command line', () => {
	it('a file with problems prints each with its line, exits non-zero and imports nothing; the corrected file imports once', { timeout: 180_000 }, () => {
		const bad = join(dir, 'bad.csv');
		writeFileSync(bad, 'name_ar;name_latin;login;commune;cohort\r\nفاطمة;Fatima;0662000001;Azilal;Promo CLI\r\nخديجة;Khadija;123;Nowhere;Promo CLI\r\n');
		const r = cli('users:import', bad);
		expect(r.code).toBe(1);
		expect(r.err).toContain(`${bad}:3 [login]: « 123 » n’est ni un e-mail ni un numéro de téléphone marocain.`);
		expect(r.err).toContain(`${bad}:3 [commune]: Commune inconnue « Nowhere ».`);
		expect(JSON.parse(cli('cohorts:list', '--json').out)).toEqual([]);

		const good = join(dir, 'good.csv');
		writeFileSync(good, '\uFEFFname_ar,name_latin,login,commune,cohort\nفاطمة,Fatima,0662000001,Azilal,Promo CLI\nخديجة,Khadija,0662000002,,Promo CLI\n');
		const dry = cli('users:import', good, '--dry-run');
		expect(dry.code).toBe(0);
		expect(dry.out).toContain('would create 2');
		expect(JSON.parse(cli('cohorts:list', '--json').out)).toEqual([]);

		const links = join(dir, 'links.csv');
		const ok = cli('users:import', good, '--invitations', links);
		expect(ok.code).toBe(0);
		const csv = readFileSync(links, 'utf8');
		expect(csv.startsWith('\uFEFFname_ar,name_latin,login,link\r\n')).toBe(true);
		expect(csv).toMatch(/فاطمة,Fatima,06 62 00 00 01,https:\/\/lms\.example\.ma\/invite\/[a-z2-7]{32}/);

		const again = cli('users:import', good, '--json');
		expect(JSON.parse(again.out)).toMatchObject({ ok: true, created: [], existing: 2 });
		expect(JSON.parse(cli('cohorts:list', '--json').out)).toMatchObject([{ name: 'Promo CLI', members: 2 }]);
	});

	it('enrol names a cohort and a module; modules:list --json lists modules; wrong names fail', { timeout: 60_000 }, () => {
		expect(JSON.parse(cli('modules:list', '--json').out)).toEqual([]);
		const r = cli('enrol', '--cohort', 'Promo CLI', '--module', 'leadership');
		expect(r.code).toBe(1);
		expect(r.err).toContain('no module with slug "leadership"');
		expect(cli('enrol', '--module', 'x').code).toBe(2);
	});
});
