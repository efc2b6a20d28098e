// Helpers for the attendance pages (routes only: they translate with the request's locale).
import { intlLocale, TIME_ZONE, type Locale } from '$lib/i18n';
import { isolate } from '$lib/i18n/format';
import { pick } from '$lib/localized';
import { t } from '../i18n';
import type { SessionView } from './sessions.service';

const ranges = new Map<string, Intl.DateTimeFormat>();

/** "29 nov. 2026, 09:00 – 12:30" in Morocco time, in the page's language. */
export function whenText(start: Date, end: Date, locale: Locale): string {
	let f = ranges.get(locale);
	if (!f) {
		f = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' });
		ranges.set(locale, f);
	}
	return isolate(f.formatRange(start, end));
}

export function modeText(mode: string): string {
	return t(`att_mode_${mode}`);
}

/** What a list or page shows of a session. */
export function sessionCard(s: SessionView, locale: Locale, now = new Date()) {
	return {
		id: s.id,
		title: s.title,
		module: pick(s.moduleTitle, locale).text || s.moduleSlug,
		moduleSlug: s.moduleSlug,
		cohort: s.cohortName,
		when: whenText(s.startsAt, s.endsAt, locale),
		mode: s.mode,
		modeText: modeText(s.mode),
		place: s.place,
		meetingUrl: s.meetingUrl,
		trainer: s.trainerNameLatin ? (locale === 'ar' ? s.trainerNameAr || s.trainerNameLatin : s.trainerNameLatin) : null,
		cancelled: !!s.cancelledAt,
		cancelReason: s.cancelReason,
		past: s.endsAt.getTime() < now.getTime(),
		live: !s.cancelledAt && s.startsAt.getTime() - 30 * 60_000 <= now.getTime() && now.getTime() <= s.endsAt.getTime() + 30 * 60_000
	};
}
export type SessionCard = ReturnType<typeof sessionCard>;
