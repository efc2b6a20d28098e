import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGift } from '../../src/lib/server/quizzes/gift/parse';
import { cliEnvironment, cliTimeout } from './cli-env';

const { state, cli } = cliEnvironment('gift-cli');

// Categories of our own, so the demo's questions (if any) never mix with ours.
const CAT = 'اختبار سطر الأوامر';
const sample = readFileSync('tests/fixtures/gift/sample-ar.gift', 'utf8').replaceAll('$course$/top/', `$course$/top/${CAT}/`);
const expected = parseGift(sample, 'ar').questions.map(({ category, content }) => ({ category, content }));
const ours = (gift: string) =>
	parseGift(gift, 'ar')
		.questions.filter((q) => q.category?.startsWith(`${CAT}/`))
		.map(({ category, content }) => ({ category, content }));
const exported = (slug: string) => {
	const r = cli('gift:export', '--module', slug, '--lang', 'ar');
	expect(r.code, r.err).toBe(0);
	return r.out;
};

describe('GIFT from the command line', () => {
	it('a bad file prints each error with its line, exits non-zero and writes nothing; dry run writes nothing; the good file imports once', { timeout: 240_000 }, () => {
		expect(cli('demo:seed').code).toBe(0);

		const bad = join(state.dir, 'bad.gift');
		// Line 57 (the first numerical answer) made not a number, and a brace left open at the end.
		const lines = sample.split('\n');
		expect(lines[56]).toContain('=26:1');
		lines[56] = lines[56].replace('=26:1', '=ستة وعشرون');
		writeFileSync(bad, lines.join('\n') + '\n::مفتوح:: سؤال بلا نهاية {\n=نعم\n');
		const r = cli('gift:import', '--module', 'participatory-planning', bad);
		expect(r.code).toBe(1);
		expect(r.err).toContain(`${bad}:57: « ستة وعشرون » n’est pas un nombre.`);
		expect(r.err).toContain(`${bad}:66: L’accolade { des réponses n’est pas refermée par }.`);
		expect(r.err).toContain('2 error(s): nothing imported.');
		expect(ours(exported('participatory-planning'))).toEqual([]);

		const good = join(state.dir, 'good.gift');
		writeFileSync(good, sample);
		const dry = cli('gift:import', '--module', 'participatory-planning', '--lang', 'ar', '--dry-run', good);
		expect(dry.code, dry.err).toBe(0);
		expect(dry.out).toContain('Dry run (nothing written): would import 9 question(s) into participatory-planning (ar).');
		expect(dry.out).toContain(`${good}:63\tQuestion ouverte (composition)\tتأمل`);
		expect(ours(exported('participatory-planning'))).toEqual([]);

		const ok = cli('gift:import', '--module', 'participatory-planning', good);
		expect(ok.code, ok.err).toBe(0);
		expect(ok.out).toContain('Imported 9 question(s) into participatory-planning (ar).');
		expect(ok.out).toContain(`${good}:6\tChoix unique\t${CAT}/التخطيط التشاركي\tبرنامج عمل الجماعة`);
		expect(ok.out).toContain('Not imported, type not supported (1):');
		expect(ok.out).toContain(`${good}:63\tQuestion ouverte (composition)\tتأمل`);
		expect(ours(exported('participatory-planning'))).toEqual(expected);
	});

	it('an exported bank imports back to the same questions, in French too', { timeout: 120_000 }, () => {
		const file = join(state.dir, 'export.gift');
		writeFileSync(file, exported('participatory-planning'));
		const r = cli('gift:import', '--module', 'leadership', file);
		expect(r.code, r.err).toBe(0);
		expect(ours(exported('leadership'))).toEqual(expected);

		const fr = cli('gift:import', '--module', 'negotiation', '--lang', 'fr', join(state.dir, 'good.gift'));
		expect(fr.code, fr.err).toBe(0);
		const exportFr = cli('gift:export', '--module', 'negotiation', '--lang', 'fr');
		expect(exportFr.err).toMatch(/^Exported \d+ question\(s\) from negotiation \(fr\)\.$/m);
		const back = exportFr.out;
		const frOurs = parseGift(back, 'fr').questions.filter((q) => q.category?.startsWith(`${CAT}/`));
		expect(frOurs.map((q) => q.content.text.fr)).toEqual(expected.map((q) => q.content.text.ar));
	});

	it('usage errors: unknown module, bad language, no file', { timeout: cliTimeout(5) }, () => {
		const m = cli('gift:import', '--module', 'nope', join(state.dir, 'good.gift'));
		expect(m.code).toBe(1);
		expect(m.err).toContain('no module with slug "nope"');
		expect(cli('gift:import', '--module', 'leadership', '--lang', 'en', join(state.dir, 'good.gift')).code).toBe(2);
		expect(cli('gift:import', '--module', 'leadership').code).toBe(2);
		expect(cli('gift:export').code).toBe(2);
		const missing = cli('gift:import', '--module', 'leadership', join(state.dir, 'missing.gift'));
		expect(missing.code).toBe(1);
	});
});
