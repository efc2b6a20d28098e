import * as messages from '../../paraglide/messages/_index.js';
import type { Locale } from '../db/schema';

type MessageFn = (inputs: Record<string, unknown>, options: { locale: Locale }) => string;

/** A catalogue message in the recipient's language (not the request's: a reminder is read by someone else). */
export function render(key: string, params: Record<string, unknown>, locale: Locale): string {
	const fn = (messages as unknown as Record<string, MessageFn | undefined>)[key];
	return fn ? fn(params, { locale }) : key;
}
