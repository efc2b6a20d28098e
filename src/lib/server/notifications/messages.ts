import { t } from '../i18n';
import type { Locale } from '../db/schema';
import type { Params } from '../errors';

/** A catalogue message in the recipient's language (not the request's: a reminder is read by someone else). */
export function render(key: string, params: Record<string, unknown>, locale: Locale): string {
	return t(key, params as Params, locale);
}
