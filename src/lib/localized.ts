import { LOCALES, type Locale } from './i18n';

export type Localized = Partial<Record<Locale, string>>;

export interface Picked {
	text: string;
	/** The language the text is really in. */
	locale: Locale;
	/** True when the asked language was missing and another one is shown. */
	fallback: boolean;
}

/** The text in the asked language, else Arabic, French, Tamazight: never an empty page. */
export function pick(map: Localized | null | undefined, locale: Locale): Picked {
	const order = [locale, ...LOCALES.filter((l) => l !== locale)];
	for (const l of order) {
		const text = map?.[l]?.trim();
		if (text) return { text, locale: l, fallback: l !== locale };
	}
	return { text: '', locale, fallback: false };
}
