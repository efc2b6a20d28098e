import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cliEnvironment, cliTimeout } from './cli-env';

const { cli, state } = cliEnvironment('report-cli');

describe('the report from the command line', () => {
	it('report:pdf and report:xlsx write their files; bad arguments fail with a message and nothing written', { timeout: cliTimeout(9) }, async () => {
		expect(cli('demo:seed').code).toBe(0);
		const pdf = join(state.dir, 'r.pdf');
		const ok = cli('report:pdf', '--from', '2025-10-01', '--to', '2026-06-30', '--lang', 'ar', '--out', pdf);
		expect(ok.err).toBe('');
		expect(ok.code).toBe(0);
		const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
		expect(text).toContain('R1.1');
		expect(text).toContain('تقرير نتائج البرنامج');

		const xlsx = join(state.dir, 'r.xlsx');
		expect(cli('report:xlsx', '--from', '2025-10-01', '--to', '2026-06-30', '--out', xlsx).code).toBe(0);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
		expect(wb.worksheets[0].getRow(3).getCell(2).value).toBe('R1.1');

		const bad = join(state.dir, 'bad.pdf');
		for (const args of [
			['report:pdf', '--from', '2025-10-01', '--to', '2026-06-30', '--lang', 'en', '--out', bad],
			['report:pdf', '--from', '2025-13-01', '--to', '2026-06-30', '--lang', 'fr', '--out', bad],
			['report:pdf', '--to', '2026-06-30', '--lang', 'fr', '--out', bad],
			['report:xlsx', '--from', '2026-06-30', '--to', '2025-10-01', '--out', join(state.dir, 'bad.xlsx')],
			['report:xlsx', '--from', '2025-10-01', '--to', '2026-06-30']
		]) {
			const r = cli(...args);
			expect(r.code, args.join(' ')).toBe(2);
			expect(r.err).toMatch(/--(from|to|lang|out)/);
		}
		expect(existsSync(bad)).toBe(false);
		expect(existsSync(join(state.dir, 'bad.xlsx'))).toBe(false);
	});
});
