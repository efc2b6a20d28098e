import type { Locale } from './i18n';

/** Arabic script for Arabic pages, Latin script otherwise. */
export function displayName(p: { nameAr: string; nameLatin: string }, locale: Locale): string {
	return locale === 'ar' ? p.nameAr || p.nameLatin : p.nameLatin || p.nameAr;
}
