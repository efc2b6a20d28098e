import * as messages from '$lib/paraglide/messages/_index.js';
import type { Params } from './errors';

type MessageFn = (inputs?: Params) => string;

/** A catalogue message by key, in the request's locale (server only: keeps the client bundle tree-shaken). */
export function t(key: string, params: Params = {}): string {
	const fn = (messages as unknown as Record<string, MessageFn | undefined>)[key];
	return fn ? fn(params) : key;
}
