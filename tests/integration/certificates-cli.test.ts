import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEnvironment } from './cli-env';

const { state, cli } = cliEnvironment('cert-cli');

describe('certificates from the command line', () => {
	it('issues to the eligible demo learners, prints serials with logins, writes the stored PDF, revokes; mistakes exit non-zero with a message', { timeout: 300_000 }, () => {
		expect(cli('demo:seed').code).toBe(0);
		expect(cli('certificates:issue').code).toBe(2);
		const noModule = cli('certificates:issue', '--module', 'nope');
		expect(noModule.code).toBe(1);
		expect(noModule.err).toContain('no module with slug "nope"');

		const dry = cli('certificates:issue', '--module', 'leadership', '--dry-run', '--json');
		expect(dry.code).toBe(0);
		const plan = JSON.parse(dry.out);
		expect(plan.issued).toEqual([]);
		const logins = plan.wouldIssue.map((x: { login: string }) => x.login);
		expect(logins.length).toBeGreaterThan(0);
		expect(logins).toContain('+212600000002');
		expect(plan.notEligible.length).toBeGreaterThan(0);
		expect(plan.notEligible.flatMap((x: { reasons: string[] }) => x.reasons)).toContainEqual(expect.stringMatching(/^leçons terminées : \d sur 4$/));

		const run = cli('certificates:issue', '--module', 'leadership', '--json');
		expect(run.code).toBe(0);
		const issued = JSON.parse(run.out).issued as { serial: string; login: string }[];
		expect(issued.map((x) => x.login).sort()).toEqual([...logins].sort());
		const again = JSON.parse(cli('certificates:issue', '--module', 'leadership', '--json').out);
		expect(again.issued).toEqual([]);
		expect(again.already).toHaveLength(issued.length);

		const serial = issued.find((x) => x.login === '+212600000002')!.serial;
		const out = join(state.dir, 'c.pdf');
		const pdf = cli('certificate:pdf', serial.toLowerCase(), '--out', out);
		expect(pdf.code).toBe(0);
		const bytes = readFileSync(out);
		expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
		expect(pdf.out).toContain(createHash('sha256').update(bytes).digest('hex'));

		const typo = serial.slice(0, -1) + (serial.endsWith('0') ? '1' : '0');
		const bad = cli('certificate:pdf', typo, '--out', out);
		expect(bad.code).toBe(1);
		expect(bad.err).toContain('Vérifiez le code');

		expect(cli('certificate:revoke', serial).code).toBe(2);
		const revoked = cli('certificate:revoke', serial, '--reason', 'Nom mal orthographié');
		expect(revoked.code).toBe(0);
		expect(revoked.out).toContain(`${serial} revoked.`);
		const twice = cli('certificate:revoke', serial, '--reason', 'encore');
		expect(twice.code).toBe(1);
		expect(twice.err).toContain('déjà révoqué');

		// One learner who does not meet the rules: refused, then issued with a written override.
		const who = plan.notEligible[0].login as string;
		const refused = cli('certificates:issue', '--module', 'leadership', '--learner', who);
		expect(refused.code).toBe(1);
		expect(refused.err).toContain('Conditions non remplies');
		expect(cli('certificates:issue', '--module', 'leadership', '--override', 'x').code).toBe(2);
		const forced = cli('certificates:issue', '--module', 'leadership', '--learner', who, '--override', 'Dossier examiné par le comité');
		expect(forced.code).toBe(0);
		expect(forced.out).toMatch(new RegExp(`^AMS-\\w{4}-\\w{4}-\\w{4}\\t\\${who}$`, 'm'));
	});
});
