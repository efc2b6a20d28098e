// The funders' report as a PDF (ar or fr): a cover, the indicator performance table, bar charts,
// breakdowns by province and commune, and the consented success stories with one photo each.
// Arabic goes through the shared PDF helpers (bidi runs, whole TTFs parsed once) as on the certificates.
// Callers import this module dynamically so pdfkit is not loaded by every process at start.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { createPdf, drawLine, measureLine, pdfBuffer, cleanText } from '../../pdf/index';
import { formatDate, formatNumber } from '../../../i18n/format';
import type { FileStorage } from '../../media/storage';
import { reportStories, type ReportStory } from '../../stories/stories.service';
import type { IndicatorValue, Period } from '../indicators.service';
import { periodLine, reportValues, text, tx, type ReportLang } from './tables';

const W = 841.89;
const H = 595.28;
const M = 36;
const CW = W - 2 * M;
const INK = '#1f2937';
const ACCENT = '#0f5e57';
const MUTED = '#4b5563';
const GRID = '#d1d5db';
const BAR = '#0f766e';
const TRACK = '#e5e7eb';
const TARGET = '#b45309';
/** An empty figure (no baseline, no target): a dash in every language. */
const DASH = '—';

type Align = 'left' | 'center' | 'right';

export interface ReportPdfOptions {
	storage?: FileStorage;
	now?: Date;
}

export async function renderReportPdf(db: Kysely<Database>, period: Period, lang: ReportLang, opts: ReportPdfOptions = {}): Promise<Buffer> {
	const [values, stories] = await Promise.all([reportValues(db, period), reportStories(db)]);
	const photos = opts.storage ? await loadPhotos(stories, opts.storage) : new Map<number, Photo>();
	return drawReport(values, stories, photos, period, lang, opts.now ?? new Date());
}

interface Photo {
	bytes: Buffer;
	width: number;
	height: number;
}

async function loadPhotos(stories: ReportStory[], storage: FileStorage): Promise<Map<number, Photo>> {
	const out = new Map<number, Photo>();
	const withPhoto = stories.filter((s) => s.photo);
	if (!withPhoto.length) return out;
	const { default: sharp } = await import('sharp');
	for (const s of withPhoto) {
		try {
			const obj = await storage.get(s.photo!.storageKey);
			if (!obj) continue;
			const bytes = new Uint8Array(await new Response(obj.body).arrayBuffer());
			// pdfkit draws JPEG and PNG only; a phone-sized JPEG keeps the report light.
			const { data, info } = await sharp(bytes).rotate().resize({ width: 900, height: 900, fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 78 }).toBuffer({ resolveWithObject: true });
			out.set(s.id, { bytes: data, width: info.width, height: info.height });
		} catch {
			// A photo that cannot be read leaves the story without a picture, never the report without the story.
		}
	}
	return out;
}

function drawReport(values: IndicatorValue[], stories: ReportStory[], photos: Map<number, Photo>, period: Period, lang: ReportLang, now: Date): Promise<Buffer> {
	const doc = createPdf({ layout: 'landscape', margin: M, title: tx(lang, 'report_pdf_title') });
	const rtl = lang === 'ar';
	const direction = rtl ? 'rtl' : 'ltr';
	const start: Align = rtl ? 'right' : 'left';
	const num = (n: number | null | undefined) => (n === null || n === undefined ? DASH : formatNumber(n, lang));
	const pct = (n: number | null) => (n === null ? DASH : `${formatNumber(n, lang)} %`);
	let y = M;

	/** x of a box that starts `offset` pt from the start edge of the content (mirrored in Arabic). */
	const xAt = (offset: number, width: number) => (rtl ? M + CW - offset - width : M + offset);

	const wrap = (s: string, width: number, size: number, bold = false): string[] => {
		const out: string[] = [];
		for (const para of s.split(/\n+/)) {
			let line = '';
			for (const word of cleanText(para).split(' ').filter(Boolean)) {
				const next = line ? `${line} ${word}` : word;
				if (line && measureLine(doc, next, size, bold) > width) {
					out.push(line);
					line = word;
				} else line = next;
			}
			if (line) out.push(line);
		}
		return out;
	};
	const newPage = () => {
		doc.addPage();
		y = M;
	};
	const ensure = (h: number) => {
		if (y + h > H - M) newPage();
	};
	const line = (s: string, size: number, o: { bold?: boolean; color?: string; align?: Align; gap?: number } = {}) => {
		for (const l of wrap(s, CW, size, o.bold)) {
			ensure(size * 1.5);
			drawLine(doc, l, { x: M, y, width: CW, size, bold: o.bold, color: o.color ?? INK, direction, align: o.align ?? start });
			y += size * (o.gap ?? 1.55);
		}
	};
	const heading = (s: string) => {
		ensure(60);
		line(s, 16, { bold: true, color: ACCENT });
		y += 4;
	};

	// Cover.
	const periodText = periodLine(period, lang);
	y = H * 0.28;
	line(tx(lang, 'report_programme'), 15, { color: MUTED, align: 'center' });
	y += 10;
	line(tx(lang, 'report_pdf_title'), 28, { bold: true, color: ACCENT, align: 'center' });
	y += 14;
	line(periodText, 15, { align: 'center' });
	line(tx(lang, 'report_made_on', { date: formatDate(now, lang) }), 11, { color: MUTED, align: 'center' });
	doc.save().moveTo(M + CW * 0.3, y + 12).lineTo(M + CW * 0.7, y + 12).lineWidth(2).strokeColor(ACCENT).stroke().restore();

	// The performance table.
	newPage();
	heading(tx(lang, 'report_table_performance'));
	line(periodText, 10, { color: MUTED });
	y += 4;
	const cols: { key: string; w: number; align: Align; cell: (v: IndicatorValue) => string }[] = [
		{ key: 'report_col_result', w: 42, align: 'center', cell: (v) => v.result },
		{ key: 'report_col_code', w: 42, align: 'center', cell: (v) => v.code },
		{ key: 'report_col_indicator', w: 236, align: start, cell: (v) => text(v.statement, lang) },
		{ key: 'report_col_baseline', w: 52, align: 'center', cell: (v) => num(v.baseline) },
		{ key: 'report_col_target', w: 62, align: 'center', cell: (v) => (v.target === null ? DASH : v.moreThan ? tx(lang, 'report_more_than', { n: num(v.target) }) : num(v.target)) + (v.periodTarget !== null ? ` (${num(v.periodTarget)})` : '') },
		{ key: 'report_col_actual', w: 58, align: 'center', cell: (v) => num(v.actual) },
		{ key: 'report_col_cumulative', w: 52, align: 'center', cell: (v) => num(v.cumulative) },
		{ key: 'report_col_percent', w: 50, align: 'center', cell: (v) => pct(v.percent) },
		{ key: 'report_col_comment', w: 125, align: start, cell: (v) => cleanText(v.comment ?? '') },
		{ key: 'report_col_evidence', w: CW - 719, align: 'center', cell: (v) => num(v.evidenceCount) }
	];
	const HEAD = 8;
	const BODY = 8.5;
	const row = (cells: string[], size: number, bold: boolean, fill: string | null) => {
		const lines = cells.map((c, i) => wrap(c, cols[i].w - 6, size, bold).slice(0, 4));
		const h = Math.max(1, ...lines.map((l) => l.length)) * size * 1.45 + 6;
		if (y + h > H - M) {
			newPage();
			header();
		}
		if (fill) doc.save().rect(M, y, CW, h).fill(fill).restore();
		let off = 0;
		cols.forEach((c, i) => {
			const x = xAt(off, c.w);
			lines[i].forEach((l, k) => drawLine(doc, l, { x: x + 3, y: y + 3 + k * size * 1.45, width: c.w - 6, size, bold, color: INK, direction: 'auto', align: c.align, minSize: size * 0.8 }));
			off += c.w;
		});
		doc.save().moveTo(M, y + h).lineTo(M + CW, y + h).lineWidth(0.5).strokeColor(GRID).stroke().restore();
		y += h;
	};
	const header = () => row(cols.map((c) => tx(lang, c.key)), HEAD, true, '#eef6f5');
	header();
	if (!values.length) line(tx(lang, 'report_no_indicators'), 11);
	values.forEach((v, i) => row(cols.map((c) => c.cell(v)), BODY, false, i % 2 ? '#fafafa' : null));

	// Bar charts: cumulative against target, one bar per indicator that has a target.
	const charted = values.filter((v) => v.target !== null && v.target > 0);
	if (charted.length) {
		newPage();
		heading(tx(lang, 'report_charts'));
		const labelW = 60;
		const valueW = 150;
		const barW = CW - labelW - valueW - 20;
		const rowH = Math.min(26, Math.max(16, (H - y - M) / charted.length));
		for (const v of charted) {
			ensure(rowH);
			const goal = (v.target as number) + (v.moreThan ? 1 : 0);
			const scale = Math.max(goal, v.cumulative);
			const barH = rowH * 0.55;
			const barY = y + (rowH - barH) / 2;
			drawLine(doc, v.code, { x: xAt(0, labelW), y: barY, width: labelW, size: 10, bold: true, align: start, direction: 'ltr' });
			const trackX = xAt(labelW + 10, barW);
			doc.save().rect(trackX, barY, barW, barH).fill(TRACK).restore();
			const fillW = (barW * Math.min(v.cumulative, scale)) / scale;
			if (fillW > 0) doc.save().rect(rtl ? trackX + barW - fillW : trackX, barY, fillW, barH).fill(BAR).restore();
			const tickX = rtl ? trackX + barW - (barW * goal) / scale : trackX + (barW * goal) / scale;
			doc.save().moveTo(tickX, barY - 3).lineTo(tickX, barY + barH + 3).lineWidth(2).strokeColor(TARGET).stroke().restore();
			drawLine(doc, `${num(v.cumulative)} / ${num(goal)} · ${pct(v.percent)}`, { x: xAt(labelW + barW + 20, valueW), y: barY, width: valueW, size: 9, align: start, direction });
			y += rowH;
		}
	}

	// Breakdowns: a matrix of places (or cohorts, or per-woman groups) × indicators.
	const matrix = (title: string, of: (v: IndicatorValue) => { key: string; label: { ar?: string; fr?: string }; value: number }[], byLabel = true) => {
		const withData = values.filter((v) => of(v).length);
		if (!withData.length) return;
		const places = new Map<string, string>();
		for (const v of withData) for (const b of of(v)) if (!places.has(b.key)) places.set(b.key, text(b.label, lang) || b.key);
		const sorted = byLabel ? [...places].sort((a, b) => a[1].localeCompare(b[1], lang)) : [...places];
		for (let first = 0; first < withData.length; first += 14) {
			const chunk = withData.slice(first, first + 14);
			newPage();
			heading(title);
			const placeW = 170;
			const cw = Math.min(60, (CW - placeW) / chunk.length);
			const size = 8.5;
			const draw = (cells: string[], bold: boolean, fill: string | null) => {
				const h = size * 1.45 + 6;
				if (y + h > H - M) {
					newPage();
					draw([tx(lang, 'report_col_key'), ...chunk.map((v) => v.code)], true, '#eef6f5');
				}
				if (fill) doc.save().rect(M, y, placeW + cw * chunk.length, h).fill(fill).restore();
				drawLine(doc, cells[0], { x: xAt(0, placeW) + 3, y: y + 3, width: placeW - 6, size, bold, align: start, direction });
				chunk.forEach((_, i) => drawLine(doc, cells[i + 1], { x: xAt(placeW + i * cw, cw) + 2, y: y + 3, width: cw - 4, size, bold, align: 'center', direction: 'ltr' }));
				y += h;
			};
			draw([tx(lang, 'report_col_key'), ...chunk.map((v) => v.code)], true, '#eef6f5');
			sorted.forEach(([key, label], i) =>
				draw(
					[label, ...chunk.map((v) => {
						const b = of(v).find((x) => x.key === key);
						return b ? num(b.value) : '';
					})],
					false,
					i % 2 ? '#fafafa' : null
				)
			);
		}
	};
	matrix(tx(lang, 'report_table_province'), (v) => v.byProvince);
	matrix(tx(lang, 'report_table_commune'), (v) => v.byCommune);
	matrix(tx(lang, 'report_table_cohort'), (v) => v.byCohort);
	// Groups in their own order (none, one, two, 3–4, 5 or more).
	matrix(tx(lang, 'report_table_per_woman'), (v) => v.perWoman, false);

	// Success stories with a consent that covers reports.
	newPage();
	heading(tx(lang, 'report_stories'));
	if (!stories.length) line(tx(lang, 'report_no_stories'), 11, { color: MUTED });
	for (const s of stories) {
		ensure(120);
		line(s.title[lang], 14, { bold: true });
		const who = lang === 'ar' ? s.councillor.nameAr || s.councillor.nameLatin : s.councillor.nameLatin || s.councillor.nameAr;
		line([who, s.commune?.[lang]].filter(Boolean).join(' · '), 10, { color: MUTED });
		const photo = photos.get(s.id);
		if (photo) {
			const scale = Math.min(260 / photo.width, 180 / photo.height, 1);
			const w = photo.width * scale;
			const h = photo.height * scale;
			ensure(h + 8);
			doc.image(photo.bytes, xAt(0, w), y, { width: w, height: h });
			y += h + 4;
			if (s.photo?.caption) line(s.photo.caption, 8.5, { color: MUTED });
			y += 4;
		}
		line(s.body[lang], 10.5, { gap: 1.6 });
		y += 14;
	}
	return pdfBuffer(doc);
}
