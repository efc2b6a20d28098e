// The end-to-end tests' web server (started by playwright.config.ts).
//
// Builds the app, then serves a private copy of build/: another `npm run build`
// in the same checkout (a colleague, an editor plugin) empties build/ and would
// otherwise break the running server half-way through the suite. The copy lives
// under node_modules/.cache so the app's bare imports still resolve. The embedded
// database gets a fresh temporary folder. Both are removed when the server stops.
//
// Set AMSSAWAS_E2E_SKIP_BUILD=1 to serve the existing build/ (e.g. a second run
// of the suite against PostgreSQL right after a first one).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

if (process.env.AMSSAWAS_E2E_SKIP_BUILD !== '1') {
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	// Quiet unless it fails: the build's timing notes would drown the test report.
	const build = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (build.status !== 0) {
		console.error(`${build.stdout}\n${build.stderr}\nnpm run build failed (exit ${build.status ?? build.signal})`);
		process.exit(1);
	}
}

const cache = join(root, 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const appDir = mkdtempSync(join(cache, 'amssawas-e2e-app-'));
cpSync(join(root, 'build'), appDir, { recursive: true });
const env = { ...process.env };
// Lesson narrations may be 30 MB; adapter-node refuses bodies over 512 KB by default.
env.BODY_SIZE_LIMIT ??= '32M';
if (!env.DATABASE_URL) env.DATA_DIR = mkdtempSync(join(tmpdir(), 'amssawas-e2e-'));

// The route × role matrix (tests/e2e/authz.spec.ts) looks ids up in the server's
// database. On PGlite the server holds its folder, so the app is started once to
// migrate and seed it, stopped, and the folder dumped for the spec to load a copy.
const snapshot = join(tmpdir(), `amssawas-e2e-db-${env.PORT}.tar`);

function cleanUp() {
	rmSync(appDir, { recursive: true, force: true });
	if (env.DATA_DIR) rmSync(env.DATA_DIR, { recursive: true, force: true });
	rmSync(snapshot, { force: true });
}

if (!env.DATABASE_URL) {
	// On a port of its own, so the test runner does not take it for the real server.
	const port = await new Promise((done) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address();
			probe.close(() => done(port));
		});
	});
	const first = spawn(process.execPath, [appDir], { cwd: root, env: { ...env, HOST: '127.0.0.1', PORT: String(port), ORIGIN: `http://127.0.0.1:${port}` }, stdio: ['ignore', 'ignore', 'inherit'] });
	const exited = new Promise((done) => first.on('exit', done));
	const url = `http://127.0.0.1:${port}/healthz`;
	for (let i = 0; i < 2400 && first.exitCode === null; i++) {
		const ok = await fetch(url).then((r) => r.ok, () => false);
		if (ok) break;
		await new Promise((r) => setTimeout(r, 100));
	}
	first.kill('SIGTERM');
	await exited;
	const { PGlite } = await import('@electric-sql/pglite');
	const pg = new PGlite(join(env.DATA_DIR, 'pglite'));
	writeFileSync(snapshot, Buffer.from(await (await pg.dumpDataDir('none')).arrayBuffer()));
	await pg.close();
}

const server = spawn(process.execPath, [appDir], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
for (const signal of ['SIGTERM', 'SIGINT']) {
	process.on(signal, () => {
		if (server.exitCode === null) server.kill(signal);
	});
}
server.on('exit', (code, signal) => {
	cleanUp();
	process.exit(code ?? (signal ? 1 : 0));
});
