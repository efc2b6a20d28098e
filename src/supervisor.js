// The supervising primary on PostgreSQL. Plain JavaScript on purpose: the
// primary only forks, watches and forwards signals, so it loads neither the app
// nor a TypeScript transpiler (about 40 MB less per process than `tsx`).
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * How many app processes to run. The embedded database allows one process;
 * on PostgreSQL the app is stateless, so it uses the cores (WEB_CONCURRENCY).
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {number}
 */
export function workerCount(env = process.env) {
	if (!env.DATABASE_URL) return 1;
	const asked = Math.floor(Number(env.WEB_CONCURRENCY));
	return asked >= 1 ? asked : Math.min(availableParallelism(), 4);
}

/**
 * On PostgreSQL a primary process always watches the app processes and starts
 * another when one dies, even when there is only one (WEB_CONCURRENCY=1 on a
 * one-core host). The embedded database runs in the one process that owns it.
 * @param {NodeJS.ProcessEnv} [env]
 */
export function supervised(env = process.env) {
	return Boolean(env.DATABASE_URL);
}

/**
 * Wait before replacing a process that died young (e.g. the database is down at its start): 1 s, doubling, at most 30 s.
 * @param {number} livedMs
 * @param {number} previous
 */
export function restartDelay(livedMs, previous) {
	if (livedMs >= 30_000) return 0;
	return Math.min(30_000, Math.max(1_000, previous * 2));
}

/**
 * Serves the built app (adapter-node's entry): in this process, or as worker
 * processes sharing the port (node:cluster). The first worker migrates and
 * seeds the database (the app's init hook); the others start once it listens,
 * so they never race for it. Signals reach every worker; one that dies is
 * replaced.
 * @param {string} entry path of adapter-node's index.js
 * @param {{ workers?: number, supervise?: boolean }} [opts]
 */
export async function runServer(entry, { workers = workerCount(), supervise = supervised() } = {}) {
	if (!cluster.isPrimary || (workers <= 1 && !supervise)) {
		// A worker's channel to the primary would keep it alive after adapter-node's graceful stop.
		if (cluster.isWorker) process.once('sveltekit:shutdown', () => process.disconnect?.());
		await import(pathToFileURL(resolve(entry)).href);
		return;
	}
	let stopping = false;
	let ready = false;
	let alive = 0;
	let delay = 0;
	/** @type {Map<number, number>} */
	const bornAt = new Map();
	const fork = () => {
		// Only the first worker may seed the demo into an empty database.
		const w = cluster.fork(ready ? { AMSSAWAS_DEMO: 'no' } : {});
		bornAt.set(w.id, Date.now());
		alive++;
	};
	cluster.on('listening', () => {
		if (ready) return;
		ready = true;
		for (let i = 1; i < workers; i++) fork();
	});
	cluster.on('exit', (worker, code, signal) => {
		alive--;
		if (!stopping) {
			delay = restartDelay(Date.now() - (bornAt.get(worker.id) ?? 0), delay);
			bornAt.delete(worker.id);
			console.error(`app process ${worker.process.pid} ended (${signal ?? code}); starting another${delay ? ` in ${delay / 1000} s` : ''}`);
			setTimeout(() => {
				if (!stopping) fork();
			}, delay);
		} else if (alive === 0) process.exit(0);
	});
	for (const sig of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
		process.on(sig, () => {
			stopping = true;
			for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(sig);
			setTimeout(() => process.exit(0), 3000).unref();
		});
	}
	fork();
	console.log(`${workers} app process${workers === 1 ? '' : 'es'} on PostgreSQL (WEB_CONCURRENCY to change), restarted if one ends.`);
}
