import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { usersCsv } from '$lib/server/enrolment/exports';
import { csvResponse } from '../csv-response';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'admin');
	return csvResponse(await usersCsv(db()), 'users');
};
