import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEnvironment } from './cli-env';

const { state, cli } = cliEnvironment('council-cli');

type Row = { learner: string; commune: string; sittingDate: string; sittingType: string; kind: string; outcome: string; status: string; gender: boolean };

describe('council participation from the command line, on the demo data', () => {
	it('lists interventions, memos and communes engaged; imports a CSV all or nothing', { timeout: 300_000 }, () => {
		expect(cli('demo:seed').code).toBe(0);
		const all = JSON.parse(cli('interventions:list', '--json').out) as Row[];
		expect(all).toHaveLength(26);
		expect(new Set(all.map((r) => r.learner)).size).toBe(14);
		const by = (s: string) => all.filter((r) => r.status === s).length;
		expect([by('draft'), by('returned'), by('submitted'), by('verified')]).toEqual([2, 1, 4, 19]);
		expect(new Set(all.map((r) => r.sittingType))).toContain('extraordinary');
		expect(new Set(all.map((r) => r.sittingType))).toContain('ordinary');
		expect(new Set(all.map((r) => r.kind)).size).toBeGreaterThanOrEqual(4);
		const today = new Date().toISOString().slice(0, 10);
		expect(all.every((r) => r.sittingDate >= '2025-10-01' && r.sittingDate <= '2026-06-30' && r.sittingDate <= today)).toBe(true);
		expect(Object.keys(all[0]).sort()).toEqual(['commune', 'gender', 'kind', 'learner', 'outcome', 'sittingDate', 'sittingType', 'status']);
		const first = all.filter((r) => r.learner === '+212600000001');
		expect(first.map((r) => r.status).sort()).toEqual(['draft', 'verified']);

		const commune = first[0].commune;
		const ofCommune = JSON.parse(cli('interventions:list', '--commune', commune.toUpperCase(), '--status', 'verified', '--json').out) as Row[];
		expect(ofCommune.length).toBeGreaterThan(0);
		expect(ofCommune.every((r) => r.commune === commune && r.status === 'verified')).toBe(true);
		expect(cli('interventions:list', '--status', 'done').code).toBe(2);
		expect(cli('interventions:list', '--commune', 'Atlantis').code).toBe(1);

		const memos = JSON.parse(cli('memos:list', '--json').out) as { title: string; communes: string[]; status: string; submittedOn: string | null; examinedOn: string | null; examinedBy: string | null; outcome: string }[];
		expect(memos).toHaveLength(8);
		expect(new Set(memos.map((m) => m.status))).toEqual(new Set(['drafted', 'submitted', 'registered', 'examined']));
		expect(memos.filter((m) => m.examinedOn && m.examinedBy)).toHaveLength(5);
		expect(Object.keys(memos[0]).sort()).toEqual(['communes', 'examinedBy', 'examinedOn', 'outcome', 'status', 'submittedOn', 'title']);

		const communes = JSON.parse(cli('communes:engagement', '--json').out) as { commune: string; province: string; status: string | null; activities: number; engaged: boolean }[];
		expect(communes).toHaveLength(20);
		expect(communes.filter((c) => c.engaged)).toHaveLength(17);
		expect(Object.keys(communes[0]).sort()).toEqual(['activities', 'commune', 'engaged', 'province', 'status']);

		// Import: French and Arabic labels, any column order and case; a bad file imports nothing and names line and column.
		const good = join(state.dir, 'good.csv');
		writeFileSync(
			good,
			[
				'Outcome;KIND;login;commune;sitting_date;sitting_type;summary',
				`adopted;question;0600000001;${commune};2026-02-03;ordinary;Question sur le budget`,
				`رُفضت;تعديل;0600000001;${commune};2026-02-03;دورة استثنائية;تعديل على الميزانية`
			].join('\n')
		);
		const bad = join(state.dir, 'bad.csv');
		writeFileSync(
			bad,
			[
				'login,commune,sitting_date,sitting_type,kind,summary,outcome',
				`0600000001,${commune},2026-02-03,ordinary,question,Fine,adopted`,
				`0600000099,${commune},2999-01-01,ordinary,speech,Fine,adopted`,
				`0600000001,Atlantis,2026-02-03,weekly,question,,adopted`
			].join('\n')
		);
		const rejected = cli('interventions:import', bad);
		expect(rejected.code).toBe(1);
		expect(rejected.err).toContain('bad.csv:3 [login]');
		expect(rejected.err).toContain('bad.csv:3 [sitting_date]');
		expect(rejected.err).toContain('bad.csv:3 [kind]');
		expect(rejected.err).toContain('bad.csv:4 [commune]');
		expect(rejected.err).toContain('bad.csv:4 [sitting_type]');
		expect(rejected.err).toContain('bad.csv:4 [summary]');
		expect(JSON.parse(cli('interventions:list', '--json').out)).toHaveLength(26);

		const dry = cli('interventions:import', good, '--dry-run');
		expect(dry.code).toBe(0);
		expect(JSON.parse(cli('interventions:list', '--json').out)).toHaveLength(26);
		const done = cli('interventions:import', good);
		expect(done.code).toBe(0);
		const after = JSON.parse(cli('interventions:list', '--status', 'submitted', '--json').out) as Row[];
		expect(after.filter((r) => r.learner === '+212600000001').map((r) => `${r.kind}/${r.outcome}/${r.sittingType}`).sort()).toEqual(['amendment/rejected/extraordinary', 'question/adopted/ordinary']);
		const missing = join(state.dir, 'missing.csv');
		writeFileSync(missing, 'login,commune\n0600000001,x\n');
		const r = cli('interventions:import', missing);
		expect(r.code).toBe(1);
		expect(r.err).toContain('[sitting_date]');
	});
});
