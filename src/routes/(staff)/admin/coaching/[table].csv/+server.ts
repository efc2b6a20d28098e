import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { CSV_TABLES, overviewCsv, type CsvTable } from '$lib/server/coaching/overview.repository';
import { t } from '$lib/server/i18n';
import { csvResponse } from '../../exports/csv-response';
import type { RequestHandler } from './$types';

/** One table of the coaching overview, or every session (never the private notes). */
export const GET: RequestHandler = async (event) => {
	requireRole(event, 'admin');
	const table = event.params.table as CsvTable;
	if (!CSV_TABLES.includes(table)) error(404, t('error_not_found'));
	return csvResponse(await overviewCsv(db(), table), `coaching-${table}`);
};
