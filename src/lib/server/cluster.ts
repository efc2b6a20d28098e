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
export async function runServer(entry: string, workers = workerCount()): Promise<void> {
	if (workers <= 1 || !cluster.isPrimary) {
		// A worker's channel to the primary would keep it alive after adapter-node's graceful stop.
		if (cluster.isWorker) process.once('sveltekit:shutdown', () => process.disconnect?.());
		await import(pathToFileURL(resolve(entry)).href);
		return;
	}
	await prepareDatabase();
	let stopping = false;
	let alive = 0;
	const fork = () => {
		cluster.fork();
		alive++;
	};
	for (let i = 0; i < workers; i++) fork();
	cluster.on('exit', (worker, code, signal) => {
		alive--;
		if (!stopping) {
			console.error(`app process ${worker.process.pid} ended (${signal ?? code}); starting another`);
			fork();
		} else if (alive === 0) process.exit(0);
	});
	for (const sig of ['SIGTERM', 'SIGINT'] as const) {
		process.on(sig, () => {
			stopping = true;
			for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(sig);
			setTimeout(() => process.exit(0), 3000).unref();
		});
	}
	console.log(`${workers} app processes on PostgreSQL (WEB_CONCURRENCY to change).`);
}
