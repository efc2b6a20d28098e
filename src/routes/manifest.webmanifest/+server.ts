import { dirOf } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

/** The web app manifest, in the visitor's language (public: the app's name is no secret). */
export const GET: RequestHandler = ({ locals }) => {
	const locale = locals.locale;
	const manifest = {
		name: m.app_name({}, { locale }),
		short_name: m.app_name({}, { locale }),
		description: m.offline_app_description({}, { locale }),
		lang: locale,
		dir: dirOf(locale),
		id: '/learn',
		start_url: '/learn',
		scope: '/',
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: '#6b2f7a',
		icons: [
			{ src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
			{ src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
			{ src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
			{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }
		]
	};
	return new Response(JSON.stringify(manifest), {
		headers: { 'content-type': 'application/manifest+json; charset=utf-8', 'cache-control': 'no-cache', vary: 'cookie, accept-language' }
	});
};
