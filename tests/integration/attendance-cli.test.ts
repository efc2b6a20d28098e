import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEnvironment } from './cli-env';
import { demoLearner, DEMO_LEARNER_COUNT } from '../../src/lib/server/demo/people';

const { state, cli } = cliEnvironment('attendance-cli');

describe('sessions and sign-in sheets from the command line', () => {
	it('sessions:list --json lists the demo sessions, by module; attendance:sheet writes a PDF with every enrolled name', { timeout: 240_000 }, () => {
		expect(cli('demo:seed').code).toBe(0);
		const all = JSON.parse(cli('sessions:list', '--json').out) as { id: number; module: string; title: string; mode: string; cancelled: boolean; startsAt: string }[];
		expect(new Set(all.map((s) => s.module))).toEqual(new Set(['leadership', 'negotiation', 'gender-budgeting', 'participatory-planning']));
		expect(new Set(all.map((s) => s.mode))).toEqual(new Set(['in_person', 'remote', 'hybrid']));
		expect(all.map((s) => s.startsAt)).toEqual([...all.map((s) => s.startsAt)].sort());
		const planning = JSON.parse(cli('sessions:list', '--module', 'participatory-planning', '--json').out) as typeof all;
		expect(planning.length).toBeGreaterThan(0);
		expect(planning.every((s) => s.module === 'participatory-planning')).toBe(true);

		const unknown = cli('sessions:list', '--module', 'nope', '--json');
		expect(unknown.code).toBe(1);
		expect(unknown.err).toContain('Module introuvable : nope.');

		const out = join(state.dir, 'sheet.pdf');
		const r = cli('attendance:sheet', String(planning[0].id), '--out', out);
		expect(r.code).toBe(0);
		expect(r.out).toContain('(40 participantes)');
		const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
		expect(text).toContain('Feuille d’émargement');
		for (let n = 1; n <= DEMO_LEARNER_COUNT; n++) expect(text).toContain(demoLearner(n).nameLatin);
		expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Pages:\s+3/);

		const missing = cli('attendance:sheet', '99999', '--out', join(state.dir, 'none.pdf'));
		expect(missing.code).toBe(1);
		expect(missing.err).toContain('Séance introuvable : 99999.');
		expect(existsSync(join(state.dir, 'none.pdf'))).toBe(false);
		expect(cli('attendance:sheet', '--out', out).code).toBe(2);
	});
});
