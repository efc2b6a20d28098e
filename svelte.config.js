import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ precompress: true }),
		// Scripts only from our own origin, with a nonce for kit's inline bootstrap.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'media-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		},
		// src/service-worker.ts is registered by static/offline.js (an external script, allowed
		// by script-src 'self'): kit's own registration is inline and only on pages with client
		// code, and learner pages have none (csr = false).
		serviceWorker: { register: false },
		// The browser asks the server which route a link leads to, instead of every page carrying
		// the table of all routes (most pages ship no JavaScript; the roll call's first visit is lighter).
		router: { resolution: 'server' },
		// CSRF: kit's origin check on form posts stays on (the default).
	}
};

export default config;
