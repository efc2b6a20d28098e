import { db } from '$lib/server/db/runtime';
import { reportFileName } from '$lib/server/results/report/tables';
import { auditExport, download, reportRequest } from '$lib/server/web/report';
import type { RequestHandler } from './$types';

/** The report as an XLSX workbook; exceljs is loaded on the first request. */
export const GET: RequestHandler = async (event) => {
	const { actor, period, lang } = reportRequest(event);
	const { renderReportXlsx } = await import('$lib/server/results/report/xlsx');
	const bytes = await renderReportXlsx(db(), period, lang);
	await auditExport(db(), actor.id, 'xlsx', period, lang);
	return download(bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', reportFileName(period, lang, 'xlsx'));
};
