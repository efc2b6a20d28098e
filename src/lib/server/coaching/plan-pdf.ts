// Her plan as an A4 PDF, in Arabic or French, through the shared PDF helpers (bidi lines, fonts parsed once).
import { createPdf, drawLine, cleanText, measureLine, pdfBuffer } from '../pdf/index';
import { formatDate } from '../../i18n/format';
import { t } from '../i18n';
import type { learnerCoachingExport } from './plan.service';

type Export = Awaited<ReturnType<typeof learnerCoachingExport>>;
type PdfLocale = 'ar' | 'fr';
const tx = (locale: PdfLocale, key: string, params: Record<string, string | number> = {}) => cleanText(t(key, params, locale));

const W = 595.28;
const H = 841.89;
const M = 48;
const ACCENT = '#0f5e57';
const INK = '#1f2937';
const MUTED = '#4b5563';

/** Words into lines that fit the width (no hyphenation: words are short in both languages). */
function wrap(doc: PDFKit.PDFDocument, text: string, width: number, size: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of cleanText(text).split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && measureLine(doc, next, size) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

export async function renderPlanPdf(data: Export, locale: PdfLocale, needNames: Map<string, string>, now = new Date()): Promise<Buffer> {
	const doc = createPdf({ title: tx(locale, 'coach_pdf_title') });
	const direction = locale === 'ar' ? 'rtl' : 'ltr';
	const box = { x: M, width: W - 2 * M };
	let y = M;
	const line = (text: string, size = 11, opts: { bold?: boolean; color?: string } = {}) => {
		for (const l of wrap(doc, text, box.width, size)) {
			if (y > H - M - size) {
				doc.addPage();
				y = M;
			}
			drawLine(doc, l, { ...box, y, size, direction, bold: opts.bold, color: opts.color ?? INK });
			y += size * 1.6;
		}
	};
	line(tx(locale, 'coach_pdf_title'), 20, { bold: true, color: ACCENT });
	if (data.learner) line(locale === 'ar' ? data.learner.nameAr || data.learner.nameLatin : data.learner.nameLatin || data.learner.nameAr, 15, { bold: true });
	line(tx(locale, 'coach_pdf_printed', { date: formatDate(now, locale) }), 9, { color: MUTED });
	y += 8;
	if (!data.plan || data.plan.goals.length === 0) line(tx(locale, 'coach_plan_empty'));
	else {
		line(`${tx(locale, 'coach_status')}: ${tx(locale, `coach_plan_status_${data.plan.status}`)}${data.plan.progressPct !== null ? ` · ${tx(locale, 'coach_progress', { pct: `${data.plan.progressPct}%` })}` : ''}`);
		y += 6;
		data.plan.goals.forEach((g, i) => {
			line(`${i + 1}. ${g.text}`, 13, { bold: true });
			line([g.need ? (needNames.get(g.need) ?? g.need) : '', tx(locale, 'coach_goal_scale', { baseline: g.baseline, target: g.target }), tx(locale, `coach_plan_status_${g.status}`)].filter(Boolean).join(' · '), 10, { color: MUTED });
			for (const r of g.reviews) {
				const parts = [formatDate(r.at, locale)];
				if (r.learnerRating) parts.push(tx(locale, 'coach_review_her', { rating: r.learnerRating }));
				if (r.coachRating) parts.push(tx(locale, 'coach_review_coach', { rating: r.coachRating }));
				if (r.comment) parts.push(r.comment);
				line(`– ${parts.join(' · ')}`, 10);
			}
			y += 6;
		});
	}
	const mine = data.actions.filter((a) => a.owner === 'learner' && a.status !== 'dropped');
	if (mine.length) {
		y += 4;
		line(tx(locale, 'coach_my_actions'), 14, { bold: true, color: ACCENT });
		for (const a of mine) line(`– ${a.text} · ${tx(locale, `coach_action_status_${a.status}`)}${a.dueOn ? ` · ${tx(locale, 'coach_due', { date: formatDate(`${a.dueOn}T12:00:00Z`, locale) })}` : ''}`, 10);
	}
	return pdfBuffer(doc);
}
