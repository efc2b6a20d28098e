import { writeFileSync } from 'node:fs';
import { storageFromEnv } from '../media/storage';
import { databaseStorage } from '../media/db-storage';
import { isDay } from '../stories/rules';
import { CliError, withDb, type Command } from './shared';

/** --from and --to as the contract spells them: both required, real days, from ≤ to. */
function period(v: Record<string, string | boolean | undefined>) {
	const from = typeof v.from === 'string' ? v.from : '';
	const to = typeof v.to === 'string' ? v.to : '';
	if (!from || !to) throw new CliError('--from YYYY-MM-DD and --to YYYY-MM-DD are required', 2);
	if (!isDay(from)) throw new CliError(`--from: "${from}" is not a date YYYY-MM-DD`, 2);
	if (!isDay(to)) throw new CliError(`--to: "${to}" is not a date YYYY-MM-DD`, 2);
	if (from > to) throw new CliError(`--from ${from} is after --to ${to}`, 2);
	return { from, to };
}

function out(v: Record<string, string | boolean | undefined>, ext: string): string {
	const file = typeof v.out === 'string' ? v.out : '';
	if (!file) throw new CliError(`--out FILE.${ext} is required`, 2);
	if (!file.toLowerCase().endsWith(`.${ext}`)) throw new CliError(`--out must name a .${ext} file`, 2);
	return file;
}

function lang(v: Record<string, string | boolean | undefined>, required: boolean): 'ar' | 'fr' {
	if (v.lang === undefined && !required) return 'fr';
	if (v.lang === 'ar' || v.lang === 'fr') return v.lang;
	throw new CliError('--lang must be ar or fr', 2);
}

function write(file: string, bytes: Uint8Array) {
	try {
		writeFileSync(file, bytes);
	} catch (e) {
		throw new CliError(`${file}: ${(e as Error).message}`);
	}
}

/** The funders' report from the command line (issue 16). pdfkit and exceljs are loaded only by these commands. */
export const reportCommands: Record<string, Command> = {
	'report:pdf': {
		summary: 'Write the report to funders as a PDF (indicators, charts, breakdowns, consented stories).',
		usage: '--from YYYY-MM-DD --to YYYY-MM-DD --lang ar|fr --out FILE.pdf',
		options: { from: { type: 'string' }, to: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' } },
		async run({ values: v }) {
			const p = period(v);
			const l = lang(v, true);
			const file = out(v, 'pdf');
			const started = performance.now();
			const bytes = await withDb(async (db) => {
				const { renderReportPdf } = await import('../results/report/pdf');
				return renderReportPdf(db, p, l, { storage: storageFromEnv(process.env, () => databaseStorage(db)) });
			});
			write(file, bytes);
			console.log(`${file}: ${bytes.byteLength} bytes, ${Math.round(performance.now() - started)} ms`);
		}
	},
	'report:xlsx': {
		summary: 'Write the report to funders as an XLSX workbook (performance table, one sheet per breakdown).',
		usage: '--from YYYY-MM-DD --to YYYY-MM-DD --out FILE.xlsx [--lang ar|fr]',
		options: { from: { type: 'string' }, to: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' } },
		async run({ values: v }) {
			const p = period(v);
			const l = lang(v, false);
			const file = out(v, 'xlsx');
			const bytes = await withDb(async (db) => {
				const { renderReportXlsx } = await import('../results/report/xlsx');
				return renderReportXlsx(db, p, l);
			});
			write(file, bytes);
			console.log(`${file}: ${bytes.byteLength} bytes`);
		}
	}
};
