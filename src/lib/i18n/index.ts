export const LOCALES = ['ar', 'fr', 'zgh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ar';
export const LOCALE_COOKIE = 'lang';
export const TIME_ZONE = 'Africa/Casablanca';

/** Each language's own name, shown in the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { ar: 'العربية', fr: 'Français', zgh: 'ⵜⴰⵎⴰⵣⵉⵖⵜ' };

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function dirOf(locale: Locale): 'rtl' | 'ltr' {
	return locale === 'ar' ? 'rtl' : 'ltr';
}

// Tamazight may arrive as zgh, tzm (Central Atlas), shi (Tachelhit), rif or ber.
const ALIASES: Record<string, Locale> = { ar: 'ar', fr: 'fr', zgh: 'zgh', tzm: 'zgh', shi: 'zgh', rif: 'zgh', ber: 'zgh' };

/** Best supported locale from an Accept-Language header, or null. */
export function fromAcceptLanguage(header: string | null | undefined): Locale | null {
	if (!header) return null;
	const ranked = header
		.split(',')
		.map((part, i) => {
			const [tag, ...params] = part.trim().split(';');
			const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
			return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q) : 1, i };
		})
		.filter((x) => x.q > 0)
		.sort((a, b) => b.q - a.q || a.i - b.i);
	for (const { lang } of ranked) if (ALIASES[lang]) return ALIASES[lang];
	return null;
}

/** Intl locale tags: Moroccan forms, with Latin digits as used in Morocco. */
export function intlLocale(locale: Locale): string {
	return { ar: 'ar-MA-u-nu-latn', fr: 'fr-MA', zgh: 'zgh-MA' }[locale];
}
