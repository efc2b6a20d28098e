import { AsyncLocalStorage } from 'node:async_hooks';
import type { Handle, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { DEFAULT_LOCALE, LOCALE_COOKIE, dirOf, fromAcceptLanguage, isLocale, type Locale } from '$lib/i18n';
import { db, startDb, stopDb } from '$lib/server/db/runtime';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/session';
import { deleteSessionCookie, setSessionCookie } from '$lib/server/web/cookies';
import { compressResponse } from '$lib/server/compress';
import { signingKey } from '$lib/server/certificates/keys';
import { databaseDown } from '$lib/server/web/unavailable';
import { storageFromEnv, useFileStorage } from '$lib/server/media/storage';
import { databaseStorage } from '$lib/server/media/db-storage';
import { originAllowed } from '$lib/server/web/origin';
import { t } from '$lib/server/i18n';
import { startPurgeTimer } from '$lib/server/maintenance/purge';
import { startNotificationWorker, type NotificationWorker } from '$lib/server/notifications/worker';
import { notifyConfig } from '$lib/server/notifications/config';

const requestLocale = new AsyncLocalStorage<Locale>();
overwriteGetLocale(() => requestLocale.getStore() ?? DEFAULT_LOCALE);

export const init: ServerInit = async () => {
	const handle = await startDb();
	const database = handle.db;
	// `npm start` asks for the demo on an empty database; a plain `node build` never seeds.
	// Loaded only then: the demo's content and its services would otherwise sit in every process's memory.
	if (process.env.AMSSAWAS_DEMO === 'if-empty') {
		const { isEmpty, seedDemo } = await import('$lib/server/demo/seed');
		if (await isEmpty(database)) {
			const r = await seedDemo(database);
			console.log(`Demo data created: ${r.users} accounts (see README for the logins).`);
		}
	}
	// The certificate signing key pair is made at first start (kept in the database).
	await signingKey(database);
	useFileStorage(storageFromEnv(process.env, () => databaseStorage(database)));
	// Old rate-limit counters and idempotency keys are deleted hourly (the timer is unref'd).
	const stopPurge = startPurgeTimer(db);
	// Reminders: the outbox worker runs with the app (NOTIFICATIONS_WORKER=off leaves it to other processes).
	let worker: NotificationWorker | undefined;
	if (process.env.NOTIFICATIONS_WORKER !== 'off') {
		try {
			worker = await startNotificationWorker(handle, notifyConfig(), { databaseUrl: process.env.DATABASE_URL });
		} catch (e) {
			console.error(`notifications worker not started: ${e instanceof Error ? e.message : e}`);
		}
	}
	// PGlite keeps Node alive after writes: close it when adapter-node shuts down (the worker first).
	process.once('sveltekit:shutdown', () => {
		stopPurge();
		void (worker?.stop() ?? Promise.resolve()).finally(() => stopDb());
	});
};

/** Fills locals.user from the session cookie; never redirects (guards do that). */
const auth: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const result = await validateSessionToken(db(), token);
		if (result) {
			event.locals.user = result.user;
			event.locals.session = result.session;
			// Only when the expiry slid: no Set-Cookie on every response.
			if (result.session.renewed) setSessionCookie(event.cookies, event.url, token, result.session.expiresAt);
		} else {
			deleteSessionCookie(event.cookies, event.url);
		}
	}
	return resolve(event);
};

/** The person's setting, else the cookie, else Accept-Language, else Arabic; rendered into <html>. */
const locale: Handle = async ({ event, resolve }) => {
	const cookie = event.cookies.get(LOCALE_COOKIE);
	const chosen: Locale =
		event.locals.user?.locale ??
		(isLocale(cookie) ? cookie : null) ??
		fromAcceptLanguage(event.request.headers.get('accept-language')) ??
		DEFAULT_LOCALE;
	event.locals.locale = chosen;
	return requestLocale.run(chosen, () =>
		resolve(event, {
			transformPageChunk: ({ html }) => fillHtmlTag(html, chosen)
		})
	);
};

/**
 * Fills `<html lang="%lang%" dir="%dir%">` (the first line of app.html). Only the start of the page is
 * searched and rebuilt: replacing in the whole page copied it twice (6 % of the CPU of a 120 KB page).
 */
function fillHtmlTag(html: string, locale: Locale): string {
	const head = html.slice(0, HTML_TAG_WITHIN);
	const filled = head.replace('%lang%', locale).replace('%dir%', dirOf(locale));
	return filled === head ? html : filled + html.slice(HTML_TAG_WITHIN);
}
const HTML_TAG_WITHIN = 256;

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const set = (name: string, value: string) => {
		if (!response.headers.has(name)) response.headers.set(name, value);
	};
	try {
		set('x-content-type-options', 'nosniff');
		set('referrer-policy', 'same-origin');
		set('x-frame-options', 'DENY');
		// Pages get kit's CSP (svelte.config.js); everything else gets a closed one.
		set('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
		if (event.locals.user) set('cache-control', 'private, no-store');
	} catch {
		// Some responses (e.g. from fetch) have immutable headers.
	}
	return response;
};

/**
 * Every POST, PUT, PATCH and DELETE must come from the app's own pages, whatever
 * its content type (SvelteKit's own check, kept on, covers form posts only).
 */
const originCheck: Handle = async ({ event, resolve }) => {
	if (originAllowed(event.request.method, event.request.headers, event.url.origin)) return resolve(event);
	return new Response(t('error_cross_origin'), { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
};

const compress: Handle = async ({ event, resolve }) => compressResponse(await resolve(event), event.request.headers.get('accept-encoding'));

export const handle = sequence(databaseDown, compress, auth, locale, securityHeaders, originCheck);
