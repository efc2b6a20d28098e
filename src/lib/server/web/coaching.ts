// HTTP glue of the coaching pages: form parsing and what a page shows (routes only).
import { error } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n';
import { formatDate, formatDateTime, formatNumber } from '$lib/i18n/format';
import { pick } from '$lib/localized';
import { displayName } from '$lib/names';
import { field } from '../http';
import { t } from '../i18n';
import { MAX_ACTIONS, type SessionInput } from '../coaching/coaching.service';
import { plannedForLearner } from '../coaching/coaching.repository';
import type { Db } from '../db/index';

export function sessionInputFrom(data: FormData): SessionInput {
	const get = (n: string) => field(data, n);
	return {
		date: get('date'),
		startTime: get('startTime'),
		endTime: get('endTime'),
		mode: get('mode'),
		place: get('place'),
		meetingUrl: get('meetingUrl'),
		status: get('status'),
		reason: get('reason'),
		summary: get('summary'),
		privateNotes: get('privateNotes'),
		needs: data.getAll('needs').filter((v): v is string => typeof v === 'string'),
		nextDate: get('nextDate'),
		nextTime: get('nextTime'),
		actions: Array.from({ length: MAX_ACTIONS }, (_, i) => ({ owner: get(`actionOwner${i}`), text: get(`actionText${i}`), due: get(`actionDue${i}`) }))
	};
}

/** The learner id of the route, or 404. */
export function learnerParam(raw: string | undefined): number {
	const n = Number(raw);
	if (!Number.isSafeInteger(n) || n <= 0) error(404, t('error_not_found'));
	return n;
}

export const needLabel = (name: Partial<Record<Locale, string>>, code: string, locale: Locale) => pick(name, locale).text || code;

export function needOptions(needs: { code: string; name: Partial<Record<Locale, string>> }[], locale: Locale) {
	return needs.map((n) => ({ value: n.code, label: needLabel(n.name, n.code, locale) }));
}

/** Mode of a session or of a support contact, translated. */
export function modeText(mode: string | null): string {
	if (!mode) return '';
	return ['in_person', 'video', 'phone', 'hybrid'].includes(mode) ? t(`coach_mode_${mode}`) : t(`coach_contact_${mode}`);
}

export const when = (d: Date | null, locale: Locale) => (d ? formatDateTime(d, locale) : null);
export const day = (d: Date | string | null, locale: Locale) => (d ? formatDate(typeof d === 'string' ? `${d}T12:00:00Z` : d, locale) : null);
export const pct = (n: number | null, locale: Locale) => (n === null ? null : formatNumber(n / 100, locale, { style: 'percent' }));
export const person = (p: { name_ar: string; name_latin: string }, locale: Locale) => displayName({ nameAr: p.name_ar, nameLatin: p.name_latin }, locale);

/** Her coming coaching sessions, as her agenda shows them. */
export async function coachingAgenda(db: Db, learnerId: number, locale: Locale) {
	return (await plannedForLearner(db, learnerId, new Date())).map((s) => ({ id: s.id, when: formatDateTime(s.starts_at, locale), mode: modeText(s.mode), place: s.place, link: s.meeting_url, coach: person({ name_ar: s.coach_ar, name_latin: s.coach_latin }, locale) }));
}
