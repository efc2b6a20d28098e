import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError, Invalid } from '../errors';

/** A message with plural forms, as the inlang message format stores it. */
interface Variant {
	declarations: string[];
	selectors: string[];
	match: Record<string, string>;
}
type Catalogue = Record<string, string | Variant[]>;
let cache: Catalogue | undefined;

/** The CLI speaks French unless LANG asks for Arabic; it reads the same catalogue as the app. */
export function cliLocale(env = process.env): 'ar' | 'fr' {
	return (env.AMSSAWAS_LANG || env.LANG || '').startsWith('ar') ? 'ar' : 'fr';
}

function catalogue(): Catalogue {
	if (cache) return cache;
	const root = resolve('src/lib/i18n/messages');
	cache = {};
	for (const domain of readdirSync(root)) {
		Object.assign(cache, JSON.parse(readFileSync(join(root, domain, `${cliLocale()}.json`), 'utf8')));
	}
	return cache;
}

/** The form of a counted message for its number, chosen by Intl.PluralRules as Paraglide does. */
function form(message: string | Variant[], params: Record<string, string | number>): string {
	if (typeof message === 'string') return message;
	const [v] = message;
	const inputOf = new Map(
		v.declarations.flatMap((d) => {
			const m = /^local (\w+) = (\w+): plural/.exec(d);
			return m ? [[m[1], m[2]] as const] : [];
		})
	);
	const rules = new Intl.PluralRules(cliLocale());
	const key = (category: (s: string) => string) => v.selectors.map((s) => `${s}=${category(s)}`).join(', ');
	return (
		v.match[key((s) => rules.select(Number(params[inputOf.get(s) ?? s] ?? 0)))] ??
		v.match[key(() => 'other')] ??
		v.match[key(() => '*')] ??
		''
	);
}

export function tr(key: string, params: Record<string, string | number> = {}): string {
	const message = catalogue()[key];
	if (message === undefined) return key;
	// Placeholders are unescaped braces; `\{`, `\}` and `\\` stand for themselves (as in Paraglide).
	return form(message, params)
		.replace(/(?<!\\)\{(\w+)\}/g, (_, k) => String(params[k] ?? `{${k}}`))
		.replace(/\\([{}\\|])/g, '$1');
}

/** One line per problem, fields named as on the command line. */
export function describe(e: AppError, fieldNames: Record<string, string> = {}): string {
	const lines = [tr(e.key, e.params)];
	if (e instanceof Invalid) for (const [f, key] of Object.entries(e.fields)) lines.push(`  ${fieldNames[f] ?? f}: ${tr(key)}`);
	return lines.join('\n');
}
