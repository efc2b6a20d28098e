import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { DbHandle } from '../../src/lib/server/db/index';
import { seedDemo } from '../../src/lib/server/demo/seed';
import { storeUpload } from '../../src/lib/server/media/media.service';
import { localStorage, type FileStorage } from '../../src/lib/server/media/storage';
import { computeIndicators } from '../../src/lib/server/results/indicators.service';
import { renderReportPdf } from '../../src/lib/server/results/report/pdf';
import { renderReportXlsx } from '../../src/lib/server/results/report/xlsx';
import { renderEvidenceZip } from '../../src/lib/server/results/report/evidence-zip';
import { tableCsv } from '../../src/lib/server/results/report/csv';
import { parsePeriod, reportTables } from '../../src/lib/server/results/report/tables';
import { addPhoto, listStories, withdrawConsent, type Actor } from '../../src/lib/server/stories/stories.service';
import { Invalid } from '../../src/lib/server/errors';
import { formatDate } from '../../src/lib/i18n/format';
import { freshDb } from './db';

let h: DbHandle;
let dir: string;
let storage: FileStorage;
let admin: Actor;
const period = { from: '2025-10-01', to: '2026-06-30' };

function pdfText(bytes: Uint8Array): string {
	const f = join(dir, `r-${Math.random().toString(36).slice(2)}.pdf`);
	writeFileSync(f, bytes);
	return execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' });
}

beforeAll(async () => {
	h = await freshDb();
	await seedDemo(h.db);
	dir = mkdtempSync(join(tmpdir(), 'report-'));
	storage = localStorage(join(dir, 'files'));
	admin = { id: (await h.db.selectFrom('app_user').select('id').where('login', '=', 'admin@amssawas.ma').executeTakeFirstOrThrow()).id, role: 'admin' };
}, 180_000);
afterAll(async () => {
	await h?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the period', () => {
	it('accepts open ends and refuses impossible days or a reversed period', () => {
		expect(parsePeriod('', '')).toEqual({ from: null, to: null });
		expect(parsePeriod('2025-10-01', '2026-06-30')).toEqual(period);
		expect(() => parsePeriod('2026-02-30', '')).toThrow(Invalid);
		expect(() => parsePeriod('2026-06-30', '2025-10-01')).toThrow(Invalid);
	});
});

describe('the PDF', () => {
	it('in Arabic: the codes, the period, Arabic in logical order, and only the consented stories', async () => {
		const t = pdfText(await renderReportPdf(h.db, period, 'ar', { storage }));
		const values = await computeIndicators(h.db, period);
		for (const v of values) expect(t).toContain(v.code);
		expect(t).toContain('01/10/2025');
		expect(t).toContain('30/06/2026');
		expect(t).toContain('أداء المؤشرات');
		expect(t).toContain('تقرير نتائج البرنامج');
		expect(t).toContain('نساء الدواوير في برنامج عمل الجماعة');
		expect(t).toContain('مذكرة من أجل هيئة المساواة');
		// The third demo story has an internal consent only.
		expect(t).not.toContain('أول سؤال في دورة المجلس');
	});

	it('in French, with a story photo; a withdrawn consent removes the story from the next report', async () => {
		const story = (await listStories(h.db, admin)).find((s) => s.titleFr === 'Une note pour l’instance de l’équité')!;
		const jpeg = new Uint8Array(await sharp({ create: { width: 400, height: 300, channels: 3, background: '#336699' } }).jpeg().toBuffer());
		await addPhoto(h.db, admin, story.id, { bytes: jpeg, name: 'note.jpg' }, 'Dépôt de la note', storage);
		const before = await renderReportPdf(h.db, period, 'fr', { storage });
		const t = pdfText(before);
		expect(t).toContain('Rapport sur les résultats du programme');
		expect(t).toContain('Une note pour l’instance de l’équité');
		expect(t).toContain('Dépôt de la note');
		expect(t).toContain('R1.1');
		expect(t).toContain(`Période : du ${formatDate('2025-10-01T12:00:00Z', 'fr')} au ${formatDate('2026-06-30T12:00:00Z', 'fr')}`.replace(/\s+/g, ' '));
		await withdrawConsent(h.db, admin, story.id, { withdrawnOn: '' });
		const after = pdfText(await renderReportPdf(h.db, period, 'fr', { storage }));
		expect(after).not.toContain('Une note pour l’instance de l’équité');
		expect(after).toContain('Les femmes des douars dans le programme d’action de la commune');
	});
});

describe('the XLSX', () => {
	it('holds the performance table equal to computeIndicators, a sheet per breakdown, right to left in Arabic', async () => {
		const values = await computeIndicators(h.db, period);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await renderReportXlsx(h.db, period, 'ar')) as unknown as ArrayBuffer);
		// Sheet names stop at Excel's 31 characters.
		expect(wb.worksheets.map((w) => w.name)).toEqual(['أداء المؤشرات', 'حسب الإقليم', 'حسب الجماعة', 'حسب الفوج', 'تفصيلات أخرى', 'عدد النساء حسب عدد السجلات لكل واحدة'.slice(0, 31)]);
		const ws = wb.worksheets[0];
		expect(ws.views[0]).toMatchObject({ rightToLeft: true });
		const header = (ws.getRow(2).values as unknown[]).slice(1);
		const col = (name: string) => header.indexOf(name) + 1;
		expect(col('الرمز')).toBeGreaterThan(0);
		values.forEach((v, i) => {
			const row = ws.getRow(3 + i);
			expect(row.getCell(col('الرمز')).value).toBe(v.code);
			expect(row.getCell(col('المستهدف')).value).toBe(v.target);
			expect(row.getCell(col('المنجز في الفترة')).value).toBe(v.actual);
			expect(row.getCell(col('التراكمي')).value).toBe(v.cumulative);
		});
		const provinces = wb.worksheets[1];
		const rows = values.flatMap((v) => v.byProvince.map((b) => [v.code, b.value]));
		expect(provinces.rowCount).toBe(2 + rows.length);
		expect(provinces.getRow(3).getCell(1).value).toBe(rows[0][0]);
		expect(provinces.getRow(3).getCell(4).value).toBe(rows[0][1]);

		// How many women carry the interventions: the five groups in their order, adding up to every woman counted.
		const perWoman = wb.worksheets[5];
		const r21 = values.find((v) => v.code === 'R2.1')!.perWoman;
		const sheetRows = Array.from({ length: perWoman.rowCount - 2 }, (_, i) => (perWoman.getRow(3 + i).values as unknown[]).slice(1)).filter((r) => r[0] === 'R2.1');
		expect(sheetRows.map((r) => r[3])).toEqual(r21.map((b) => b.value));
		expect(sheetRows.map((r) => r[2])).toEqual(['بدون أي سجل', 'سجل واحد', 'سجلان', 'من 3 إلى 4', '5 أو أكثر']);

		const fr = new ExcelJS.Workbook();
		await fr.xlsx.load((await renderReportXlsx(h.db, period, 'fr')) as unknown as ArrayBuffer);
		expect(fr.worksheets[0].views[0]?.rightToLeft ?? false).toBe(false);
		expect(fr.worksheets[0].name).toBe('Performance des indicateurs');
	});
});

describe('the CSV', () => {
	it('starts with a BOM and carries the codes', async () => {
		const tables = reportTables(await computeIndicators(h.db, period), 'fr');
		const csv = tableCsv(tables.performance);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.split('\r\n')[0]).toContain('Code');
		expect(csv).toContain('R2.1');
	});
});

describe('the evidence ZIP', () => {
	it('names each file <indicator>/<recordKind>-<recordId>-<fileName>', async () => {
		const intervention = await h.db
			.selectFrom('intervention as i')
			.innerJoin('council_sitting as s', 's.id', 'i.sitting_id')
			.select('i.id')
			.where('i.status', '=', 'verified')
			.where('s.sitting_date', '>=', '2025-10-01')
			.orderBy('i.id')
			.executeTakeFirstOrThrow();
		const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
		const file = await storeUpload(h.db, admin, { bytes: pdf, name: 'pv session.pdf' }, storage);
		await h.db.updateTable('intervention').set({ evidence_file_id: file.id }).where('id', '=', intervention.id).execute();
		const { bytes } = await renderEvidenceZip(h.db, period, storage);
		const entries = unzipSync(bytes);
		const names = Object.keys(entries);
		expect(names).toContain(`R2.1/intervention-${intervention.id}-pv session.pdf`);
		expect(names).toContain('INDEX.txt');
		expect(names).not.toContain('MISSING.txt');
		expect(new TextDecoder().decode(entries[`R2.1/intervention-${intervention.id}-pv session.pdf`])).toContain('%PDF-1.4');
		// A period before the record holds none of it.
		const empty = unzipSync((await renderEvidenceZip(h.db, { from: '2020-01-01', to: '2020-12-31' }, storage)).bytes);
		expect(Object.keys(empty)).toEqual(['INDEX.txt']);
	});
});
