import { renderMarkdown } from './markdown';

// Published lessons never change until the next publish, so their HTML is cached
// per (module, publish time, lesson, language). Bounded, oldest out first.
const cache = new Map<string, string>();
const MAX = 1000;

export function lessonHtml(key: string, markdown: string): string {
	let html = cache.get(key);
	if (html === undefined) {
		html = renderMarkdown(markdown);
		if (cache.size >= MAX) cache.delete(cache.keys().next().value!);
		cache.set(key, html);
	}
	return html;
}
