import { db } from '$lib/server/db/runtime';
import { fileStorage } from '$lib/server/media/storage';
import { reportFileName } from '$lib/server/results/report/tables';
import { auditExport, download, reportRequest } from '$lib/server/web/report';
import type { RequestHandler } from './$types';

/** The report as a PDF; pdfkit is loaded on the first request, not at start. */
export const GET: RequestHandler = async (event) => {
	const { actor, period, lang } = reportRequest(event);
	const { renderReportPdf } = await import('$lib/server/results/report/pdf');
	const bytes = await renderReportPdf(db(), period, lang, { storage: fileStorage() });
	await auditExport(db(), actor.id, 'pdf', period, lang);
	return download(bytes, 'application/pdf', reportFileName(period, lang, 'pdf'));
};
