import { createPdf, drawLine, drawQrCode, cleanText, pdfBuffer } from '../pdf/index';
import { formatDate, formatNumber } from '../../i18n/format';
import ar from '../../i18n/messages/certificates/ar.json';
import fr from '../../i18n/messages/certificates/fr.json';
import zgh from '../../i18n/messages/certificates/zgh.json';
import { ORGANISATION, signatories } from './config';
import type { CertificatePayload } from './certificates.service';
import { cleanName } from '../users/names';

const catalogues = { ar, fr, zgh } as Record<'ar' | 'fr' | 'zgh', Record<string, string>>;

function tx(locale: 'ar' | 'fr' | 'zgh', key: string, params: Record<string, string> = {}): string {
	// The catalogue wraps numbers in isolates for browsers; the PDF's bidi layout needs none (and fonts have no glyph for them).
	return cleanText((catalogues[locale][key] ?? key).replace(/\{(\w+)\}/g, (_, k) => params[k] ?? ''));
}

const W = 841.89;
const H = 595.28;
const INK = '#1f2937';
const ACCENT = '#0f5e57';
const MUTED = '#4b5563';

/**
 * The certificate as an A4 landscape PDF: Arabic first, French under it, a line in
 * Tamazight; names in both scripts; what, hours, date; signatories; serial and
 * the QR code of the verification address. Drawn once at issue and stored.
 */
export async function renderCertificatePdf(input: { payload: CertificatePayload; url: string }): Promise<Buffer> {
	const p = input.payload;
	const doc = createPdf({ layout: 'landscape', margin: 0, title: `${ORGANISATION.fr} ${p.serial}`, author: ORGANISATION.fr });
	const issued = new Date(p.issuedAt);
	const hours = { ar: formatNumber(p.hours, 'ar'), fr: formatNumber(p.hours, 'fr'), zgh: formatNumber(p.hours, 'zgh') };
	const kind = p.for.kind;
	const title = (l: 'ar' | 'fr' | 'zgh') => cleanText(p.for.title[l] || p.for.title.fr || p.for.title.ar || p.for.slug);
	const box = { x: 70, width: W - 140 };

	doc.lineWidth(3).strokeColor(ACCENT).rect(22, 22, W - 44, H - 44).stroke();
	doc.lineWidth(0.8).rect(30, 30, W - 60, H - 60).stroke();

	drawLine(doc, `${ORGANISATION.ar} · ${ORGANISATION.fr} · ${ORGANISATION.zgh}`, { ...box, y: 46, size: 12, align: 'center', color: ACCENT, direction: 'rtl' });
	drawLine(doc, tx('ar', 'cert_pdf_title'), { ...box, y: 66, size: 32, bold: true, align: 'center', color: ACCENT, direction: 'rtl' });
	drawLine(doc, tx('fr', 'cert_pdf_title'), { ...box, y: 114, size: 18, bold: true, align: 'center', color: ACCENT, direction: 'ltr' });
	drawLine(doc, tx('zgh', 'cert_pdf_title'), { ...box, y: 140, size: 14, align: 'center', color: ACCENT, direction: 'ltr' });

	drawLine(doc, tx('ar', 'cert_pdf_certifies'), { ...box, y: 170, size: 15, align: 'center', color: INK, direction: 'rtl' });
	// The same cleaning as the public check page shows (users/names.ts), so both read alike.
	drawLine(doc, cleanName(p.holder.ar) || cleanName(p.holder.latin), { ...box, y: 194, size: 30, minSize: 14, bold: true, align: 'center', color: INK, direction: 'rtl' });
	drawLine(doc, cleanName(p.holder.latin) || cleanName(p.holder.ar), { ...box, y: 240, size: 20, minSize: 10, align: 'center', color: INK, direction: 'ltr' });

	drawLine(doc, tx('ar', kind === 'module' ? 'cert_pdf_completed_module' : 'cert_pdf_completed_programme', { title: title('ar') }), { ...box, y: 278, size: 17, minSize: 10, align: 'center', color: INK, direction: 'rtl' });
	drawLine(doc, tx('fr', kind === 'module' ? 'cert_pdf_completed_module' : 'cert_pdf_completed_programme', { title: title('fr') }), { ...box, y: 308, size: 13, minSize: 8, align: 'center', color: INK, direction: 'ltr' });
	drawLine(doc, tx('zgh', kind === 'module' ? 'cert_pdf_completed_module' : 'cert_pdf_completed_programme', { title: title('zgh') }), { ...box, y: 328, size: 11, minSize: 7, align: 'center', color: MUTED, direction: 'ltr' });

	drawLine(doc, tx('ar', 'cert_pdf_hours_date', { hours: hours.ar, date: formatDate(issued, 'ar') }), { ...box, y: 354, size: 14, align: 'center', color: INK, direction: 'rtl' });
	drawLine(doc, tx('fr', 'cert_pdf_hours_date', { hours: hours.fr, date: formatDate(issued, 'fr') }), { ...box, y: 378, size: 12, align: 'center', color: INK, direction: 'ltr' });

	// Signatories, from the right (Arabic reading order).
	const signers = signatories();
	const colW = 190;
	signers.forEach((s, i) => {
		const x = W - 70 - colW - i * (colW + 20);
		doc.lineWidth(0.6).strokeColor(MUTED).moveTo(x + 20, 462).lineTo(x + colW - 20, 462).stroke();
		drawLine(doc, cleanText(s.titleAr), { x, y: 414, width: colW, size: 12, bold: true, align: 'center', color: INK, direction: 'rtl' });
		drawLine(doc, cleanText(s.titleFr), { x, y: 434, width: colW, size: 9, align: 'center', color: MUTED, direction: 'ltr' });
		if (s.nameAr) drawLine(doc, cleanText(s.nameAr), { x, y: 468, width: colW, size: 12, align: 'center', color: INK, direction: 'rtl' });
		if (s.nameLatin) drawLine(doc, cleanText(s.nameLatin), { x, y: 488, width: colW, size: 9, align: 'center', color: MUTED, direction: 'ltr' });
	});

	// Serial and QR code (the verification address with the signature), bottom left.
	drawQrCode(doc, input.url, 48, H - 48 - 96, 96);
	drawLine(doc, `${tx('fr', 'cert_pdf_serial')} ${p.serial}`, { x: 152, y: H - 86, width: 260, size: 11, bold: true, color: INK, direction: 'ltr', align: 'left' });
	drawLine(doc, tx('ar', 'cert_pdf_verify_at', { url: input.url.split('?')[0] }), { x: 152, y: H - 68, width: 300, size: 8, minSize: 6, color: MUTED, direction: 'rtl', align: 'left' });

	return pdfBuffer(doc);
}
