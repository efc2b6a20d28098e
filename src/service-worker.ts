/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
// The service worker (issue 17): a councillor's lessons stay readable without a connection.
//
// - /offline, the icons and kit's stylesheets: kept at install (the offline page is shown
//   when a page cannot be reached).
// - Learner pages (/learn…, and only those): network first, the last copy kept as a fallback.
//   They are private to her (cache-control: no-store for the browser's HTTP cache): kept here
//   on purpose, and all of it is deleted when she logs out (the POST to /logout passes here).
// - Phone-sized images (/files/ID/480.webp) and narrations: cache first, narrations only
//   while the cache stays within its budget (shown to her on the module page).
// - Never: staff pages (/admin, /trainer, /coach), other posts, other files.
// Learner pages have no client code (csr = false): there is no __data.json to keep.
import { build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

const SHELL = `amssawas-shell-${version}`;
// Shared with static/offline.js (same names): the page caches a whole module into them.
const PAGES = 'amssawas-pages';
const MEDIA = 'amssawas-media';
/** Narration audio kept for offline listening, at most (bytes). */
const AUDIO_BUDGET = 50 * 1024 * 1024;

const SHELL_FILES = ['/offline', ...files.filter((f) => /\.(png|svg|js)$/.test(f)), ...build.filter((f) => /\.(css|svg)$/.test(f))];

const isLearnerPage = (url: URL) => url.pathname === '/learn' || url.pathname.startsWith('/learn/');
const isStaff = (url: URL) => /^\/(admin|trainer|coach)(\/|$)/.test(url.pathname);
const isImage = (url: URL) => /^\/files\/\d+\/480\.webp$/.test(url.pathname);
const isFile = (url: URL) => /^\/files\/\d+(\/|$)/.test(url.pathname);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(SHELL)
			.then((cache) => cache.addAll(SHELL_FILES))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k.startsWith('amssawas-shell-') && k !== SHELL).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
			.then(keepOpenPages)
	);
});

/** The learner page that registered the worker was loaded before it ran: keep it too. */
async function keepOpenPages(): Promise<void> {
	const windows = await sw.clients.matchAll({ type: 'window' });
	const cache = await caches.open(PAGES);
	for (const w of windows) {
		const url = new URL(w.url);
		if (!isLearnerPage(url) || (await cache.match(url.pathname + url.search))) continue;
		const response = await fetch(url.pathname + url.search, { credentials: 'same-origin', redirect: 'manual' }).catch(() => null);
		if (response?.ok) await cache.put(url.pathname + url.search, response);
	}
}

/** Her private copies: gone when she logs out. */
async function forget(): Promise<void> {
	await Promise.all([caches.delete(PAGES), caches.delete(MEDIA)]);
}

async function audioBytes(cache: Cache): Promise<number> {
	let total = 0;
	for (const req of await cache.keys()) {
		const res = await cache.match(req);
		if (res?.headers.get('content-type')?.startsWith('audio/')) total += Number(res.headers.get('content-length') ?? 0) || (await res.clone().blob()).size;
	}
	return total;
}

async function page(request: Request): Promise<Response> {
	const url = new URL(request.url);
	try {
		const response = await fetch(request);
		// Only her own pages as she saw them: not a redirect to the login page, not an error.
		if (response.ok && !response.redirected && isLearnerPage(url)) {
			const cache = await caches.open(PAGES);
			await cache.put(url.pathname + url.search, response.clone());
		}
		return response;
	} catch {
		const cached = (await caches.match(url.pathname + url.search, { cacheName: PAGES, ignoreVary: true })) ?? (await caches.match('/offline', { cacheName: SHELL }));
		return cached ?? Response.error();
	}
}

async function media(request: Request): Promise<Response> {
	const cache = await caches.open(MEDIA);
	const hit = await cache.match(request, { ignoreVary: true });
	if (hit) return hit;
	const response = await fetch(request);
	// Whole files only (a range answer is a part of a narration, not worth keeping).
	if (response.status === 200) {
		const type = response.headers.get('content-type') ?? '';
		const size = Number(response.headers.get('content-length') ?? 0);
		const keep = type.startsWith('image/') || (type.startsWith('audio/') && (await audioBytes(cache)) + size <= AUDIO_BUDGET);
		if (keep) await cache.put(request, response.clone());
	}
	return response;
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (request.method === 'POST' && url.pathname === '/logout') {
		// The offline page kept at install may show her name in its header: kept again once she is out.
		const out = forget().then(() => fetch(request));
		event.respondWith(out);
		event.waitUntil(out.then(() => caches.open(SHELL)).then((cache) => cache.add('/offline')).catch(() => undefined));
		return;
	}
	if (request.method !== 'GET' || isStaff(url)) return;
	if (build.includes(url.pathname) || files.includes(url.pathname)) {
		event.respondWith(caches.match(url.pathname, { cacheName: SHELL }).then((hit) => hit ?? fetch(request)));
		return;
	}
	if (request.mode === 'navigate') {
		event.respondWith(page(request));
		return;
	}
	// Images, and narrations played (audio) or kept by the "save this module" button (fetch).
	if (isImage(url) || (isFile(url) && (request.destination === 'audio' || request.destination === ''))) {
		event.respondWith(media(request));
		return;
	}
	if (url.pathname === '/offline') event.respondWith(fetch(request).catch(async () => (await caches.match('/offline', { cacheName: SHELL })) ?? Response.error()));
});

sw.addEventListener('message', (event) => {
	if (event.data === 'forget') event.waitUntil(forget());
});

// Reminders by web push (issue 17): show what the server sent, open its page when touched.
sw.addEventListener('push', (event) => {
	let data: { title?: string; body?: string; url?: string } = {};
	try {
		data = event.data?.json() ?? {};
	} catch {
		data = { body: event.data?.text() };
	}
	event.waitUntil(sw.registration.showNotification(data.title || 'Amssawas', { body: data.body ?? '', data: { url: data.url ?? '/' }, icon: '/icon-192.png', lang: '', dir: 'auto' }));
});

sw.addEventListener('notificationclick', (event) => {
	event.notification.close();
	const url = new URL((event.notification.data as { url?: string })?.url ?? '/', sw.location.origin);
	const target = url.origin === sw.location.origin ? url.href : sw.location.origin;
	event.waitUntil(sw.clients.openWindow(target));
});
