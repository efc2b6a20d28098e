import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { board } from '$lib/server/coaching/coaching.service';
import { pageParam } from '$lib/server/web/enrolment-view';
import { day, modeText, pct, person, when } from '$lib/server/web/coaching';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'trainer', 'admin');
	const locale = event.locals.locale;
	const b = await board(db(), user, pageParam(event.url));
	return {
		all: user.role === 'admin',
		weeks: b.settings.noContactWeeks,
		total: b.total,
		page: Math.min(pageParam(event.url), b.pages),
		pages: b.pages,
		rows: b.rows.map((r) => ({
			id: r.learner_id,
			name: person(r, locale),
			lastAt: r.last_at ? day(r.last_at, locale) : null,
			lastMode: modeText(r.last_mode),
			nextAt: when(r.next_at, locale),
			open: r.open_actions,
			overdue: r.overdue_actions,
			held: r.held,
			progress: r.progress,
			progressText: pct(r.progress, locale),
			hasPlan: r.plan_status !== null,
			flagged: r.flagged
		})),
		upcoming: b.upcoming.map((s) => ({ id: s.id, learnerId: s.learner_id, name: person(s, locale), when: when(s.starts_at, locale), mode: modeText(s.mode), place: s.place }))
	};
};
