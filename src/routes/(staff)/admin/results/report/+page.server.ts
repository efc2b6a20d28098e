import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { localDay } from '$lib/server/time';
import { reportStories } from '$lib/server/stories/stories.service';
import type { PageServerLoad } from './$types';

/** The download form: period and language; each format is a button of the same GET form (works without script). */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const q = event.url.searchParams;
	const lang = q.get('lang') === 'fr' || q.get('lang') === 'ar' ? q.get('lang')! : event.locals.locale === 'fr' ? 'fr' : 'ar';
	return { from: q.get('from') ?? '', to: q.get('to') ?? '', lang, today: localDay(new Date()), stories: (await reportStories(db())).length };
};
