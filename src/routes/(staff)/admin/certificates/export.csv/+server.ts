import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { filterFrom, registerCsv } from '$lib/server/certificates/register';
import { csvResponse } from '../../exports/csv-response';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'admin');
	return csvResponse(await registerCsv(db(), filterFrom(event.url, 1), event.locals.locale), 'certificates');
};
