import { describe, expect, it } from 'vitest';
import { cliEnvironment, cliTimeout } from './cli-env';

const { cli } = cliEnvironment('results-cli');

interface Row { code: string; result: string; target: number | null; actual: number; percent: number | null; byProvince: Record<string, number> }

describe('indicators from the command line', () => {
	it('keeps its contract: code, result, target, actual, percent, byProvince; bad dates exit non-zero', { timeout: cliTimeout(6) }, () => {
		expect(cli('demo:seed').code).toBe(0);
		const all = cli('indicators', '--json');
		expect(all.code).toBe(0);
		const rows = JSON.parse(all.out) as Row[];
		expect(rows.map((r) => r.code)).toEqual(['R1.1', 'R2.1', 'R2.2', 'R3.1', 'R4.1', 'R5.1', 'R5.2', 'R6.1', 'L1', 'L2', 'L3']);
		for (const r of rows) expect(r).toEqual(expect.objectContaining({ code: expect.any(String), result: expect.any(String), actual: expect.any(Number), byProvince: expect.any(Object) }));
		const r51 = rows.find((r) => r.code === 'R5.1')!;
		expect(r51).toMatchObject({ result: 'R5', target: 40 });
		expect(r51.actual).toBeGreaterThan(0);
		expect(r51.percent).toBe(Math.round((r51.actual / 40) * 100));
		// By province adds up to the whole for a count of records.
		expect(Object.values(r51.byProvince).reduce((a, b) => a + b, 0)).toBe(r51.actual);
		expect(Object.keys(r51.byProvince)).toContain('Azilal');
		// No name ever: provinces only.
		expect(all.out).not.toMatch(/Fatima|Khadija|فاطمة|\+2126/);

		const none = JSON.parse(cli('indicators', '--from', '1990-01-01', '--to', '1990-12-31', '--json').out) as Row[];
		expect(none.every((r) => r.actual === 0)).toBe(true);

		const table = cli('indicators');
		expect(table.code).toBe(0);
		expect(table.out).toMatch(/^code\s+result\s+target\s+actual/);
		expect(table.out).toMatch(/R2\.1\s+R2\s+>20/);

		const bad = cli('indicators', '--from', '2026-02-30');
		expect(bad.code).toBe(2);
		expect(bad.err).toContain('Date invalide : 2026-02-30');
		const reversed = cli('indicators', '--from', '2026-06-01', '--to', '2026-01-01');
		expect(reversed.code).toBe(2);
		expect(reversed.err).toContain('La date de début est après la date de fin.');
	});
});
