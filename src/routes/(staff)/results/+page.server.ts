import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { BAR_W, cachedDashboardView, LINE_H, LINE_W, periodFrom } from '$lib/server/web/results';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'admin', 'observer');
	const locale = event.locals.locale;
	const p = periodFrom(event.url);
	const groups = await cachedDashboardView(db(), p.period, locale);
	return {
		observer: user.role === 'observer',
		period: { from: p.from, to: p.to, errors: p.errors, preset: p.preset, query: p.query, whole: p.period.from === null && p.period.to === null },
		results: groups.filter((g) => g.code !== 'L'),
		learning: groups.find((g) => g.code === 'L') ?? null,
		size: { bar: BAR_W, lineW: LINE_W, lineH: LINE_H },
		rtl: locale === 'ar'
	};
};
