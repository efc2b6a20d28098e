import type { DbHandle } from '../db/index';
import { closeTransports, vapidKeys } from './channels';
import type { NotifyConfig } from './config';
import { deliverAll, onWake } from './delivery.service';
import { scanReminders } from './triggers';

export interface NotificationWorker {
	/** 'pg-boss' on PostgreSQL, 'in-process' on PGlite. */
	engine: 'pg-boss' | 'in-process';
	stop(): Promise<void>;
}

const SCAN = 'notifications-scan';
const DELIVER = 'notifications-deliver';

/**
 * Works the outbox while the app runs.
 * - PostgreSQL: pg-boss (its own schema `pgboss`) runs the scan every 5 minutes and a delivery
 *   pass every minute as cron jobs, each taken by one process of however many there are.
 * - PGlite: pg-boss needs a connection pool of its own to a server, which the embedded database
 *   does not have (one in-process connection, shared with the app's transactions, and a folder
 *   only one process may open); so one process is all there is, and plain timers do the same.
 * Both: whatever a process queues wakes its own delivery at once, and claiming a message is one
 * atomic statement (FOR UPDATE SKIP LOCKED + lease), so no message is ever sent by two processes.
 */
export async function startNotificationWorker(handle: DbHandle, config: NotifyConfig, opts: { databaseUrl?: string; deliverEveryMs?: number; scanEveryMs?: number } = {}): Promise<NotificationWorker> {
	const db = handle.db;
	await vapidKeys(db, config.origin);
	let running: Promise<unknown> = Promise.resolve();
	let again = false;
	let stopped = false;
	const log = (what: string) => (e: unknown) => console.error(`notifications ${what}: ${e instanceof Error ? e.message : e}`);
	// One pass at a time in this process; a wake during a pass runs one more after it.
	const deliver = () => {
		if (stopped) return running;
		if (busy) {
			again = true;
			return running;
		}
		busy = true;
		running = (async () => {
			do {
				again = false;
				await deliverAll(db, config).catch(log('delivery'));
			} while (again && !stopped);
			busy = false;
		})();
		return running;
	};
	let busy = false;
	const scan = async () => {
		if (stopped) return;
		await scanReminders(db, config).catch(log('scan'));
		await deliver();
	};
	let wakeTimer: NodeJS.Timeout | undefined;
	onWake(() => {
		wakeTimer ??= setTimeout(() => {
			wakeTimer = undefined;
			void deliver();
		}, 200);
		wakeTimer.unref?.();
	});

	if (handle.kind === 'postgres' && opts.databaseUrl) {
		const { default: PgBoss } = await import('pg-boss');
		const boss = new PgBoss({ connectionString: opts.databaseUrl, max: 2, schema: 'pgboss', application_name: 'amssawas-notifications' });
		boss.on('error', log('pg-boss'));
		await boss.start();
		for (const name of [SCAN, DELIVER]) await boss.createQueue(name, { name, policy: 'singleton', retryLimit: 0, expireInSeconds: 600 });
		await boss.schedule(SCAN, '*/5 * * * *', {}, { tz: 'Africa/Casablanca' });
		await boss.schedule(DELIVER, '* * * * *', {}, { tz: 'Africa/Casablanca' });
		await boss.work(SCAN, async () => void (await scan()));
		await boss.work(DELIVER, async () => void (await deliver()));
		void scan();
		return {
			engine: 'pg-boss',
			async stop() {
				stopped = true;
				onWake(undefined);
				clearTimeout(wakeTimer);
				await boss.stop({ graceful: true, timeout: 5000, wait: true }).catch(log('stop'));
				await running;
				closeTransports();
			}
		};
	}

	const timers = [setInterval(() => void deliver(), opts.deliverEveryMs ?? 20_000), setInterval(() => void scan(), opts.scanEveryMs ?? 5 * 60_000)];
	for (const t of timers) t.unref();
	const first = setTimeout(() => void scan(), 1000);
	first.unref();
	return {
		engine: 'in-process',
		async stop() {
			stopped = true;
			onWake(undefined);
			clearTimeout(wakeTimer);
			clearTimeout(first);
			for (const t of timers) clearInterval(t);
			await running;
			closeTransports();
		}
	};
}
