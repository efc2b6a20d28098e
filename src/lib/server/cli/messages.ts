import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError, Invalid } from '../errors';

type Catalogue = Record<string, string>;
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

export function tr(key: string, params: Record<string, string | number> = {}): string {
	const text = catalogue()[key] ?? key;
	return text.replace(/\{(\w+)\}/g, (_, k) => String(params[k] ?? `{${k}}`));
}

/** One line per problem, fields named as on the command line. */
export function describe(e: AppError, fieldNames: Record<string, string> = {}): string {
	const lines = [tr(e.key, e.params)];
	if (e instanceof Invalid) for (const [f, key] of Object.entries(e.fields)) lines.push(`  ${fieldNames[f] ?? f}: ${tr(key)}`);
	return lines.join('\n');
}
