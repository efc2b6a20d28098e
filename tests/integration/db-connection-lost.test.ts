import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort, sleep } from './net';
import { newSerial } from '../../src/lib/server/certificates/serial';

/**
 * `npm start` on PostgreSQL (built app, supervising primary, one app process)
 * against a fresh database, while PostgreSQL ends the app's connections or
 * refuses new ones. PostgreSQL only: the embedded database has no connection to lose.
 */
const url = process.env.TEST_DATABASE_URL;


describe.runIf(url)('when PostgreSQL ends the app’s connections', () => {
	let admin: pg.Client;
	let name: string;
	let server: ChildProcess;
	let output = '';
	let exited = false;
	let origin: string;
	const terminate = () => admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
	const health = async () => {
		const r = await fetch(`${origin}/healthz`);
		return { status: r.status, body: (await r.json()) as { db: string; reason?: string } };
	};

	beforeAll(async () => {
		admin = new pg.Client({ connectionString: url });
		await admin.connect();
		name = `amssawas_lost_${randomBytes(5).toString('hex')}`;
		await admin.query(`create database ${name} template ${inject('pgTemplate')}`);
		const u = new URL(url!);
		u.pathname = `/${name}`;
		const port = await freePort();
		origin = `http://127.0.0.1:${port}`;
		server = spawn(process.execPath, ['src/serve.js'], {
			env: { ...process.env, DATABASE_URL: u.toString(), PORT: String(port), ORIGIN: origin, WEB_CONCURRENCY: '1', AMSSAWAS_DEMO: 'no', PG_POOL_MAX: '4' },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		server.stdout!.on('data', (d) => (output += d));
		server.stderr!.on('data', (d) => (output += d));
		server.on('exit', () => (exited = true));
		// src/serve.js (`npm start`) builds first when the sources changed since the last build.
		for (let i = 0; ; i++) {
			if (exited) throw new Error(`the server ended:\n${output}`);
			try {
				if ((await health()).status === 200) break;
			} catch {
				// not listening yet
			}
			if (i > 600) throw new Error(`the server did not start:\n${output}`);
			await sleep(500);
		}
	}, 330_000);

	afterAll(async () => {
		if (server && !exited) {
			server.kill('SIGTERM');
			await new Promise((r) => server.once('exit', r));
		}
		await admin?.query(`drop database if exists ${name} with (force)`);
		await admin?.end();
	});

	it('fails only the requests in flight (503), keeps every process, and serves what comes 2 s later', async () => {
		const serial = newSerial();
		const results: { sentAt: number; status: number }[] = [];
		let killedAt = Infinity;
		const until = Date.now() + 5_000;
		const stream = async (i: number) => {
			while (Date.now() < until) {
				const sentAt = Date.now();
				// Pages that read the database in their load, and the health check.
				const path = i % 2 ? `/verify/${serial}` : '/healthz';
				const r = await fetch(`${origin}${path}`, { headers: { cookie: 'lang=fr' } }).catch(() => null);
				await r?.arrayBuffer();
				results.push({ sentAt, status: r?.status ?? 0 });
			}
		};
		const load = Promise.all(Array.from({ length: 10 }, (_, i) => stream(i)));
		await sleep(1_000);
		killedAt = Date.now();
		const ended = await terminate();
		expect(ended.rowCount).toBeGreaterThan(0);
		await load;

		expect(exited).toBe(false);
		expect(output).not.toMatch(/ended \(|Unhandled 'error' event/);
		const failed = results.filter((r) => r.status !== 200);
		expect(failed.every((r) => r.status === 503)).toBe(true);
		expect(failed.length).toBeLessThanOrEqual(10);
		const later = results.filter((r) => r.sentAt >= killedAt + 2_000);
		expect(later.length).toBeGreaterThan(20);
		expect(later.every((r) => r.status === 200)).toBe(true);
	}, 60_000);

	it('answers 503 in the visitor’s language while the database refuses connections, and recovers without a restart', async () => {
		await admin.query(`alter database ${name} allow_connections false`);
		try {
			await terminate();
			const down = await health();
			expect(down.status).toBe(503);
			expect(down.body.db).toBe('unavailable');
			expect(down.body.reason).toMatch(/not currently accepting connections/);

			// A page whose load reads the database, and a request whose session cannot be read.
			for (const headers of [{ cookie: 'lang=fr' }, { cookie: 'lang=fr; session=abc', accept: 'text/html' }, { cookie: 'lang=fr; session=abc' }] as Record<string, string>[]) {
				const page = await fetch(`${origin}/verify/${newSerial()}`, { headers });
				const html = await page.text();
				expect(page.status).toBe(503);
				expect(page.headers.get('retry-after')).toBe('5');
				expect(html).toContain('Le service est interrompu un instant');
				expect(html).not.toMatch(/Internal Error|at .*\.js:\d+/);
			}
			const ar = await fetch(`${origin}/verify/${newSerial()}`);
			expect(ar.status).toBe(503);
			expect(await ar.text()).toContain('الخدمة متوقفة لحظة');
		} finally {
			await admin.query(`alter database ${name} allow_connections true`);
		}
		const back = await health();
		expect(back.status).toBe(200);
		expect((await fetch(`${origin}/verify/${newSerial()}`)).status).toBe(200);
		expect(exited).toBe(false);
		// The same app process served all of it: none ended, none was started again.
		expect(output).not.toMatch(/ended \(/);
	}, 60_000);

	it('starts another app process when the one there is dies, even with WEB_CONCURRENCY=1', async () => {
		const children = () =>
			readdirSync('/proc')
				.filter((d) => /^\d+$/.test(d))
				.filter((d) => {
					try {
						const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
						return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] === String(server.pid);
					} catch {
						return false;
					}
				})
				.map(Number);
		const [worker] = children();
		expect(worker).toBeGreaterThan(0);
		// Compiled JavaScript only: neither the supervising primary nor an app process runs a TypeScript transpiler.
		for (const pid of [server.pid!, worker]) expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8')).not.toMatch(/tsx/);
		process.kill(worker, 'SIGKILL');
		for (let i = 0; i < 240; i++) {
			const ok = await health().then((r) => r.status === 200).catch(() => false);
			if (ok && children().some((pid) => pid !== worker)) break;
			await sleep(500);
		}
		expect(exited).toBe(false);
		expect(output).toMatch(new RegExp(`app process ${worker} ended \\(SIGKILL\\); starting another`));
		expect((await health()).status).toBe(200);
	}, 150_000);
});
