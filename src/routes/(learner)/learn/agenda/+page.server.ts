import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { learnerSessions } from '$lib/server/attendance/sessions.service';
import { sessionCard, sessionTiming } from '$lib/server/web/session-view';
import { feedActions, feedState } from '$lib/server/web/calendar-feed';
import { pageParam } from '$lib/server/web/enrolment-view';
import { coachingAgenda } from '$lib/server/web/coaching';
import type { Actions, PageServerLoad } from './$types';

const PAST_PAGE_SIZE = 10;

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'learner');
	const locale = event.locals.locale;
	const now = new Date();
	const [sessions, feed, coaching] = await Promise.all([learnerSessions(db(), user.id), feedState(event, user.id), coachingAgenda(db(), user.id, locale)]);
	const timed = sessions.map((s) => ({ s, ...sessionTiming(s, now) }));
	// First the session in progress (she can check in now), else the next one to come.
	const featured = timed.find((x) => x.live) ?? timed.find((x) => !x.past && !x.s.cancelledAt) ?? null;
	const rest = timed.filter((x) => x !== featured);
	const past = rest.filter((x) => x.past).reverse();
	const pastPages = Math.max(1, Math.ceil(past.length / PAST_PAGE_SIZE));
	const pastPage = Math.min(pageParam(event.url), pastPages);
	// Only the sessions shown are formatted (dates, names): a year holds dozens of past ones.
	const card = (x: (typeof timed)[number]) => ({ ...sessionCard(x.s, locale, now), myStatus: x.s.myStatus });
	const shown = { featured: featured && card(featured), upcoming: rest.filter((x) => !x.past).map(card), past: past.slice((pastPage - 1) * PAST_PAGE_SIZE, pastPage * PAST_PAGE_SIZE).map(card) };
	return {
		...shown,
		// Said once for the page: titles or places missing in her language, shown in another.
		fallbackLang: [shown.featured, ...shown.upcoming, ...shown.past].find((c) => c?.fallbackLang)?.fallbackLang ?? null,
		// Her cohorts, said once at the top rather than on every card.
		cohorts: [...new Set(sessions.map((s) => s.cohortName))],
		pastCount: past.length,
		pastPage,
		pastPages,
		revoked: event.url.searchParams.get('feed') === 'revoked',
		coaching,
		...feed
	};
};

export const actions: Actions = {
	createFeed: (event) => {
		requireRole(event, 'learner');
		return feedActions.createFeed(event);
	},
	revokeFeed: (event) => {
		requireRole(event, 'learner');
		return feedActions.revokeFeed(event);
	}
};
