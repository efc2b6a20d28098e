import { TIME_ZONE, intlLocale, type Locale } from './index';

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
