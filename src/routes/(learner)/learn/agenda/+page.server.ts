import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { learnerSessions } from '$lib/server/attendance/sessions.service';
import { sessionCard } from '$lib/server/web/session-view';
import { feedActions, feedState } from '$lib/server/web/calendar-feed';
import { pageParam } from '$lib/server/web/enrolment-view';
import { coachingAgenda } from '$lib/server/web/coaching';
import type { Actions, PageServerLoad } from './$types';

const PAST_PAGE_SIZE = 10;

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'learner');
	const locale = event.locals.locale;
	const now = new Date();
	const [sessions, feed] = await Promise.all([learnerSessions(db(), user.id), feedState(event, user.id)]);
	const cards = sessions.map((s) => ({ ...sessionCard(s, locale, now), myStatus: s.myStatus }));
	// First the session in progress (she can check in now), else the next one to come.
	const featured = cards.find((s) => s.live) ?? cards.find((s) => !s.past && !s.cancelled) ?? null;
	const rest = cards.filter((s) => s !== featured);
	const past = rest.filter((s) => s.past).reverse();
	const pastPages = Math.max(1, Math.ceil(past.length / PAST_PAGE_SIZE));
	const pastPage = Math.min(pageParam(event.url), pastPages);
	return {
		featured,
		// Said once for the page: titles or places missing in her language, shown in another.
		fallbackLang: cards.find((s) => s.fallbackLang)?.fallbackLang ?? null,
		// Her cohorts, said once at the top rather than on every card.
		cohorts: [...new Set(cards.map((s) => s.cohort))],
		upcoming: rest.filter((s) => !s.past),
		// Most recent first, ten a page, folded: over a year the four modules hold dozens of sessions.
		past: past.slice((pastPage - 1) * PAST_PAGE_SIZE, pastPage * PAST_PAGE_SIZE),
		pastCount: past.length,
		pastPage,
		pastPages,
		revoked: event.url.searchParams.get('feed') === 'revoked',
		coaching: await coachingAgenda(db(), user.id, locale),
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
