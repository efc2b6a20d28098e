import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { listCohorts } from '$lib/server/enrolment/cohort.repository';
import { targetOptions } from '$lib/server/web/enrolment-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const [{ items }, targets] = await Promise.all([listCohorts(db()), targetOptions(db(), event.locals.locale)]);
	return {
		cohorts: items.map((c) => ({ value: String(c.id), label: c.name })),
		modules: targets.filter((t) => t.value.startsWith('module:')).map((t) => ({ value: t.value.slice(7), label: t.label }))
	};
};
