import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';
import { iconSprite } from './src/lib/build/icon-sprite';
import { paraglideIntlCache } from './src/lib/build/paraglide-intl-cache';

export default defineConfig({
	plugins: [
		iconSprite(),
		paraglideIntlCache(),
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// The locale is resolved by our own hooks (user setting, cookie,
			// Accept-Language, default) and handed to the runtime per request.
			strategy: ['globalVariable', 'baseLocale'],
			emitTsDeclarations: true
		}),
		sveltekit()
	],
	server: { port: 5173 },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
		globalSetup: ['tests/integration/global-setup.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
		pool: 'forks'
	}
});
