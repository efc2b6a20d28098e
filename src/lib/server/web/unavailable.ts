import { error, isHttpError, type Handle } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { DEFAULT_LOCALE, LOCALE_COOKIE, dirOf, fromAcceptLanguage, isLocale, type Locale } from '$lib/i18n';

/** Seconds a client should wait before trying again while the database is away. */
const RETRY_AFTER = '5';
const marker = Symbol('database unavailable');

/**
 * What a statement throws in the app when its database connection is lost or
 * cannot be opened: a 503 (kit's HttpError), so only that request fails and
 * the error page says so in the reader's language, never with a stack.
 */
export function databaseUnavailable(cause: Error): unknown {
	console.error(`database unavailable: ${cause.message}`);
	try {
		error(503, { message: m.error_db_unavailable() });
	} catch (e) {
		Object.defineProperties(e, { [marker]: { value: true }, cause: { value: cause } });
		return e;
	}
}

const isUnavailable = (e: unknown) => isHttpError(e, 503) && (e as unknown as Record<symbol, unknown>)[marker] === true;

/** The locale of a request whose session could not be read (the database is away). */
function requestedLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
	return (isLocale(cookie) ? cookie : null) ?? fromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The answer when the session could not even be read: a small page (or JSON) in the visitor's language. */
function unavailableResponse(locale: Locale, accept: string | null): Response {
	const message = m.error_db_unavailable({}, { locale });
	const headers = { 'retry-after': RETRY_AFTER, 'cache-control': 'no-store' };
	if (!accept?.includes('text/html')) return Response.json({ message }, { status: 503, headers });
	const title = `${m.error_page_title({ status: 503 }, { locale })} · ${m.app_name({}, { locale })}`;
	const html =
		`<!doctype html><html lang="${locale}" dir="${dirOf(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
		`<title>${escapeHtml(title)}</title><style>body{font-family:system-ui,sans-serif;margin:0;padding-block:3rem;padding-inline:1.25rem;color:#1d1b20;background:#faf7fb}` +
		`main{max-inline-size:32rem;margin-inline:auto;background:#fff;border-radius:1rem;padding:1.5rem;border-block-start:.4rem solid #6b2f7a}h1{font-size:1.4rem;margin-block-start:0}</style></head>` +
		`<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></main></body></html>`;
	return new Response(html, { status: 503, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } });
}

/**
 * First in the hooks: when the database is lost before the page's own code
 * runs (reading the session), answer 503 in the language the visitor asked
 * for; every 503 tells clients when to come back.
 */
export const databaseDown: Handle = async ({ event, resolve }) => {
	let response: Response;
	try {
		response = await resolve(event);
	} catch (e) {
		if (!isUnavailable(e)) throw e;
		const locale = requestedLocale(event.cookies.get(LOCALE_COOKIE), event.request.headers.get('accept-language'));
		return unavailableResponse(locale, event.request.headers.get('accept'));
	}
	if (response.status === 503) {
		try {
			response.headers.set('retry-after', RETRY_AFTER);
		} catch {
			// Immutable headers (a fetched response): leave them.
		}
	}
	return response;
};

/** Why the database could not be reached, for operators (/healthz). */
export function unavailableReason(e: unknown): string {
	const cause = isUnavailable(e) ? (e as { cause?: unknown }).cause : e;
	return cause instanceof Error ? cause.message : String(cause);
}
