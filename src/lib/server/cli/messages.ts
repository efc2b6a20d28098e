import { AppError, Invalid } from '../errors';
import { t } from '../i18n';

/** The CLI speaks French unless LANG asks for Arabic; it reads the same catalogue as the app. */
export function cliLocale(env = process.env): 'ar' | 'fr' {
	return (env.AMSSAWAS_LANG || env.LANG || '').startsWith('ar') ? 'ar' : 'fr';
}

/** A catalogue message in the CLI's language, through the app's one translation path (plural forms included). */
export function tr(key: string, params: Record<string, string | number> = {}): string {
	return t(key, params, cliLocale());
}

/** One line per problem, fields named as on the command line. */
export function describe(e: AppError, fieldNames: Record<string, string> = {}): string {
	const lines = [tr(e.key, e.params)];
	if (e instanceof Invalid) for (const [f, key] of Object.entries(e.fields)) lines.push(`  ${fieldNames[f] ?? f}: ${tr(key)}`);
	return lines.join('\n');
}
