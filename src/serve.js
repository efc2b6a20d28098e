// `npm start` (and `npm run cli -- serve`): build when the sources changed, then
// serve the compiled app. Plain JavaScript, so that no process of the running
// app transpiles TypeScript: on the embedded database the app runs in this
// process; on PostgreSQL this process only supervises the app processes.
//
//   node src/serve.js [BUILD_ENTRY]     (default build/index.js, built if stale)
import cluster from 'node:cluster';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runServer } from './supervisor.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD_INPUTS = ['src', 'static', 'migrations', 'project.inlang/settings.json', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

/** @param {string} path @returns {number} */
function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	let newest = st.mtimeMs;
	for (const name of readdirSync(path)) {
		if (name === 'paraglide' || name === 'node_modules') continue;
		newest = Math.max(newest, newestMtime(join(path, name)));
	}
	return newest;
}

function buildIfStale() {
	const stamp = join(root, 'build/.built-at');
	const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
	if (Math.max(...BUILD_INPUTS.map((p) => newestMtime(join(root, p)))) <= built) return;
	console.log('Building the app (first start or sources changed)…');
	// NODE_ENV=production: without it, Svelte compiled the app with its development checks (about half the speed).
	const r = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
	if (r.status !== 0) {
		console.error('The build failed: see the messages above.');
		process.exit(1);
	}
	writeFileSync(stamp, new Date().toISOString());
}

/**
 * The embedded database's WebAssembly memory grows while the demo is created
 * and never shrinks. On a first start a short-lived process of the app creates
 * the database and the demo, and this process then opens it: about 150 MB less
 * for the whole life of the server.
 * @param {string} entry
 */
async function prepareEmbeddedDatabase(entry) {
	const dir = `${(process.env.DATA_DIR || './data').replace(/\/$/, '')}/pglite`;
	if (process.env.DATABASE_URL || process.env.AMSSAWAS_DEMO !== 'if-empty' || existsSync(join(dir, 'PG_VERSION'))) return;
	const env = { ...process.env, HOST: '127.0.0.1', PORT: '0' };
	const child = spawn(process.execPath, [...process.execArgv, entry], { env, stdio: ['ignore', 'pipe', 'inherit'] });
	const ended = new Promise((done) => child.on('exit', done));
	child.stdout.setEncoding('utf8');
	await new Promise((done) => {
		child.stdout.on('data', (/** @type {string} */ text) => {
			for (const line of text.split('\n')) {
				if (line.startsWith('Listening on')) done(child.kill('SIGTERM'));
				else if (line) console.log(line);
			}
		});
		void ended.then(done);
	});
	const code = await ended;
	if (code !== 0 && code !== null) {
		console.error('Creating the database failed: see the messages above.');
		process.exit(1);
	}
}

const given = process.argv[2];
if (cluster.isPrimary) {
	if (!given) buildIfStale();
	process.env.AMSSAWAS_DEMO ??= 'if-empty';
	process.env.SHUTDOWN_TIMEOUT ??= '1';
	process.env.PORT ??= '3000';
	// Lesson narrations may be 30 MB; adapter-node refuses bodies over 512 KB by default.
	process.env.BODY_SIZE_LIMIT ??= '32M';
	// adapter-node assumes https without ORIGIN, which breaks cookies and the CSRF check on plain http.
	process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
	const where = process.env.DATABASE_URL ? 'PostgreSQL' : `embedded database in ${(process.env.DATA_DIR || './data').replace(/\/$/, '')}/pglite`;
	console.log(`Amssawas LMS on ${process.env.ORIGIN} (${where})`);
}
const entry = given ?? join(root, 'build/index.js');
if (cluster.isPrimary) await prepareEmbeddedDatabase(entry);
await runServer(entry);
