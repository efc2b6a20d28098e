// The calendar link's form actions, shared by the learners' agenda and the trainers' sessions page.
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { requireUser } from './guards';
import { db } from '../db/runtime';
import { formatDate } from '$lib/i18n/format';
import { createFeedToken, feedCreatedAt, revokeFeedToken } from '../attendance/calendar.service';

export function feedUrl(event: Pick<RequestEvent, 'url'>, token: string): string {
	return `${event.url.origin}/calendar/${token}.ics`;
}

export async function feedState(event: RequestEvent, userId: number) {
	const created = await feedCreatedAt(db(), userId);
	return { feedSince: created ? formatDate(created, event.locals.locale) : null, confirmRevoke: event.url.searchParams.get('confirm') === 'revoke-feed' };
}

export const feedActions = {
	createFeed: async (event: RequestEvent) => {
		const user = requireUser(event);
		const token = await createFeedToken(db(), user.id);
		return { feedUrl: feedUrl(event, token) };
	},
	revokeFeed: async (event: RequestEvent) => {
		const user = requireUser(event);
		await revokeFeedToken(db(), user.id);
		redirect(303, `${event.url.pathname}?feed=revoked`);
	}
};
