import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db/runtime';
import { feedFor, feedOwner } from '$lib/server/attendance/calendar.service';
import { pick } from '$lib/localized';
import { t } from '$lib/server/i18n';
import * as messages from '$lib/paraglide/messages';
import { coachingFeedEvents } from '$lib/server/coaching/coaching.service';
import type { RequestHandler } from './$types';

/** The private calendar feed: the token in the address is the only credential (no cookie: calendar apps send none). */
export const GET: RequestHandler = async ({ params, url }) => {
	const owner = await feedOwner(db(), params.token);
	if (!owner) error(404, t('error_not_found'));
	const locale = owner.locale;
	const body = await feedFor(
		db(),
		owner,
		{
			calendarName: messages.att_feed_calendar_name({}, { locale }),
			cancelled: messages.att_cancelled({}, { locale }),
			moduleTitle: (s) => pick(s.moduleTitle, locale).text || s.moduleSlug
		},
		url.origin,
		await coachingFeedEvents(db(), owner, url.origin, messages.coach_feed_event({}, { locale }))
	);
	return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'private, no-cache', 'x-robots-tag': 'noindex' } });
};
