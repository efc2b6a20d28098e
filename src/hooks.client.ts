import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { DEFAULT_LOCALE, isLocale } from '$lib/i18n';

// The server rendered <html lang>; the browser follows it (it changes only through a full page load).
overwriteGetLocale(() => {
	const lang = document.documentElement.lang;
	return isLocale(lang) ? lang : DEFAULT_LOCALE;
});
