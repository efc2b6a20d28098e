import { requireModuleStaff } from '$lib/server/web/guards';
import { staffModule } from '$lib/server/content/staff';
import { db } from '$lib/server/db/runtime';
import { parseId, raise } from '$lib/server/http';
import { submitExpired } from '$lib/server/quizzes/attempt.service';
import { filterOptions, filterQuery, resultFilter } from '$lib/server/web/result-filters';
import { gainPage, type GainGroup } from '$lib/server/quizzes/results.service';
import { pageParam } from '$lib/server/web/enrolment-view';
import { pick } from '$lib/localized';
import type { PageServerLoad } from './$types';

/** Rows per list (learners, cohorts): a phone scrolls them as cards. */
const PAGE_SIZE = 25;
const GROUPS: GainGroup[] = ['both', 'pre', 'post'];

export const load: PageServerLoad = async (event) => {
	await requireModuleStaff(event, db(), parseId(event.params.id));
	const moduleId = parseId(event.params.id);
	const locale = event.locals.locale;
	const { module: mod } = await staffModule(db(), moduleId).catch(raise);
	await submitExpired(db());
	const filter = resultFilter(event.url);
	const group = GROUPS.find((g) => g === event.url.searchParams.get('group')) ?? 'both';
	const asked = { learners: pageParam(event.url), cohorts: Math.max(1, Math.floor(Number(event.url.searchParams.get('cohort_page')) || 1)) };
	const [first, options] = await Promise.all([gainPage(db(), moduleId, filter, group, asked, PAGE_SIZE), filterOptions(db(), locale)]);
	const pagesOf = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));
	const page = { learners: Math.min(asked.learners, pagesOf(first.learnersTotal)), cohorts: Math.min(asked.cohorts, pagesOf(first.cohortsTotal)) };
	// A page past the end (a typed address, a list that shrank) shows the last one.
	const report = page.learners === asked.learners && page.cohorts === asked.cohorts ? first : await gainPage(db(), moduleId, filter, group, page, PAGE_SIZE);
	const name = (g: { nameAr: string; nameLatin: string }) => (locale === 'ar' ? g.nameAr : g.nameLatin);
	const query = filterQuery(filter);
	return {
		moduleId,
		moduleTitle: pick(mod.title, locale),
		filter: { cohort: filter.cohortId ? String(filter.cohortId) : '', commune: filter.communeId ? String(filter.communeId) : '' },
		/** The address of each group's list, keeping the filters. */
		groupHref: Object.fromEntries(GROUPS.map((g) => [g, `${query ? `${query}&` : '?'}group=${g}#learners-h`])) as Record<GainGroup, string>,
		group,
		options,
		page,
		pages: { learners: pagesOf(report.learnersTotal), cohorts: pagesOf(report.cohortsTotal) },
		cohorts: report.cohorts,
		report: { ...report, learners: report.learners.map((g) => ({ ...g, name: name(g) })) }
	};
};
