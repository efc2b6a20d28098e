import { requireModuleStaff, requireRole, staffScope } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { listSessions } from '$lib/server/attendance/sessions.service';
import { sessionCard } from '$lib/server/web/session-view';
import { feedActions, feedState } from '$lib/server/web/calendar-feed';
import { findModuleBySlug, listModules } from '$lib/server/enrolment/enrolment.repository';
import { pageParam } from '$lib/server/web/enrolment-view';
import { pick } from '$lib/localized';
import type { Actions, PageServerLoad } from './$types';

const PAGE_SIZE = 20;

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'trainer', 'admin');
	const locale = event.locals.locale;
	const past = event.url.searchParams.get('when') === 'past';
	const slug = event.url.searchParams.get('module') ?? '';
	const mod = slug ? await findModuleBySlug(db(), slug) : undefined;
	if (mod) await requireModuleStaff(event, db(), mod.id);
	const scope = await staffScope(db(), user);
	const page = pageParam(event.url);
	const now = new Date();
	const [{ total, items }, modules, feed] = await Promise.all([
		listSessions(db(), { moduleId: mod?.id, moduleIds: scope, upcoming: !past, page, pageSize: PAGE_SIZE, now }),
		listModules(db(), { ids: scope }),
		feedState(event, user.id)
	]);
	return {
		past,
		module: mod ? mod.slug : '',
		page,
		pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
		total,
		sessions: items.map((s) => sessionCard(s, locale, now)),
		revoked: event.url.searchParams.get('feed') === 'revoked',
		modules: modules.map((m) => ({ slug: m.slug, title: pick(m.title, locale).text || m.slug })),
		...feed
	};
};

export const actions: Actions = {
	createFeed: (event) => {
		requireRole(event, 'trainer', 'admin');
		return feedActions.createFeed(event);
	},
	revokeFeed: (event) => {
		requireRole(event, 'trainer', 'admin');
		return feedActions.revokeFeed(event);
	}
};
