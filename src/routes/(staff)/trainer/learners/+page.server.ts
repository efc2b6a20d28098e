import { requireRole, staffScope } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { displayLogin } from '$lib/server/users/login-id';
import { communeOptions } from '$lib/server/web/users-view';
import { listCohorts } from '$lib/server/enrolment/cohort.repository';
import { learnerProgress, listModules } from '$lib/server/enrolment/enrolment.repository';
import { idParam, moduleTitle, pageParam } from '$lib/server/web/enrolment-view';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;

/** A trainer sees the learners of the modules she teaches; an admin sees every module's. */
export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'trainer', 'admin');
	const locale = event.locals.locale;
	const modules = await listModules(db(), { ids: await staffScope(db(), user) });
	const sp = event.url.searchParams;
	const chosen = modules.find((m) => m.slug === sp.get('module')) ?? modules[0];
	const cohortId = idParam(event.url, 'cohort');
	const communeId = idParam(event.url, 'commune');
	const page = pageParam(event.url);
	const [cohorts, communes, progress] = await Promise.all([
		listCohorts(db()),
		communeOptions(db(), locale),
		chosen ? learnerProgress(db(), { moduleId: chosen.id, cohortId, communeId, page, pageSize: PAGE_SIZE }) : Promise.resolve({ total: 0, items: [] })
	]);
	return {
		isAdmin: user.role === 'admin',
		modules: modules.map((m) => ({ value: m.slug, label: moduleTitle(m.title, locale, m.slug) })),
		cohorts: cohorts.items.map((c) => ({ value: String(c.id), label: c.name })),
		communes,
		filters: { module: chosen?.slug ?? '', cohort: cohortId ? String(cohortId) : '', commune: communeId ? String(communeId) : '' },
		total: progress.total,
		page,
		pages: Math.max(1, Math.ceil(progress.total / PAGE_SIZE)),
		learners: progress.items.map((r) => ({
			id: r.user_id,
			nameAr: r.name_ar,
			nameLatin: r.name_latin,
			login: displayLogin(r.login),
			commune: (locale === 'ar' ? r.commune_ar : r.commune_fr) ?? '—',
			cohorts: r.cohorts ?? '—',
			done: r.done,
			total: r.total_lessons,
			lastActivity: r.last_activity ? new Date(r.last_activity).toISOString() : null
		}))
	};
};
