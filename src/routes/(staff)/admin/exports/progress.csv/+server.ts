import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { progressCsv } from '$lib/server/enrolment/exports';
import { idParam } from '$lib/server/web/enrolment-view';
import { csvResponse } from '../csv-response';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'admin');
	return csvResponse(await progressCsv(db(), { cohortId: idParam(event.url, 'cohort'), moduleId: idParam(event.url, 'module') }), 'progress');
};
