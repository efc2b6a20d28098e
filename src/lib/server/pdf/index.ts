/**
 * PDF helpers shared by certificates and sign-in sheets: fonts parsed once per
 * process, lines of mixed Arabic / Latin / Tifinagh laid out with the Unicode
 * bidi algorithm (pdfkit alone orders Arabic words left to right: STACK.md
 * trap 2), and a vector QR code.
 */
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { bidi, layoutLine, type Run } from './bidi';
import { fonts, type FontName } from './fonts';

export { cleanText } from './text';

export interface PdfOptions {
	layout?: 'portrait' | 'landscape';
	margin?: number;
	title?: string;
	author?: string;
}

/** An A4 document with the fonts registered under 'arabic', 'arabic-bold', 'latin', 'latin-bold', 'tifinagh'. */
export function createPdf(opts: PdfOptions = {}): PDFKit.PDFDocument {
	const doc = new PDFDocument({
		size: 'A4',
		layout: opts.layout ?? 'portrait',
		margin: opts.margin ?? 36,
		info: { Title: opts.title ?? '', Author: opts.author ?? 'Amssawas', Creator: 'Amssawas LMS', Producer: 'Amssawas LMS' },
		// Kept identical between runs of the same input: no random document id.
		autoFirstPage: true,
		lang: 'ar'
	});
	for (const [name, font] of Object.entries(fonts())) doc.registerFont(name, font as unknown as string);
	return doc;
}

export interface LineOptions {
	/** Top-left of the line box. */
	x: number;
	y: number;
	/** Box width: the text never goes outside it. */
	width: number;
	/** Font size in pt (the upper bound when shrinking). */
	size: number;
	/** Shrink down to this to fit (default size × 0.6); below that, an ellipsis. */
	minSize?: number;
	/** In the box; default right for right-to-left text, left otherwise. */
	align?: 'left' | 'center' | 'right';
	bold?: boolean;
	color?: string;
	/** Paragraph direction; auto takes the first strong character's. */
	direction?: 'rtl' | 'ltr' | 'auto';
}

function runWidth(doc: PDFKit.PDFDocument, run: Run, size: number): number {
	doc.font(run.font).fontSize(size);
	return doc.widthOfString(run.text, { features: [] } as PDFKit.Mixins.TextOptions);
}

function runsWidth(doc: PDFKit.PDFDocument, runs: Run[], size: number): number {
	return runs.reduce((sum, r) => sum + runWidth(doc, r, size), 0);
}

/** Width of a line at that size, in pt. */
export function measureLine(doc: PDFKit.PDFDocument, text: string, size: number, bold = false): number {
	return runsWidth(doc, layoutLine(text, { bold }).runs, size);
}

/**
 * Draws one line: bidi runs in visual order, a font per script, brackets
 * mirrored in right-to-left runs, shrunk (then cut with an ellipsis) to fit.
 */
export function drawLine(doc: PDFKit.PDFDocument, text: string, opts: LineOptions): { size: number; width: number } {
	const bold = opts.bold ?? false;
	let line = layoutLine(text, { bold, direction: opts.direction });
	const minSize = opts.minSize ?? opts.size * 0.6;
	let size = opts.size;
	let width = runsWidth(doc, line.runs, size);
	if (width > opts.width) {
		size = Math.max(minSize, Math.floor(((size * opts.width) / width) * 10) / 10);
		width = runsWidth(doc, line.runs, size);
	}
	if (width > opts.width) {
		// Still too long at the smallest size: keep the longest start that fits, with an ellipsis.
		const chars = [...text];
		const direction = line.rtl ? 'rtl' : 'ltr';
		const cut = (keep: number) => layoutLine(chars.slice(0, keep).join('').trimEnd() + '…', { bold, direction });
		let lo = 1;
		let hi = chars.length - 1;
		while (lo < hi) {
			const mid = Math.ceil((lo + hi) / 2);
			if (runsWidth(doc, cut(mid).runs, size) <= opts.width) lo = mid;
			else hi = mid - 1;
		}
		line = cut(lo);
		width = runsWidth(doc, line.runs, size);
	}
	const align = opts.align ?? (line.rtl ? 'right' : 'left');
	let x = align === 'left' ? opts.x : align === 'right' ? opts.x + opts.width - width : opts.x + (opts.width - width) / 2;
	doc.save();
	doc.fillColor(opts.color ?? '#000');
	for (const run of line.runs) {
		doc.font(run.font).fontSize(size);
		doc.text(run.text, x, opts.y, { lineBreak: false, features: [] } as PDFKit.Mixins.TextOptions);
		x += runWidth(doc, run, size);
	}
	doc.restore();
	return { size, width };
}

/** A vector QR code (error correction M, with its quiet zone) in a square of `size` pt at (x, y). */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
	const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const n = qr.modules.size;
	const quiet = 4;
	const cell = size / (n + 2 * quiet);
	doc.save();
	doc.rect(x, y, size, size).fill('#fff');
	doc.fillColor('#000');
	for (let r = 0; r < n; r++) {
		let c = 0;
		while (c < n) {
			if (!qr.modules.get(r, c)) {
				c++;
				continue;
			}
			let end = c;
			while (end < n && qr.modules.get(r, end)) end++;
			// Slight overlap so anti-aliasing leaves no hairlines between cells.
			doc.rect(x + (quiet + c) * cell, y + (quiet + r) * cell, (end - c) * cell + 0.05, cell + 0.05);
			c = end;
		}
	}
	doc.fill();
	doc.restore();
}

/** Ends the document and resolves with its bytes. */
export function pdfBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		doc.on('data', (c: Buffer) => chunks.push(c));
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
		doc.end();
	});
}

export { bidi, type FontName };
