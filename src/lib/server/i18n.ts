// The one server-side translation path (pages, PDFs, the CLI, e-mails): the compiled catalogue (Paraglide),
// by key, in the request's language or in the one a document or command asks for. Plural forms and
// placeholders are the catalogue's own. A relative import, so the CLI (run by tsx, without $lib) shares it.
import * as messages from '../paraglide/messages/_index.js';
import type { Locale } from '../i18n';
import type { Params } from './errors';

type MessageFn = (inputs?: Params, options?: { locale?: Locale }) => string;

/** A catalogue message by key, in `locale`, else the request's language (the key itself when unknown). */
export function t(key: string, params: Params = {}, locale?: Locale): string {
	const fn = (messages as unknown as Record<string, MessageFn | undefined>)[key];
	return fn ? fn(params, locale ? { locale } : undefined) : key;
}
