import { createPdf, drawLine, drawQrCode, cleanText, pdfBuffer } from '../pdf/index';
import { formatDate, formatNumber } from '../../i18n/format';
import { t } from '../i18n';
import { ORGANISATION, signatories } from './config';
import type { CertificatePayload } from './certificates.service';
import { cleanName } from '../users/names';
import type { Locale } from '../../i18n/index';
import { pick } from '../../localized';

function tx(locale: Locale, key: string, params: Record<string, string> = {}): string {
	// The catalogue wraps numbers in isolates for browsers; the PDF's bidi layout needs none (and fonts have no glyph for them).
	return cleanText(t(key, params, locale));
}

const W = 841.89;
const H = 595.28;
const INK = '#1f2937';
const ACCENT = '#0f5e57';
const GOLD = '#b08a3e';
const MUTED = '#4b5563';

/** What the certificate shows besides the holder: organisation, logos, signatories (see design.service). */
export interface PdfDesign {
	organisation: { ar: string; fr: string; zgh: string };
	logo: Buffer | null;
	partners: Buffer[];
	signatories: { nameAr: string; nameLatin: string; titleAr: string; titleFr: string; signature: Buffer | null }[];
}

function builtInDesign(): PdfDesign {
	return { organisation: { ...ORGANISATION }, logo: null, partners: [], signatories: signatories().map((s) => ({ ...s, signature: null })) };
}

/** An eight-pointed star (two squares turned 45°), the emblem drawn when there is no logo. */
function star(doc: PDFKit.PDFDocument, cx: number, cy: number, r: number, color: string) {
	const square = (turn: number) => {
		const pts = [0, 1, 2, 3].map((k) => {
			const a = turn + (k * Math.PI) / 2;
			return [cx + r * Math.cos(a), cy + r * Math.sin(a)] as const;
		});
		doc.moveTo(pts[0][0], pts[0][1]);
		for (const [x, y] of pts.slice(1)) doc.lineTo(x, y);
		doc.closePath();
	};
	square(Math.PI / 4);
	square(0);
	doc.fillColor(color).fill('nonzero');
	doc.circle(cx, cy, r * 0.42).fillColor('#ffffff').fill();
	doc.circle(cx, cy, r * 0.28).fillColor(GOLD).fill();
}

/** A frame to hang on a wall: a deep green band, a gold rule, small stars along the band and at the corners. */
function frame(doc: PDFKit.PDFDocument) {
	doc.lineWidth(10).strokeColor(ACCENT).rect(20, 20, W - 40, H - 40).stroke();
	doc.lineWidth(1.2).strokeColor(GOLD).rect(31, 31, W - 62, H - 62).stroke();
	doc.lineWidth(0.5).strokeColor(GOLD).rect(35, 35, W - 70, H - 70).stroke();
	// A row of small gold diamonds on the green band.
	const diamond = (x: number, y: number, r: number) => doc.moveTo(x, y - r).lineTo(x + r, y).lineTo(x, y + r).lineTo(x - r, y).closePath();
	for (let x = 44; x < W - 30; x += 24) {
		diamond(x, 20, 2.2);
		diamond(x, H - 20, 2.2);
	}
	for (let y = 44; y < H - 30; y += 24) {
		diamond(20, y, 2.2);
		diamond(W - 20, y, 2.2);
	}
	doc.fillColor(GOLD).fill();
	for (const [x, y] of [[20, 20], [W - 20, 20], [20, H - 20], [W - 20, H - 20]]) star(doc, x, y, 13, GOLD);
}

/** An image fitted in a box, centred. */
function fitImage(doc: PDFKit.PDFDocument, img: Buffer, x: number, y: number, w: number, h: number) {
	doc.image(img, x, y, { fit: [w, h], align: 'center', valign: 'center' });
}

/**
 * The certificate as an A4 landscape PDF: a framed border, the organisation's logo
 * (or an emblem) and name in three languages, Arabic first, French under it, a line
 * in Tamazight; names in both scripts; what, hours, date; signatories with their
 * scanned signatures; partners' logos; serial and the QR code of the verification
 * address. Drawn once at issue and stored: a later design never changes it.
 */
export async function renderCertificatePdf(input: { payload: CertificatePayload; url: string; design?: PdfDesign }): Promise<Buffer> {
	const p = input.payload;
	const d = input.design ?? builtInDesign();
	const org = { ar: cleanText(d.organisation.ar), fr: cleanText(d.organisation.fr), zgh: cleanText(d.organisation.zgh) };
	const doc = createPdf({ layout: 'landscape', margin: 0, title: `${org.fr} ${p.serial}`, author: org.fr });
	const issued = new Date(p.issuedAt);
	const hours = { ar: formatNumber(p.hours, 'ar'), fr: formatNumber(p.hours, 'fr'), zgh: formatNumber(p.hours, 'zgh') };
	const kind = p.for.kind;
	const title = (l: Locale) => cleanText(pick(p.for.title, l).text || p.for.slug);
	const box = { x: 70, width: W - 140 };

	frame(doc);
	if (d.logo) fitImage(doc, d.logo, W / 2 - 60, 44, 120, 46);
	else star(doc, W / 2, 66, 20, ACCENT);

	drawLine(doc, [org.ar, org.fr, org.zgh].filter(Boolean).join(' · '), { ...box, y: 94, size: 12, minSize: 8, align: 'center', color: ACCENT, direction: 'rtl' });
	drawLine(doc, tx('ar', 'cert_pdf_title'), { ...box, y: 110, size: 28, bold: true, align: 'center', color: ACCENT, direction: 'rtl' });
	drawLine(doc, tx('fr', 'cert_pdf_title'), { ...box, y: 152, size: 16, bold: true, align: 'center', color: ACCENT, direction: 'ltr' });
	drawLine(doc, tx('zgh', 'cert_pdf_title'), { ...box, y: 174, size: 12, align: 'center', color: ACCENT, direction: 'ltr' });

	drawLine(doc, tx('ar', 'cert_pdf_certifies'), { ...box, y: 194, size: 14, align: 'center', color: INK, direction: 'rtl' });
	drawLine(doc, cleanName(p.holder.ar) || cleanName(p.holder.latin), { ...box, y: 214, size: 28, minSize: 14, bold: true, align: 'center', color: INK, direction: 'rtl' });
	drawLine(doc, cleanName(p.holder.latin) || cleanName(p.holder.ar), { ...box, y: 262, size: 18, minSize: 10, align: 'center', color: INK, direction: 'ltr' });

	drawLine(doc, tx('ar', kind === 'module' ? 'cert_pdf_completed_module' : 'cert_pdf_completed_programme', { title: title('ar') }), { ...box, y: 286, size: 16, minSize: 10, align: 'center', color: INK, direction: 'rtl' });
	drawLine(doc, tx('fr', kind === 'module' ? 'cert_pdf_completed_module' : 'cert_pdf_completed_programme', { title: title('fr') }), { ...box, y: 312, size: 12, minSize: 8, align: 'center', color: INK, direction: 'ltr' });
	drawLine(doc, tx('zgh', kind === 'module' ? 'cert_pdf_completed_module' : 'cert_pdf_completed_programme', { title: title('zgh') }), { ...box, y: 330, size: 10, minSize: 7, align: 'center', color: MUTED, direction: 'ltr' });

	drawLine(doc, tx('ar', 'cert_pdf_hours_date', { hours: hours.ar, date: formatDate(issued, 'ar') }), { ...box, y: 350, size: 13, align: 'center', color: INK, direction: 'rtl' });
	drawLine(doc, tx('fr', 'cert_pdf_hours_date', { hours: hours.fr, date: formatDate(issued, 'fr') }), { ...box, y: 371, size: 11, align: 'center', color: INK, direction: 'ltr' });

	// Signatories, from the right (Arabic reading order): title, signature over the line, name.
	const colW = 180;
	d.signatories.slice(0, 3).forEach((s, i) => {
		const x = W - 64 - colW - i * (colW + 14);
		drawLine(doc, cleanText(s.titleAr), { x, y: 394, width: colW, size: 11, minSize: 7, bold: true, align: 'center', color: INK, direction: 'rtl' });
		drawLine(doc, cleanText(s.titleFr), { x, y: 411, width: colW, size: 8.5, minSize: 6, align: 'center', color: MUTED, direction: 'ltr' });
		if (s.signature) fitImage(doc, s.signature, x + 30, 424, colW - 60, 36);
		doc.lineWidth(0.6).strokeColor(MUTED).moveTo(x + 20, 462).lineTo(x + colW - 20, 462).stroke();
		if (s.nameAr) drawLine(doc, cleanText(s.nameAr), { x, y: 466, width: colW, size: 11, minSize: 7, align: 'center', color: INK, direction: 'rtl' });
		if (s.nameLatin) drawLine(doc, cleanText(s.nameLatin), { x, y: 484, width: colW, size: 8.5, minSize: 6, align: 'center', color: MUTED, direction: 'ltr' });
	});

	// Partners' logos, bottom right, in a row.
	const partners = d.partners.slice(0, 6);
	if (partners.length) {
		const cell = Math.min(80, (W / 2 - 80) / partners.length);
		partners.forEach((img, i) => fitImage(doc, img, W - 60 - (i + 1) * cell, H - 96, cell - 8, 40));
	}

	// Serial and QR code (the verification address with the signature), bottom left.
	drawQrCode(doc, input.url, 50, H - 50 - 90, 90);
	drawLine(doc, `${tx('fr', 'cert_pdf_serial')} ${p.serial}`, { x: 148, y: H - 84, width: 250, size: 11, bold: true, color: INK, direction: 'ltr', align: 'left' });
	drawLine(doc, tx('ar', 'cert_pdf_verify_at', { url: input.url.split('?')[0] }), { x: 148, y: H - 66, width: 250, size: 8, minSize: 6, color: MUTED, direction: 'rtl', align: 'left' });

	return pdfBuffer(doc);
}
