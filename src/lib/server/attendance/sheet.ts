import type { Db } from '../db/index';
import type { Localized } from '../db/schema';
import { NotFound } from '../errors';
import { cleanText, createPdf, drawLine, pdfBuffer } from '../pdf/index';
import { mustFindSession, roster } from './sessions.service';
import { TIME_ZONE } from '../time';

/** A catalogue message in Arabic or French (the sheet prints both). */
export type SheetText = (locale: 'ar' | 'fr', key: string, params?: Record<string, string | number>) => string;

export interface SheetData {
	sessionId: number;
	title: string;
	moduleTitle: Localized;
	cohort: string;
	startsAt: Date;
	endsAt: Date;
	place: string | null;
	meetingUrl: string | null;
	trainer: { ar: string; latin: string } | null;
	learners: { nameAr: string; nameLatin: string; communeAr: string; communeFr: string }[];
}

export async function sheetData(db: Db, sessionId: number): Promise<SheetData> {
	const s = await mustFindSession(db, sessionId).catch(() => {
		throw new NotFound();
	});
	const people = await roster(db, sessionId);
	return {
		sessionId,
		title: s.title,
		moduleTitle: s.moduleTitle,
		cohort: s.cohortName,
		startsAt: s.startsAt,
		endsAt: s.endsAt,
		place: s.place,
		meetingUrl: s.meetingUrl,
		trainer: s.trainerNameLatin ? { ar: s.trainerNameAr ?? s.trainerNameLatin, latin: s.trainerNameLatin } : null,
		learners: people.map((p) => ({ nameAr: p.nameAr, nameLatin: p.nameLatin, communeAr: p.communeAr ?? '', communeFr: p.communeFr ?? '' }))
	};
}

const when = (locale: string, start: Date, end: Date) =>
	new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, dateStyle: 'full', timeStyle: 'short' }).formatRange(start, end);

// A4 portrait in points.
const PAGE_W = 595.28;
const PAGE_H = 841.89;
const M = 36;
const ROW_H = 34;
const HEAD_ROW_H = 26;
const COLS = [
	{ key: 'att_sheet_col_no', width: 30 },
	{ key: 'att_sheet_col_name', width: 215 },
	{ key: 'att_col_commune', width: 120 },
	{ key: 'att_sheet_col_signature', width: PAGE_W - 2 * M - 30 - 215 - 120 }
];

/**
 * The sign-in sheet for the funder's files: headings in Arabic and French,
 * each learner's name in both scripts, her commune, an empty signature cell;
 * as many pages as needed, the header repeated on each.
 */
export async function sheetPdf(data: SheetData, raw: SheetText): Promise<Buffer> {
	// The catalogue's Arabic wraps numbers in isolates for screens; the PDF layout does its own bidi.
	const tx: SheetText = (l, k, params) => cleanText(raw(l, k, params));
	const doc = createPdf({ title: `${tx('fr', 'att_sheet_title')} — ${cleanText(data.title)}` });
	const width = PAGE_W - 2 * M;
	const bodyTop = 196;
	const perPage = Math.max(1, Math.floor((PAGE_H - M - 24 - bodyTop - HEAD_ROW_H) / ROW_H));
	const pages = Math.max(1, Math.ceil(data.learners.length / perPage));
	const half = width / 2 - 6;

	const both = (y: number, fr: string, ar: string, size: number, bold = false) => {
		drawLine(doc, cleanText(fr), { x: M, y, width: half, size, bold, align: 'left', direction: 'ltr' });
		drawLine(doc, cleanText(ar), { x: M + width - half, y, width: half, size, bold, align: 'right', direction: 'rtl' });
	};

	for (let p = 0; p < pages; p++) {
		if (p > 0) doc.addPage();
		let y = M;
		both(y, tx('fr', 'att_sheet_title'), tx('ar', 'att_sheet_title'), 18, true);
		y += 28;
		both(y, data.moduleTitle.fr ?? data.moduleTitle.ar ?? '', data.moduleTitle.ar ?? data.moduleTitle.fr ?? '', 12, true);
		y += 20;
		drawLine(doc, cleanText(data.title), { x: M, y, width, size: 12, align: 'center' });
		y += 20;
		both(y, when('fr-MA', data.startsAt, data.endsAt), when('ar-MA-u-nu-latn', data.startsAt, data.endsAt), 10);
		y += 16;
		const place = data.place ?? data.meetingUrl ?? '';
		both(y, `${tx('fr', 'att_sheet_place')} : ${place}`, `${tx('ar', 'att_sheet_place')}: ${place}`, 10);
		y += 16;
		both(y, `${tx('fr', 'att_cohort_label')} : ${data.cohort}`, `${tx('ar', 'att_cohort_label')}: ${data.cohort}`, 10);
		y += 16;
		if (data.trainer) both(y, `${tx('fr', 'att_sheet_trainer')} : ${data.trainer.latin}`, `${tx('ar', 'att_sheet_trainer')}: ${data.trainer.ar}`, 10);
		y = bodyTop;

		// Table header: French above, Arabic below, in each column.
		let x = M;
		doc.save().rect(M, y, width, HEAD_ROW_H).fill('#ece6ef').restore();
		for (const c of COLS) {
			drawLine(doc, tx('fr', c.key), { x: x + 3, y: y + 2, width: c.width - 6, size: 8, bold: true, align: 'left', direction: 'ltr' });
			drawLine(doc, tx('ar', c.key), { x: x + 3, y: y + 12, width: c.width - 6, size: 9, bold: true, align: 'right', direction: 'rtl' });
			x += c.width;
		}
		doc.lineWidth(0.6).strokeColor('#555').rect(M, y, width, HEAD_ROW_H).stroke();
		y += HEAD_ROW_H;

		const rows = data.learners.slice(p * perPage, (p + 1) * perPage);
		for (const [i, l] of rows.entries()) {
			const n = p * perPage + i + 1;
			x = M;
			drawLine(doc, String(n), { x: x + 3, y: y + 11, width: COLS[0].width - 6, size: 9, align: 'center', direction: 'ltr' });
			x += COLS[0].width;
			drawLine(doc, cleanText(l.nameAr), { x: x + 4, y: y + 2, width: COLS[1].width - 8, size: 11, align: 'right', direction: 'rtl' });
			drawLine(doc, cleanText(l.nameLatin), { x: x + 4, y: y + 18, width: COLS[1].width - 8, size: 9, align: 'left', direction: 'ltr' });
			x += COLS[1].width;
			drawLine(doc, cleanText(l.communeAr), { x: x + 4, y: y + 2, width: COLS[2].width - 8, size: 10, align: 'right', direction: 'rtl' });
			drawLine(doc, cleanText(l.communeFr), { x: x + 4, y: y + 18, width: COLS[2].width - 8, size: 8, align: 'left', direction: 'ltr' });
			// Grid lines of the row.
			doc.lineWidth(0.5).strokeColor('#777').rect(M, y, width, ROW_H).stroke();
			let cx = M;
			for (const c of COLS.slice(0, -1)) {
				cx += c.width;
				doc.moveTo(cx, y).lineTo(cx, y + ROW_H).stroke();
			}
			y += ROW_H;
		}
		// The header's column separators.
		let cx = M;
		for (const c of COLS.slice(0, -1)) {
			cx += c.width;
			doc.lineWidth(0.6).strokeColor('#555').moveTo(cx, bodyTop).lineTo(cx, bodyTop + HEAD_ROW_H).stroke();
		}
		const footer = PAGE_H - M - 10;
		both(footer, tx('fr', 'att_sheet_page', { page: p + 1, pages }), tx('ar', 'att_sheet_page', { page: p + 1, pages }), 8);
	}
	return pdfBuffer(doc);
}
