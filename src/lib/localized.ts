import { LOCALES, type Locale } from './i18n';

export type Localized = Partial<Record<Locale, string>>;

export interface Picked {
	text: string;
	/** The language the text is really in. */
	locale: Locale;
	/** True when the asked language was missing and another one is shown. */
	fallback: boolean;
}

/**
 * The one order in which every place (pages, PDFs, the CLI, e-mails) looks for a translation:
 * the reader's language first, then Arabic, French, Tamazight (the order of LOCALES).
 */
export function fallbackOrder(locale: Locale): Locale[] {
	return [locale, ...LOCALES.filter((l) => l !== locale)];
}

/** The text in the asked language, else the next one in fallbackOrder: never an empty page. */
export function pick(map: Localized | null | undefined, locale: Locale): Picked {
	for (const l of fallbackOrder(locale)) {
		const text = map?.[l]?.trim();
		if (text) return { text, locale: l, fallback: l !== locale };
	}
	return { text: '', locale, fallback: false };
}
