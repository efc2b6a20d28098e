// The report as an XLSX workbook (exceljs): the performance table and one sheet per breakdown,
// right to left for Arabic. exceljs is loaded on first use, not with every process.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Period } from '../indicators.service';
import { periodLine, reportTables, reportValues, tx, TABLES, type ReportLang, type Table } from './tables';

// Sheet names: at most 31 characters, none of : \ / ? * [ ]
const sheetName = (s: string) => s.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

export async function renderReportXlsx(db: Kysely<Database>, period: Period, lang: ReportLang, now = new Date()): Promise<Buffer> {
	const { default: ExcelJS } = await import('exceljs');
	const tables = reportTables(await reportValues(db, period), lang);
	const wb = new ExcelJS.Workbook();
	wb.creator = 'Amssawas LMS';
	wb.created = now;
	wb.title = tx(lang, 'report_pdf_title');
	for (const name of TABLES) addSheet(wb, tables[name], lang, period);
	return Buffer.from(await wb.xlsx.writeBuffer());
}

function addSheet(wb: import('exceljs').Workbook, table: Table, lang: ReportLang, period: Period) {
	const ws = wb.addWorksheet(sheetName(table.title), { views: [{ rightToLeft: lang === 'ar', state: 'frozen', ySplit: 2 }] });
	ws.addRow([`${table.title} — ${periodLine(period, lang)}`]).font = { bold: true, size: 13 };
	const header = ws.addRow(table.columns);
	header.font = { bold: true };
	header.alignment = { wrapText: true, vertical: 'top' };
	for (const r of table.rows) ws.addRow(r.map((c) => (c === null ? null : c)));
	ws.columns.forEach((col, i) => {
		const longest = Math.max(...table.rows.map((r) => String(r[i] ?? '').length), String(table.columns[i] ?? '').length);
		col.width = Math.min(60, Math.max(8, longest + 2));
		col.alignment = { wrapText: longest > 60, vertical: 'top' };
	});
}
