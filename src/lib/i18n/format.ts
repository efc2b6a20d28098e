import { TIME_ZONE, intlLocale, type Locale } from './index';
import { m } from '../paraglide/messages';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dtf(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `d${locale}${JSON.stringify(options)}`;
	let f = cache.get(key) as Intl.DateTimeFormat | undefined;
	if (!f) {
		f = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, ...options });
		cache.set(key, f);
	}
	return f;
}

export function formatDate(value: Date | string, locale: Locale): string {
	return dtf(locale, { dateStyle: 'medium' }).format(new Date(value));
}

export function formatDateTime(value: Date | string, locale: Locale): string {
	return dtf(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
	const key = `n${locale}${JSON.stringify(options)}`;
	let f = cache.get(key) as Intl.NumberFormat | undefined;
	if (!f) {
		f = new Intl.NumberFormat(intlLocale(locale), options);
		cache.set(key, f);
	}
	return f.format(value);
}

/*
 * Display path. Everything below returns text wrapped in FIRST STRONG ISOLATE …
 * POP DIRECTIONAL ISOLATE (the plain-text form of <bdi>): a date, time, number or
 * name dropped into a sentence of the other direction keeps its own order and
 * leaves the sentence's order alone. Pages use these; files (CSV, PDF, CLI) use
 * the plain formatters above.
 */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** Text (a formatted value or anything a user typed) isolated from its surroundings. */
export function isolate(text: string | number): string {
	return `${FSI}${text}${PDI}`;
}

export function showDate(value: Date | string, locale: Locale): string {
	return isolate(formatDate(value, locale));
}

export function showDateTime(value: Date | string, locale: Locale): string {
	return isolate(formatDateTime(value, locale));
}

export function showTime(value: Date | string, locale: Locale): string {
	return isolate(dtf(locale, { timeStyle: 'short' }).format(new Date(value)));
}

/** Weekday, day and month ("mardi 8 déc."), for agendas and roll calls. */
export function showDay(value: Date | string, locale: Locale): string {
	return isolate(dtf(locale, { weekday: 'long', day: 'numeric', month: 'short' }).format(new Date(value)));
}

/** A bare run of digits keeps its order anywhere; signs, separators and units need the isolation. */
export function showNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
	const text = formatNumber(value, locale, options);
	return /^[0-9]+$/.test(text) ? text : isolate(text);
}

/** A percentage given as 0–100 (not 0–1). */
export function showPercent(value: number, locale: Locale, maximumFractionDigits = 0): string {
	return isolate(formatNumber(value / 100, locale, { style: 'percent', maximumFractionDigits }));
}

/** A length of time in the locale's own words ("1 h 30 min", "ساعة و30 دقيقة"). */
export function showDuration(minutes: number, locale: Locale): string {
	const h = Math.floor(minutes / 60);
	const min = Math.round(minutes % 60);
	const parts: string[] = [];
	if (h) parts.push(formatNumber(h, locale, { style: 'unit', unit: 'hour', unitDisplay: 'short' }));
	if (min || !h) parts.push(formatNumber(min, locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' }));
	return isolate(parts.join(' '));
}

/** Language names in the page's language ("arabe, tamazight"), never codes. */
export function languageNames(codes: readonly string[]): string {
	const names: Record<string, () => string> = { ar: m.lang_name_ar, fr: m.lang_name_fr, zgh: m.lang_name_zgh };
	return codes.map((c) => (names[c] ?? (() => c))()).join(m.list_separator());
}
