// Helpers for the attendance pages (routes only: they translate with the request's locale).
import { intlLocale, TIME_ZONE, type Locale } from '$lib/i18n';
import { isolate } from '$lib/i18n/format';
import { pick } from '$lib/localized';
import { t } from '../i18n';
import { guessLocale, type SessionView } from '../attendance/sessions.service';
import type { Localized, Picked } from '$lib/localized';

const ranges = new Map<string, Intl.DateTimeFormat>();

// formatRange costs about 0.1 ms a call, and the same few sessions are shown on every learner's home:
// the texts are kept (a bounded set, emptied when full).
const texts = new Map<string, string>();
const MAX_TEXTS = 2_000;

/** "29 nov. 2026, 09:00 – 12:30" in Morocco time, in the page's language. */
export function whenText(start: Date, end: Date, locale: Locale): string {
	const key = `${locale}|${start.getTime()}|${end.getTime()}`;
	const known = texts.get(key);
	if (known !== undefined) return known;
	let f = ranges.get(locale);
	if (!f) {
		f = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' });
		ranges.set(locale, f);
	}
	const text = isolate(f.formatRange(start, end));
	if (texts.size >= MAX_TEXTS) texts.clear();
	texts.set(key, text);
	return text;
}

export function modeText(mode: string): string {
	return t(`att_mode_${mode}`);
}

/** A session's text in the asked language, else another one (said so on the page), else the text from before languages. */
function pickText(map: Localized, legacy: string, locale: Locale): Picked {
	const p = pick(map, locale);
	if (p.text) return p;
	const shown = guessLocale(legacy);
	return { text: legacy, locale: shown, fallback: shown !== locale };
}

/** What a list or page shows of a session. */
export function sessionCard(s: SessionView, locale: Locale, now = new Date()) {
	const title = pickText(s.titles, s.title, locale);
	const place = s.place ? pickText(s.places, s.place, locale) : null;
	return {
		id: s.id,
		title: title.text,
		titleLang: title.locale,
		/** The language shown when hers is missing from the title or the place. */
		fallbackLang: title.fallback ? title.locale : place?.fallback ? place.locale : null,
		module: pick(s.moduleTitle, locale).text || s.moduleSlug,
		moduleSlug: s.moduleSlug,
		cohort: s.cohortName,
		startsAt: s.startsAt.toISOString(),
		endsAt: s.endsAt.toISOString(),
		when: whenText(s.startsAt, s.endsAt, locale),
		mode: s.mode,
		modeText: modeText(s.mode),
		place: place?.text ?? null,
		placeLang: place?.locale ?? locale,
		meetingUrl: s.meetingUrl,
		trainer: s.trainerNameLatin ? (locale === 'ar' ? s.trainerNameAr || s.trainerNameLatin : s.trainerNameLatin) : null,
		cancelled: !!s.cancelledAt,
		cancelReason: s.cancelReason,
		...sessionTiming(s, now)
	};
}

/** Over (ended), and live (check-in open: from 30 minutes before its start to 30 minutes after its end, unless cancelled). */
export function sessionTiming(s: Pick<SessionView, 'startsAt' | 'endsAt' | 'cancelledAt'>, now: Date) {
	return {
		past: s.endsAt.getTime() < now.getTime(),
		live: !s.cancelledAt && s.startsAt.getTime() - 30 * 60_000 <= now.getTime() && now.getTime() <= s.endsAt.getTime() + 30 * 60_000
	};
}
export type SessionCard = ReturnType<typeof sessionCard>;
