import { requireRole } from '$lib/server/auth/guards';
import { db } from '$lib/server/db/runtime';
import { learnerSessions } from '$lib/server/attendance/sessions.service';
import { sessionCard } from '$lib/server/attendance/view';
import { feedActions, feedState } from '$lib/server/attendance/feed-actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'learner');
	const locale = event.locals.locale;
	const now = new Date();
	const [sessions, feed] = await Promise.all([learnerSessions(db(), user.id), feedState(event, user.id)]);
	const cards = sessions.map((s) => ({ ...sessionCard(s, locale, now), myStatus: s.myStatus }));
	return {
		upcoming: cards.filter((s) => !s.past),
		// Most recent first; the list is short (a cohort has a few sessions a month).
		past: cards.filter((s) => s.past).reverse(),
		revoked: event.url.searchParams.get('feed') === 'revoked',
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
