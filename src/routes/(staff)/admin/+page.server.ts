import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { adminHome } from '$lib/server/homes/homes.service';
import { formatNumber } from '$lib/i18n/format';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const locale = event.locals.locale;
	const g = await adminHome(db());
	const n = (x: number) => formatNumber(x, locale);
	const pct = (x: number | null) => (x === null ? null : formatNumber(x / 100, locale, { style: 'percent', maximumFractionDigits: 1 }));
	return {
		glance: {
			learners: n(g.learners),
			trainers: n(g.trainers),
			learnersEnrolled: n(g.learnersEnrolled),
			enrolments: n(g.enrolments),
			attendance: pct(g.attendancePct),
			below: n(g.belowThreshold),
			gainPairs: g.gainPairs,
			pre: pct(g.avgPre),
			post: pct(g.avgPost),
			certificates: n(g.certificates),
			certificatesRecent: n(g.certificatesRecent)
		}
	};
};
