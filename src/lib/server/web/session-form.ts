// Form helpers of the session pages (routes only).
import type { Locale } from '$lib/i18n';
import { pick } from '$lib/localized';
import type { Db } from '../db/index';
import { field } from '../http';
import { listCohorts } from '../enrolment/cohort.repository';
import { listModules } from '../enrolment/enrolment.repository';
import { guessLocale, type SessionInput, type SessionView } from '../attendance/sessions.service';
import type { Localized } from '$lib/localized';
import { LOCALES } from '$lib/i18n';
import { toLocalParts } from '../time';

export function sessionInput(data: FormData): SessionInput {
	const get = (n: string) => field(data, n);
	return {
		moduleId: get('moduleId'),
		cohortId: get('cohortId'),
		title_ar: get('title_ar'),
		title_fr: get('title_fr'),
		title_zgh: get('title_zgh'),
		date: get('date'),
		startTime: get('startTime'),
		endTime: get('endTime'),
		mode: get('mode') as SessionInput['mode'],
		place_ar: get('place_ar'),
		place_fr: get('place_fr'),
		place_zgh: get('place_zgh'),
		meetingUrl: get('meetingUrl'),
		lateAfterMinutes: get('lateAfterMinutes'),
		repeat: get('repeat')
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

/** Form values of an existing session, in Morocco local time. */
export function sessionFormValues(s: SessionView): Record<string, string> {
	const start = toLocalParts(s.startsAt);
	const end = toLocalParts(s.endsAt);
	const titles: Localized = Object.keys(s.titles ?? {}).length ? s.titles : { [guessLocale(s.title)]: s.title };
	const places: Localized = Object.keys(s.places ?? {}).length || !s.place ? s.places : { [guessLocale(s.place)]: s.place };
	return {
		moduleId: String(s.moduleId),
		cohortId: String(s.cohortId),
		...Object.fromEntries(LOCALES.flatMap((l) => [[`title_${l}`, titles[l] ?? ''], [`place_${l}`, places[l] ?? '']])),
		date: start.date,
		startTime: start.time,
		endTime: end.time,
		mode: s.mode,
		meetingUrl: s.meetingUrl ?? '',
		lateAfterMinutes: String(s.lateAfterMinutes)
	};
}
