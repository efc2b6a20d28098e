import { createDb } from '../../src/lib/server/db/index';

/**
 * Issue #16: the funders' report as a PDF for the whole programme (no period bounds), in Arabic
 * (the heavier language: every line shaped and reordered), on the bench database, timed in this
 * process: indicators computed, consented stories read, PDF drawn. pdfkit is imported inside the
 * timing, as the first download after a start would.
 */
export async function reportPdfDemo(databaseUrl: string): Promise<{ ms: number; againMs: number; bytes: number; pages: number }> {
	const { db, close } = await createDb({ databaseUrl });
	try {
		const start = performance.now();
		const { renderReportPdf } = await import('../../src/lib/server/results/report/pdf');
		const pdf = await renderReportPdf(db, { from: null, to: null }, 'ar');
		const ms = performance.now() - start;
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		// The next download, once the process has shaped Arabic and compiled the queries once.
		const again = performance.now();
		await renderReportPdf(db, { from: null, to: null }, 'ar');
		return { ms, againMs: performance.now() - again, bytes: pdf.byteLength, pages };
	} finally {
		await close();
	}
}
