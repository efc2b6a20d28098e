// Build-time only (imported by vite.config.ts). Paraglide's generated registry builds a new
// Intl.PluralRules (or NumberFormat, DateTimeFormat, RelativeTimeFormat) on every call of a
// message with a plural or a formatted number: a coach's board with 40 rows made hundreds per
// request, 8 % of the server's time. Those objects are immutable, so one per locale and options
// is kept and reused. Only the compiled bundle changes; the generated file stays as Paraglide
// writes it.
import type { Plugin } from 'vite';

const HELPER = `
const __intlCache = new Map();
function __intl(Ctor, locale, options) {
	const key = Ctor.name + '|' + locale + '|' + JSON.stringify(options ?? null);
	let f = __intlCache.get(key);
	if (!f) __intlCache.set(key, (f = new Ctor(locale, options)));
	return f;
}
`;

export function paraglideIntlCache(): Plugin {
	return {
		name: 'amssawas-paraglide-intl-cache',
		transform(code, id) {
			if (!/[\\/]paraglide[\\/]registry\.js$/.test(id.split('?')[0])) return null;
			const out = code.replace(/new Intl\.(PluralRules|NumberFormat|DateTimeFormat|RelativeTimeFormat)\(locale, (options|intlOptions)\)/g, '__intl(Intl.$1, locale, $2)');
			if (out === code) this.warn('paraglide registry: no Intl constructor found to cache (did Paraglide change?)');
			return { code: HELPER + out, map: null };
		}
	};
}
