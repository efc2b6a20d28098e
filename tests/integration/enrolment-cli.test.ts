import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEnvironment } from './cli-env';

const { state, cli } = cliEnvironment('enrol-cli');

describe('import and enrolment from the command line', () => {
	it('a file with problems prints each with its line, exits non-zero and imports nothing; the corrected file imports once', { timeout: 180_000 }, () => {
		const bad = join(state.dir, 'bad.csv');
		writeFileSync(bad, 'name_ar;name_latin;login;commune;cohort\r\nفاطمة;Fatima;0662000001;Azilal;Promo CLI\r\nخديجة;Khadija;123;Nowhere;Promo CLI\r\n');
		const r = cli('users:import', bad);
		expect(r.code).toBe(1);
		expect(r.err).toContain(`${bad}:3 [login]: « 123 » n’est ni un e-mail ni un numéro de téléphone marocain.`);
		expect(r.err).toContain(`${bad}:3 [commune]: Commune inconnue « Nowhere ».`);
		expect(JSON.parse(cli('cohorts:list', '--json').out)).toEqual([]);
		const missing = cli('users:import', join(state.dir, 'missing.csv'));
		expect(missing.code).toBe(1);
		expect(missing.err).toContain('missing.csv: ENOENT');

		const good = join(state.dir, 'good.csv');
		writeFileSync(good, '\uFEFFname_ar,name_latin,login,commune,cohort\nفاطمة,Fatima,0662000001,Azilal,Promo CLI\nخديجة,Khadija,0662000002,,Promo CLI\n');
		const dry = cli('users:import', good, '--dry-run');
		expect(dry.code).toBe(0);
		expect(dry.out).toContain('would create 2');
		expect(JSON.parse(cli('cohorts:list', '--json').out)).toEqual([]);

		const links = join(state.dir, 'links.csv');
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
