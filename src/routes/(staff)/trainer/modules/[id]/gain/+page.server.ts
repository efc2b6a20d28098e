import { requireModuleStaff } from '$lib/server/web/guards';
import { staffModule } from '$lib/server/content/staff';
import { db } from '$lib/server/db/runtime';
import { parseId, raise } from '$lib/server/http';
import { submitExpired } from '$lib/server/quizzes/attempt.service';
import { filterOptions, resultFilter } from '$lib/server/web/result-filters';
import { gainByCohort, gainReport } from '$lib/server/quizzes/results.service';
import { pick } from '$lib/localized';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await requireModuleStaff(event, db(), parseId(event.params.id));
	const moduleId = parseId(event.params.id);
	const locale = event.locals.locale;
	const { module: mod } = await staffModule(db(), moduleId).catch(raise);
	await submitExpired(db());
	const filter = resultFilter(event.url);
	const [report, cohorts, options] = await Promise.all([gainReport(db(), moduleId, filter), gainByCohort(db(), moduleId, filter), filterOptions(db(), locale)]);
	const name = (g: { nameAr: string; nameLatin: string }) => (locale === 'ar' ? g.nameAr : g.nameLatin);
	return {
		moduleId,
		moduleTitle: pick(mod.title, locale),
		filter: { cohort: filter.cohortId ? String(filter.cohortId) : '', commune: filter.communeId ? String(filter.communeId) : '' },
		options,
		cohorts,
		report: {
			...report,
			learners: report.learners.map((g) => ({ ...g, name: name(g) })),
			onlyPre: report.onlyPre.map((g) => ({ ...g, name: name(g) })),
			onlyPost: report.onlyPost.map((g) => ({ ...g, name: name(g) }))
		}
	};
};
