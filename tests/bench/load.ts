// Load one scenario with autocannon: warm-up, then a measured run; CPU use of each party alongside.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import autocannon, { type Request, type Result } from 'autocannon';
import pg from 'pg';
import type { ResolvedScenario as Scenario } from './scenarios';

export interface LoadOptions {
	origin: string;
	connections: number;
	warmupSeconds: number;
	durationSeconds: number;
	/** Cookies of the sessions to rotate through (empty for anonymous pages). */
	cookies: string[];
	serverPid: number;
	/** The bench database, to count its transactions per request. */
	databaseUrl?: string;
}

export interface CpuShare {
	/** Percent of one core over the measured run (200 % = both cores of this machine). */
	server: number;
	postgres: number;
	loadGenerator: number;
	/** Whole machine, percent of all cores. */
	machineBusy: number;
	/** What the rest of the machine used (other people's builds, tests…), percent of one core. */
	other: number;
}

export interface ScenarioResult {
	name: string;
	method: string;
	path: string;
	auth: string | null;
	sessions: number;
	connections: number;
	durationSeconds: number;
	requests: number;
	rps: number;
	latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
	non2xx: number;
	unexpectedStatus: number;
	errors: number;
	timeouts: number;
	statusCodes: Record<string, number>;
	bytesPerResponse: number;
	cpu: CpuShare;
	/** PostgreSQL transactions (committed + rolled back) in the bench database per response; each statement outside a transaction is one. Approximate (statistics flush late). */
	dbXactsPerResponse: number | null;
}

/** Transactions so far in the database (pg_stat_database), or null if it cannot tell. */
async function dbXacts(url: string | undefined): Promise<number | null> {
	if (!url) return null;
	const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
	try {
		await c.connect();
		const { rows } = await c.query<{ n: string }>('select xact_commit + xact_rollback as n from pg_stat_database where datname = current_database()');
		return Number(rows[0]?.n);
	} catch {
		return null;
	} finally {
		await c.end().catch(() => {});
	}
}

const TICK = 100; // USER_HZ: jiffies per second in /proc on Linux

function procTicks(pid: number | 'self'): number {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return Number(f[11]) + Number(f[12]); // utime + stime
	} catch {
		return 0;
	}
}

/** CPU ticks of a process and all its descendants (the app may run one worker per core). */
function treeTicks(root: number): number {
	const children = new Map<number, number[]>();
	for (const d of readdirSync('/proc')) {
		if (!/^\d+$/.test(d)) continue;
		try {
			const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
		} catch {
			// the process ended meanwhile
		}
	}
	let sum = 0;
	const todo = [root];
	while (todo.length) {
		const pid = todo.pop()!;
		sum += procTicks(pid);
		todo.push(...(children.get(pid) ?? []));
	}
	return sum;
}

/** CPU ticks of every PostgreSQL process on the machine (server backends and the postmaster's helpers). */
function postgresTicks(): number {
	let sum = 0;
	for (const d of readdirSync('/proc')) {
		if (!/^\d+$/.test(d)) continue;
		try {
			const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
			const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
			if (comm !== 'postgres') continue;
			const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			sum += Number(f[11]) + Number(f[12]);
		} catch {
			// the process ended meanwhile
		}
	}
	return sum;
}

function machineTicks(): { busy: number; total: number } {
	const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
	const total = cpu.reduce((a, b) => a + b, 0);
	const idle = cpu[3] + (cpu[4] || 0);
	return { busy: total - idle, total };
}

function cpuSampler(serverPid: number) {
	const t0 = Date.now();
	const server0 = treeTicks(serverPid);
	const pg0 = postgresTicks();
	const self0 = process.cpuUsage();
	const m0 = machineTicks();
	return (): CpuShare => {
		const seconds = (Date.now() - t0) / 1000;
		const self = process.cpuUsage(self0);
		const m1 = machineTicks();
		const pct = (ticks: number) => Math.round((ticks / TICK / seconds) * 100);
		const share = {
			server: pct(treeTicks(serverPid) - server0),
			postgres: pct(postgresTicks() - pg0),
			loadGenerator: Math.round(((self.user + self.system) / 1e6 / seconds) * 100),
			machineBusy: Math.round(((m1.busy - m0.busy) / Math.max(1, m1.total - m0.total)) * 100)
		};
		const used = (share.machineBusy * cpus().length) - share.server - share.postgres - share.loadGenerator;
		return { ...share, other: Math.max(0, Math.round(used)) };
	};
}

/** Busy share of the whole machine (percent of all cores) over `ms`. */
export async function machineBusy(ms = 1000): Promise<number> {
	const a = machineTicks();
	await new Promise((r) => setTimeout(r, ms));
	const b = machineTicks();
	return Math.round(((b.busy - a.busy) / Math.max(1, b.total - a.total)) * 100);
}

/**
 * This machine is shared (other people's builds and browser tests run on it too): wait, up to
 * `maxSeconds`, for a second in which less than `threshold` % of it is busy. Returns the last sample.
 */
export async function waitForQuiet(maxSeconds: number, threshold: number): Promise<{ busy: number; waitedSeconds: number }> {
	const start = Date.now();
	let busy = await machineBusy();
	while (busy >= threshold && Date.now() - start < maxSeconds * 1000) busy = await machineBusy();
	return { busy, waitedSeconds: Math.round((Date.now() - start) / 1000) };
}

function requestsFor(scenario: Scenario, origin: string, cookies: string[]): Request[] {
	const method = scenario.method ?? 'GET';
	const base: Record<string, string> = {
		accept: 'text/html,application/xhtml+xml',
		'accept-encoding': 'br, gzip',
		'user-agent': 'amssawas-bench',
		...(scenario.body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
		// Every state-changing request must name the app's origin (hooks.server.ts), with or without a body.
		...(method === 'GET' ? {} : { origin }),
		...scenario.headers
	};
	const one = (cookie?: string, i = 0): Request => ({
		method,
		path: scenario.paths?.[i] ?? scenario.path,
		headers: cookie ? { ...base, cookie } : base,
		...(scenario.body === undefined ? {} : { body: scenario.body })
	});
	return cookies.length ? cookies.map((c, i) => one(c, i)) : [one()];
}

function fire(scenario: Scenario, opts: LoadOptions, seconds: number): Promise<Result> {
	const requests = requestsFor(scenario, opts.origin, opts.cookies);
	let nextClient = 0;
	return autocannon({
		url: opts.origin,
		connections: opts.connections,
		duration: seconds,
		timeout: 10,
		title: scenario.name,
		requests,
		// Every connection walks through all the sessions, one per request, each from a different
		// starting point: at any moment the 50 connections carry different people's cookies.
		// The request buffers stay prebuilt (no setupRequest), so rotating costs the generator nothing.
		setupClient(client) {
			const start = nextClient++ % requests.length;
			if (requests.length > 1) client.setRequests([...requests.slice(start), ...requests.slice(0, start)]);
		}
	}) as unknown as Promise<Result>;
}

export async function loadScenario(scenario: Scenario, opts: LoadOptions): Promise<ScenarioResult> {
	if (opts.warmupSeconds > 0) await fire(scenario, opts, opts.warmupSeconds);
	const xacts0 = await dbXacts(opts.databaseUrl);
	const sample = cpuSampler(opts.serverPid);
	const r = await fire(scenario, opts, opts.durationSeconds);
	const cpu = sample();
	await new Promise((r) => setTimeout(r, 1500)); // backends flush their statistics within a second or so
	const xacts1 = await dbXacts(opts.databaseUrl);
	const statusCodes = Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count]));
	const total = Object.values(statusCodes).reduce((a, b) => a + b, 0);
	const expected = (code: number) => (scenario.expectStatus ? code === scenario.expectStatus : code >= 200 && code < 300);
	const unexpectedStatus = Object.entries(statusCodes)
		.filter(([code]) => !expected(Number(code)))
		.reduce((a, [, n]) => a + n, 0);
	return {
		name: scenario.name,
		method: scenario.method ?? 'GET',
		path: scenario.path,
		auth: scenario.auth,
		sessions: opts.cookies.length,
		connections: opts.connections,
		durationSeconds: r.duration,
		requests: total,
		rps: Math.round((total / r.duration) * 10) / 10,
		latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, mean: Math.round(r.latency.mean * 100) / 100 },
		non2xx: r.non2xx,
		unexpectedStatus,
		errors: r.errors,
		timeouts: r.timeouts,
		statusCodes,
		bytesPerResponse: total ? Math.round(r.throughput.total / total) : 0,
		cpu,
		// minus 1: the counting query's own transaction
		dbXactsPerResponse: xacts0 !== null && xacts1 !== null && total ? Math.round(((xacts1 - xacts0 - 1) / total) * 100) / 100 : null
	};
}
