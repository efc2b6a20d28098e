import { defineConfig, chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { lockHolder } from './src/lib/server/db/lock';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// This file is evaluated by the runner and again by every worker. The runner
// picks the port once and passes it on through the environment, which the
// workers inherit.
function freePort(): number {
	const probe = "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
	return Number(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }));
}

/**
 * tests/e2e/server.mjs removes its build copy and database folder when it stops;
 * a run killed hard leaves them behind. Clear those from earlier runs.
 */
function sweepLeftovers() {
	const places = [
		{ dir: tmpdir(), prefix: 'amssawas-e2e-' },
		{ dir: join(dirname(fileURLToPath(import.meta.url)), 'node_modules', '.cache'), prefix: 'amssawas-e2e-app-' }
	];
	for (const { dir, prefix } of places) {
		let names: string[] = [];
		try {
			names = readdirSync(dir).filter((n) => n.startsWith(prefix));
		} catch {
			continue;
		}
		for (const name of names) {
			const path = join(dir, name);
			try {
				if (Date.now() - statSync(path).mtimeMs < 6 * 60 * 60 * 1000) continue;
				const lock = join(path, 'pglite.lock');
				if (existsSync(lock) && lockHolder(lock)) continue;
				rmSync(path, { recursive: true, force: true });
			} catch {
				// Being removed by someone else, or not ours to judge.
			}
		}
	}
}

if (!process.env.AMSSAWAS_E2E_PORT) {
	process.env.AMSSAWAS_E2E_PORT = String(Number(process.env.E2E_PORT) || freePort());
	sweepLeftovers();
}
const port = Number(process.env.AMSSAWAS_E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

/** Debian's chromium when installed (no browser downloads on these machines), else Playwright's own. */
function browserLaunchOptions() {
	const debian = '/usr/bin/chromium';
	if (existsSync(debian)) {
		return {
			executablePath: debian,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		};
	}
	let bundled = '';
	try {
		bundled = chromium.executablePath();
	} catch {
		// Not known for this platform: same as not installed.
	}
	if (bundled && existsSync(bundled)) return {};
	throw new Error(
		'No browser for the end-to-end tests. Install one with `apt-get install chromium` (Debian) ' +
			'or `npx playwright install chromium`, then run `npx playwright test` again.'
	);
}

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: true,
	retries: 0,
	workers: 2,
	// Generous: argon2 hashing on 2 cores, and CI machines are often busy.
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	use: {
		baseURL,
		browserName: 'chromium',
		launchOptions: browserLaunchOptions(),
		// Mobile first: the councillors mostly use phones.
		viewport: { width: 360, height: 740 },
		// A browser language the app does not speak, so pages start in the default (Arabic).
		locale: 'en-US',
		trace: 'retain-on-failure'
	},
	webServer: {
		// Builds, then serves a private copy of the build with a fresh database (see the script).
		command: 'node tests/e2e/server.mjs',
		url: `${baseURL}/healthz`,
		reuseExistingServer: false,
		timeout: 240_000,
		gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
		env: {
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: baseURL,
			AMSSAWAS_DEMO: 'if-empty',
			// Each test sends its own client address, so the per-address login limit stays per test.
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: '1',
			SHUTDOWN_TIMEOUT: '1',
			// CI's second run points at a fresh PostgreSQL database; unset means embedded PGlite.
			...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {})
		}
	}
});
