// Form helpers of the session pages (routes only).
import type { Locale } from '$lib/i18n';
import { pick } from '$lib/localized';
import type { Db } from '../db/index';
import { field } from '../http';
import { listCohorts } from '../enrolment/cohort.repository';
import { listModules } from '../enrolment/enrolment.repository';
import type { SessionInput } from './sessions.service';

export function sessionInput(data: FormData): SessionInput {
	const get = (n: string) => field(data, n);
	return {
		moduleId: get('moduleId'),
		cohortId: get('cohortId'),
		title: get('title'),
		date: get('date'),
		startTime: get('startTime'),
		endTime: get('endTime'),
		mode: get('mode') as SessionInput['mode'],
		place: get('place'),
		meetingUrl: get('meetingUrl'),
		lateAfterMinutes: get('lateAfterMinutes')
	};
}

/** `moduleIds`: only these modules (a trainer's own); undefined: all. */
export async function sessionOptions(db: Db, locale: Locale, moduleIds?: number[]) {
	const [modules, cohorts] = await Promise.all([listModules(db, { ids: moduleIds }), listCohorts(db)]);
	return {
		modules: modules.map((m) => ({ value: String(m.id), label: pick(m.title, locale).text || m.slug })),
		cohorts: cohorts.items.map((c) => ({ value: String(c.id), label: c.name }))
	};
}
