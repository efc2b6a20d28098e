import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db/runtime';
import { t } from '$lib/server/i18n';
import { tableCsv } from '$lib/server/results/report/csv';
import { reportFileName, reportTables, reportValues, TABLES, type TableName } from '$lib/server/results/report/tables';
import { auditExport, download, reportRequest } from '$lib/server/web/report';
import type { RequestHandler } from './$types';

/** One table of the report as CSV (UTF-8 with BOM): performance, province, commune or extra. */
export const GET: RequestHandler = async (event) => {
	const { actor, period, lang } = reportRequest(event);
	const name = event.params.table as TableName;
	if (!TABLES.includes(name)) error(404, t('error_not_found'));
	const table = reportTables(await reportValues(db(), period), lang)[name];
	await auditExport(db(), actor.id, 'csv', period, lang, { table: name });
	return download(tableCsv(table), 'text/csv; charset=utf-8', reportFileName(period, lang, 'csv', name));
};
