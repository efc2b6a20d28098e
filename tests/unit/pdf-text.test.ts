import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutLine } from '../../src/lib/server/pdf/bidi';
import { cleanText, createPdf, drawLine, measureLine, pdfBuffer } from '../../src/lib/server/pdf/index';

const visual = (text: string, direction?: 'rtl' | 'ltr') => layoutLine(text, { direction }).runs.map((r) => r.text);

describe('layoutLine: runs in drawing order (left to right)', () => {
	it('keeps an all-Arabic line as one right-to-left run in the Arabic face', () => {
		const line = layoutLine('شهادة المشاركة');
		expect(line.rtl).toBe(true);
		expect(line.runs).toEqual([{ text: 'شهادة المشاركة', font: 'arabic', level: 1 }]);
	});

	it('puts numbers inside Arabic in the right place, each left to right', () => {
		// Read from the right: "الوحدة 3 من 4" — so drawn from the left: 4, " من ", 3, "الوحدة ".
		expect(visual('الوحدة 3 من 4')).toEqual(['4', ' من ', '3', 'الوحدة ']);
		expect(visual('من 2026/01/15 إلى 2026/03/20')).toEqual(['2026/03/20', ' إلى ', '2026/01/15', 'من ']);
	});

	it('keeps Latin words inside Arabic in their own order', () => {
		const runs = layoutLine('وحدة Leadership for Women بنجاح').runs;
		expect(runs.map((r) => r.text)).toEqual([' بنجاح', 'Leadership for Women', 'وحدة ']);
		expect(runs.map((r) => r.font)).toEqual(['arabic', 'latin', 'arabic']);
	});

	it('mirrors brackets in right-to-left text', () => {
		// Logical "(ب)" is drawn by fontkit reversed; the brackets must be swapped for it to read "(ب)".
		expect(visual('قال (ب) نعم')).toEqual(['قال )ب( نعم']);
		expect(visual('وحدة (Leadership) بنجاح')).toEqual(['( بنجاح', 'Leadership', 'وحدة )']);
	});

	it('lays French and Tamazight lines left to right, Tifinagh in its own face', () => {
		const fr = layoutLine('Module 3 : Leadership');
		expect(fr.rtl).toBe(false);
		expect(fr.runs).toEqual([{ text: 'Module 3 : Leadership', font: 'latin', level: 0 }]);
		const zgh = layoutLine('ⴰⵎⵙⴰⵡⴰⵙ — Amssawas');
		expect(zgh.runs.map((r) => [r.text, r.font])).toEqual([
			['ⴰⵎⵙⴰⵡⴰⵙ — ', 'tifinagh'],
			['Amssawas', 'latin']
		]);
	});

	it('drops bidi controls (the catalogue isolates numbers for browsers), which fonts cannot draw', () => {
		expect(visual('عدد الساعات: \u206612\u2069')).toEqual(['12', 'عدد الساعات: ']);
	});

	it('uses the bold faces when asked, Tifinagh having only one', () => {
		expect(layoutLine('فاطمة Fatima ⴼⴰⵟⵉⵎⴰ', { bold: true }).runs.map((r) => r.font).sort()).toEqual(['arabic-bold', 'latin-bold', 'tifinagh']);
	});
});

describe('cleanText', () => {
	it('removes bidi controls that could reorder a printed name', () => {
		expect(cleanText('\u202Eفاطمة\u202C \u2066Zahra\u2069\u200F')).toBe('فاطمة Zahra');
	});
	it('collapses whitespace and composes characters', () => {
		expect(cleanText('  Fatima \n\t  Zahra  ')).toBe('Fatima Zahra');
		expect(cleanText('Fe\u0301s')).toBe('Fés');
	});
	it('keeps Arabic diacritics', () => {
		expect(cleanText('مُحَمَّد')).toBe('مُحَمَّد'.normalize('NFC'));
	});
});

describe('drawLine', () => {
	it('shrinks a long name to fit its box, and cuts it with an ellipsis only below the smallest size', () => {
		const doc = createPdf({ layout: 'landscape' });
		const name = 'فاطمة الزهراء بنت عبد الله بن محمد بن عبد الرحمن الإدريسي الحسني';
		const natural = measureLine(doc, name, 28, true);
		const fits = drawLine(doc, name, { x: 40, y: 40, width: natural * 0.8, size: 28, bold: true });
		expect(fits.size).toBeLessThan(28);
		expect(fits.width).toBeLessThanOrEqual(natural * 0.8 + 0.01);
		const cut = drawLine(doc, name.repeat(4), { x: 40, y: 80, width: 300, size: 28, minSize: 14, bold: true });
		expect(cut.size).toBe(14);
		expect(cut.width).toBeLessThanOrEqual(300);
		doc.end();
	});

	const write = async (lines: string[]) => {
		const doc = createPdf();
		lines.forEach((line, i) => drawLine(doc, line, { x: 40, y: 40 + 40 * i, width: 500, size: 20 }));
		const file = join(mkdtempSync(join(tmpdir(), 'pdf-text-')), 'a.pdf');
		writeFileSync(file, await pdfBuffer(doc));
		return file;
	};

	it('writes Arabic that pdftotext reads back in logical order, with embedded font subsets', async () => {
		const file = await write([cleanText('السيدة \u202Eفاطمة\u202C الزهراء'), 'Fatima Zahra']);
		const text = execFileSync('pdftotext', [file, '-']).toString();
		expect(text).toContain('السيدة فاطمة الزهراء');
		expect(text).toContain('Fatima Zahra');
		const fonts = execFileSync('pdffonts', [file]).toString();
		expect(fonts).toMatch(/\+Amiri-Regular\s+CID TrueType\s+Identity-H\s+yes yes/);
		expect(fonts).toMatch(/\+NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes yes/);
	});

	it('writes Tifinagh with its own embedded face', async () => {
		// (On a page that is mostly Arabic, pdftotext guesses right to left for the whole page; alone it reads Tifinagh in order.)
		const file = await write(['ⴼⴰⵟⵉⵎⴰ — Fatima']);
		expect(execFileSync('pdftotext', [file, '-']).toString()).toContain('ⴼⴰⵟⵉⵎⴰ — Fatima');
		expect(execFileSync('pdffonts', [file]).toString()).toMatch(/\+NotoSansTifinagh-Regular\s+CID TrueType\s+Identity-H\s+yes yes/);
	});
});
