import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { configFromEnv, createDb } from './db/index';
import { migrateToLatest } from './db/migrate';
import { loadMigrations } from './db/migrations.fs';
import { isEmpty, seedDemo } from './demo/seed';

/**
 * How many app processes to run. The embedded database allows one process;
 * on PostgreSQL the app is stateless, so it uses the cores (WEB_CONCURRENCY).
 */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
	if (!env.DATABASE_URL) return 1;
	const asked = Math.floor(Number(env.WEB_CONCURRENCY));
	return asked >= 1 ? asked : Math.min(availableParallelism(), 4);
}

/**
 * On PostgreSQL a primary process always watches the app processes and starts
 * another when one dies, even when there is only one (WEB_CONCURRENCY=1 on a
 * one-core host). The embedded database runs in the one process that owns it.
 */
export function supervised(env: NodeJS.ProcessEnv = process.env): boolean {
	return Boolean(env.DATABASE_URL);
}

/** Wait before replacing a process that died young (e.g. the database is down at its start): 1 s, doubling, at most 30 s. */
export function restartDelay(livedMs: number, previous: number): number {
	if (livedMs >= 30_000) return 0;
	return Math.min(30_000, Math.max(1_000, previous * 2));
}

/** Migrate and seed once, before the workers start (they would race for it). */
async function prepareDatabase() {
	const handle = await createDb(configFromEnv());
	try {
		await migrateToLatest(handle.db, await loadMigrations());
		if (process.env.AMSSAWAS_DEMO === 'if-empty' && (await isEmpty(handle.db))) {
			const r = await seedDemo(handle.db);
			console.log(`Demo data created: ${r.users} accounts (see README for the logins).`);
		}
	} finally {
		await handle.close();
	}
	process.env.AMSSAWAS_DEMO = 'no';
}

/**
 * Serves the built app (adapter-node's entry): in this process, or as several
 * worker processes sharing the port (node:cluster). Signals reach every worker;
 * a worker that dies is replaced.
 */
export async function runServer(entry: string, workers = workerCount(), supervise = supervised()): Promise<void> {
	if (!cluster.isPrimary || (workers <= 1 && !supervise)) {
		// A worker's channel to the primary would keep it alive after adapter-node's graceful stop.
		if (cluster.isWorker) process.once('sveltekit:shutdown', () => process.disconnect?.());
		await import(pathToFileURL(resolve(entry)).href);
		return;
	}
	await prepareDatabase();
	let stopping = false;
	let alive = 0;
	let delay = 0;
	const bornAt = new Map<number, number>();
	const fork = () => {
		const w = cluster.fork();
		bornAt.set(w.id, Date.now());
		alive++;
	};
	for (let i = 0; i < workers; i++) fork();
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
	for (const sig of ['SIGTERM', 'SIGINT'] as const) {
		process.on(sig, () => {
			stopping = true;
			for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(sig);
			setTimeout(() => process.exit(0), 3000).unref();
		});
	}
	console.log(`${workers} app process${workers === 1 ? '' : 'es'} on PostgreSQL (WEB_CONCURRENCY to change), restarted if one ends.`);
}
