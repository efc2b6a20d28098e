/** Question texts as safe HTML in the reader's language (with the fallback shown by the page). */
import { renderMarkdown } from '../content/markdown';
import type { Locale } from '../db/schema';
import type { TextFormat, Texts } from './model';

const LOCALES: Locale[] = ['ar', 'fr', 'zgh'];
const cache = new Map<string, string>();
const MAX = 4000;

export interface ShownText {
	text: string;
	locale: Locale;
	fallback: boolean;
}

export function pickText(map: Texts | undefined, locale: Locale): ShownText {
	for (const l of [locale, ...LOCALES.filter((x) => x !== locale)]) {
		const t = map?.[l]?.trim();
		if (t) return { text: t, locale: l, fallback: l !== locale };
	}
	return { text: '', locale, fallback: false };
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Markdown and HTML go through the same sanitiser as lessons; plain and Moodle texts are escaped. */
export function toHtml(text: string, format: TextFormat): string {
	const key = `${format}\u0000${text}`;
	let html = cache.get(key);
	if (html === undefined) {
		html =
			format === 'markdown' || format === 'html'
				? renderMarkdown(text)
				: text
						.split(/\n{2,}/)
						.map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`)
						.join('');
		if (cache.size >= MAX) cache.delete(cache.keys().next().value!);
		cache.set(key, html);
	}
	return html;
}

export function shownHtml(map: Texts | undefined, locale: Locale, format: TextFormat) {
	const t = pickText(map, locale);
	return { html: toHtml(t.text, format), locale: t.locale, fallback: t.fallback };
}
