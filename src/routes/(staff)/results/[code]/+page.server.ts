import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { raise } from '$lib/server/http';
import { indicatorCounts, indicatorRecords, RECORDS_LIMIT } from '$lib/server/results/indicators.service';
import { countsView, recordsView } from '$lib/server/web/results-records';
import { periodFrom } from '$lib/server/web/results';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'admin', 'observer');
	const locale = event.locals.locale;
	const p = periodFrom(event.url);
	const code = event.params.code;
	const period = { query: p.query, from: p.period.from, to: p.period.to, errors: p.errors };
	// An observer gets counts by commune and month only: the names never leave the server.
	if (user.role === 'observer') {
		const c = await indicatorCounts(db(), code, p.period).catch(raise);
		return { observer: true as const, period, ...countsView(c, locale), records: [], more: false, limit: RECORDS_LIMIT };
	}
	const r = await indicatorRecords(db(), code, p.period).catch(raise);
	return { observer: false as const, period, ...recordsView(r, locale), counts: [], limit: RECORDS_LIMIT };
};
