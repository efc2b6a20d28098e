// The app under test: a throw-away PostgreSQL database, `node build` on it, and logged-in sessions.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import pg from 'pg';

export const DEMO_PASSWORD = 'amssawas-demo-2026';

// ---------------------------------------------------------------- database

export interface BenchDb {
	name: string;
	url: string;
}

function withDatabase(url: string, name: string): string {
	const u = new URL(url);
	u.pathname = `/${name}`;
	return u.toString();
}

async function admin<T>(adminUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
	await client.connect();
	try {
		return await fn(client);
	} finally {
		await client.end();
	}
}

const STALE_MS = 6 * 3600 * 1000;

/** A new, empty database `bench_<ms>_<pid>`; also drops bench databases left by runs killed hours ago. */
export async function createDatabase(adminUrl: string): Promise<BenchDb> {
	const name = `bench_${Date.now()}_${process.pid}`;
	await admin(adminUrl, async (c) => {
		const { rows } = await c.query<{ datname: string }>(`select datname from pg_database where datname ~ '^bench_[0-9]+_[0-9]+$'`);
		for (const { datname } of rows) {
			const at = Number(datname.split('_')[1]);
			if (Date.now() - at > STALE_MS) await c.query(`drop database if exists "${datname}" with (force)`);
		}
		await c.query(`create database "${name}"`);
	});
	return { name, url: withDatabase(adminUrl, name) };
}

export async function dropDatabase(adminUrl: string, db: BenchDb): Promise<void> {
	await admin(adminUrl, (c) => c.query(`drop database if exists "${db.name}" with (force)`));
}

// ---------------------------------------------------------------- server

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.unref();
		s.on('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => resolve(port));
		});
	});
}

export interface Server {
	proc: ChildProcess;
	origin: string;
	logFile: string;
	/** Set when the process has ended (on its own or by stop()). */
	exited: Promise<number | null>;
	stop(): Promise<void>;
	/** Synchronous last resort, for process 'exit'. */
	kill(): void;
}

export function serverEnv(port: number, databaseUrl: string): NodeJS.ProcessEnv {
	const origin = `http://127.0.0.1:${port}`;
	return {
		...process.env,
		NODE_ENV: 'production',
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: origin,
		ADDRESS_HEADER: 'x-forwarded-for',
		XFF_DEPTH: '1',
		SHUTDOWN_TIMEOUT: '1',
		DATABASE_URL: databaseUrl,
		AMSSAWAS_DEMO: 'if-empty',
		// Turns on /bench-reference, the trivial page every page is compared with.
		AMSSAWAS_BENCH: '1',
		// The reminders bench (reminders.ts) sends its own 10,000 messages: the server's worker stays out of it.
		NOTIFICATIONS_WORKER: 'off'
	};
}

/**
 * A private copy of build/ under node_modules/.cache (so the app's bare imports still resolve):
 * others build in this same work tree, and a build empties build/ under a running server.
 */
export function copyBuild(root: string): string {
	const cache = join(root, 'node_modules', '.cache');
	mkdirSync(cache, { recursive: true });
	const dir = mkdtempSync(join(cache, 'amssawas-bench-app-'));
	cpSync(join(root, 'build'), dir, { recursive: true });
	return dir;
}

export function removeBuildCopy(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}

/**
 * `node <build>`, titled amssawas-bench-server so that nobody takes it for a stray `node build` of theirs,
 * in its own process group so that Ctrl-C reaches only the bench, which then stops it in order.
 */
export function startServer(cwd: string, appDir: string, port: number, databaseUrl: string, logFile: string, nodeArgs: string[] = []): Server {
	const log = createWriteStream(logFile);
	// Started the way `npm start` starts it on PostgreSQL: src/serve.js supervises one app process per core.
	const entry = [join(cwd, 'src/serve.js'), join(appDir, 'index.js')];
	const proc = spawn(process.execPath, ['--title=amssawas-bench-server', ...nodeArgs, ...entry], { cwd, env: serverEnv(port, databaseUrl), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	proc.stdout!.pipe(log, { end: false });
	proc.stderr!.pipe(log, { end: false });
	const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
	let stopping: Promise<void> | undefined;
	const server: Server = {
		proc,
		origin: `http://127.0.0.1:${port}`,
		logFile,
		exited,
		stop() {
			stopping ??= (async () => {
				if (proc.exitCode === null && proc.signalCode === null) {
					proc.kill('SIGTERM');
					const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
					await exited;
					clearTimeout(timer);
				}
				await new Promise<void>((r) => log.end(r));
			})();
			return stopping;
		},
		kill() {
			if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
		}
	};
	return server;
}

export function tail(file: string, lines = 30): string {
	try {
		return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
	} catch {
		return '(no server log)';
	}
}

export async function waitForHealth(server: Server, timeoutMs = 30_000): Promise<number> {
	const started = Date.now();
	let last = '';
	while (Date.now() - started < timeoutMs) {
		if (server.proc.exitCode !== null) throw new Error(`server exited with code ${server.proc.exitCode} before /healthz answered`);
		try {
			const res = await fetch(`${server.origin}/healthz`, { signal: AbortSignal.timeout(2000) });
			if (res.ok) return Date.now() - started;
			last = `HTTP ${res.status}: ${await res.text()}`;
		} catch (e) {
			last = (e as Error).message;
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`server not healthy after ${timeoutMs} ms (${last})`);
}

// ---------------------------------------------------------------- people

export function run(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; quiet?: boolean }): Promise<string> {
	return new Promise((resolve, reject) => {
		const p = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		p.stdout.on('data', (d) => {
			out += d;
			if (!opts.quiet) process.stdout.write(d);
		});
		p.stderr.on('data', (d) => {
			out += d;
			if (!opts.quiet) process.stderr.write(d);
		});
		p.on('error', reject);
		p.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}\n${out}`))));
	});
}

async function pool<T, R>(items: T[], size: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(size, items.length) }, async () => {
			while (next < items.length) {
				const i = next++;
				results[i] = await fn(items[i], i);
			}
		})
	);
	return results;
}

/** `npm run cli -- …` against the bench database (without npm in between: one process less per call). */
function cli(cwd: string, databaseUrl: string, args: string[]): Promise<string> {
	return run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd, env: { ...process.env, DATABASE_URL: databaseUrl }, quiet: true });
}

/** Learners 41…N through the admin CLI (the demo has 40), like an administrator would add them. */
export async function createExtraLearners(cwd: string, databaseUrl: string, from: number, to: number): Promise<string[]> {
	const logins = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => `06000000${String(from + i).padStart(2, '0')}`);
	await pool(logins, 3, (login, i) =>
		cli(cwd, databaseUrl, ['user:create', '--role', 'learner', '--login', login, '--name', `Bench Learner ${from + i}`, '--locale', ['ar', 'fr', 'zgh'][i % 3], '--password', DEMO_PASSWORD, '--json'])
	);
	return logins;
}

/**
 * Enrols each login in each module with the admin CLI (`enrol --login L --module SLUG`), as an
 * administrator would: learners 41…N are in no cohort, so without this they get 403 on module pages.
 * Returns the number of new enrolments the CLI reports.
 */
export async function enrolLearners(cwd: string, databaseUrl: string, logins: string[], modules: readonly string[]): Promise<number> {
	const pairs = logins.flatMap((login) => modules.map((module) => ({ login, module })));
	const out = await pool(pairs, 3, ({ login, module }) => cli(cwd, databaseUrl, ['enrol', '--login', login, '--module', module, '--json']));
	return out.reduce((sum, text, i) => {
		const line = text.trim().split('\n').findLast((l) => l.startsWith('{'));
		const r = line ? (JSON.parse(line) as { enrolled?: number }) : {};
		if (typeof r.enrolled !== 'number') throw new Error(`enrol ${pairs[i].login} in ${pairs[i].module}: unexpected CLI output: ${text.trim()}`);
		return sum + r.enrolled;
	}, 0);
}

/**
 * Lesson ids of a module, in the order its page lists them to a learner: the `/learn/<slug>/<id>`
 * links of its ordered list (the "start/continue" button before it points at the next lesson, not the first).
 */
export async function findLessons(origin: string, slug: string, cookie: string): Promise<number[]> {
	const res = await fetch(`${origin}/learn/${slug}`, { redirect: 'manual', headers: { accept: 'text/html', cookie } });
	const html = await res.text();
	if (res.status !== 200) throw new Error(`GET /learn/${slug} answered HTTP ${res.status}${res.headers.get('location') ? ` → ${res.headers.get('location')}` : ''}: cannot find its lessons`);
	const link = `href="/learn/${slug}/(\\d+)"`;
	const list = (html.match(/<ol\b[\s\S]*?<\/ol>/gi) ?? []).find((ol) => new RegExp(link).test(ol));
	const ids = [...new Set([...(list ?? html).matchAll(new RegExp(link, 'g'))].map((m) => Number(m[1])))];
	if (!ids.length) throw new Error(`GET /learn/${slug}: no link to a lesson in the page`);
	return ids;
}

/** The demo class session in progress: the one the trainers' list offers a check-in screen for. */
export async function findLiveSession(origin: string, cookie: string): Promise<number> {
	const res = await fetch(`${origin}/trainer/sessions?module=participatory-planning`, { redirect: 'manual', headers: { accept: 'text/html', cookie } });
	const html = await res.text();
	const id = Number(/href="\/trainer\/sessions\/(\d+)\/check-in"/.exec(html)?.[1]);
	if (res.status !== 200 || !id) throw new Error(`GET /trainer/sessions answered HTTP ${res.status} without a session in progress (the demo seeds one)`);
	return id;
}

/** The code the check-in screen shows now (what a learner would type). */
export async function readCheckInCode(origin: string, cookie: string, sessionId: number): Promise<string> {
	const res = await fetch(`${origin}/trainer/sessions/${sessionId}/check-in`, { redirect: 'manual', headers: { accept: 'text/html', cookie } });
	const code = /data-testid="check-in-code"[^>]*>([A-Z0-9]{6})</.exec(await res.text())?.[1];
	if (!code) throw new Error(`GET /trainer/sessions/${sessionId}/check-in answered HTTP ${res.status} without a code`);
	return code;
}

export interface Person {
	login: string;
	role: 'learner' | 'trainer' | 'admin';
}

export interface Session extends Person {
	cookie: string;
}

/** POST /login as a browser would; each login from its own (loopback) address so the per-address limit stays out of the way. */
export async function logIn(origin: string, person: Person, address: string): Promise<Session> {
	const next = person.role === 'learner' ? '/learn' : `/${person.role}`;
	const res = await fetch(`${origin}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin,
			'x-forwarded-for': address,
			accept: 'text/html'
		},
		body: new URLSearchParams({ login: person.login, password: DEMO_PASSWORD, next }).toString()
	});
	const session = res.headers.getSetCookie().find((c) => c.startsWith('session='));
	await res.arrayBuffer();
	if (res.status !== 303 || !session) {
		throw new Error(`login ${person.login} failed: HTTP ${res.status}, ${session ? 'session cookie set' : 'no session cookie'}`);
	}
	return { ...person, cookie: session.split(';')[0] };
}

export async function logInAll(origin: string, people: Person[]): Promise<Session[]> {
	// Each login verifies an argon2id hash (19 MiB): a few at a time is plenty on 2 cores.
	return pool(people, 4, (p, i) => logIn(origin, p, `127.0.${Math.floor(i / 250) + 1}.${(i % 250) + 1}`));
}

/** The id of a module's practice quiz (unlimited attempts), through the admin CLI (`quizzes:list`). */
export async function practiceQuizId(cwd: string, databaseUrl: string, slug: string): Promise<number> {
	const out = await cli(cwd, databaseUrl, ['quizzes:list', '--module', slug, '--json']);
	const list = JSON.parse(out.slice(out.indexOf('['))) as { id: number; kind: string; status: string }[];
	const q = list.find((x) => x.kind === 'practice' && x.status === 'published');
	if (!q) throw new Error(`no published practice quiz in ${slug}: ${out.trim()}`);
	return q.id;
}

/** Each session starts (or resumes) an attempt on the quiz, as the "start" button does; their ids in session order. */
export async function startAttempts(origin: string, slug: string, quizId: number, cookies: string[]): Promise<number[]> {
	return pool(cookies, 4, async (cookie) => {
		const res = await fetch(`${origin}/learn/${slug}/quiz/${quizId}?/start`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin, accept: 'text/html', cookie },
			body: ''
		});
		await res.arrayBuffer();
		const id = Number(/\/attempt\/(\d+)/.exec(res.headers.get('location') ?? '')?.[1]);
		if (res.status !== 303 || !id) throw new Error(`starting quiz ${quizId}: HTTP ${res.status} → ${res.headers.get('location')}`);
		return id;
	});
}

/** The first question's field on an attempt page and the first option offered for it. */
export async function firstQuestion(origin: string, path: string, cookie: string): Promise<{ question: number; answer: string }> {
	const res = await fetch(`${origin}${path}`, { redirect: 'manual', headers: { accept: 'text/html', cookie } });
	const html = await res.text();
	const m = /name="q(\d+)" value="([a-z0-9]+)"|value="([a-z0-9]+)"[^>]*name="q(\d+)"/.exec(html);
	if (res.status !== 200 || !m) throw new Error(`GET ${path}: HTTP ${res.status}, no choice question found`);
	return m[1] ? { question: Number(m[1]), answer: m[2] } : { question: Number(m[4]), answer: m[3] };
}

/** Ids the staff pages need: the leadership module and its graded quiz (read from the bench database). */
export async function staffIds(databaseUrl: string): Promise<{ moduleId: number; gradedQuizId: number }> {
	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	try {
		const r = await client.query(
			`select m.id as module_id, q.id as quiz_id from module m join quiz q on q.module_id = m.id and q.kind = 'graded' where m.slug = 'leadership' order by q.id limit 1`
		);
		if (!r.rows[0]) throw new Error('no graded quiz in the leadership module');
		return { moduleId: r.rows[0].module_id, gradedQuizId: r.rows[0].quiz_id };
	} finally {
		await client.end();
	}
}

/** `npm run cli -- demo:seed --learners N` on the bench database: a programme at scale (issue 18). */
export async function seedAtScale(cwd: string, databaseUrl: string, learners: number): Promise<string> {
	return (await cli(cwd, databaseUrl, ['demo:seed', '--learners', String(learners)])).trim();
}

/** Answers saved on those attempts: rows, attempts with a row, rows holding the given answer to the question. */
export async function countAnswers(databaseUrl: string, attempts: number[], question: number, answer: string) {
	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	try {
		const r = await client.query(
			`select count(*)::int as rows, count(distinct attempt_id)::int as attempts,
			        count(*) filter (where question_id = $2 and answer = to_jsonb($3::text))::int as right_rows
			   from attempt_answer where attempt_id = any($1::int[])`,
			[attempts, question, answer]
		);
		return r.rows[0] as { rows: number; attempts: number; right_rows: number };
	} finally {
		await client.end();
	}
}

// ---------------------------------------------------------------- memory

function children(pid: number): number[] {
	try {
		return readdirSync(`/proc/${pid}/task`).flatMap((t) =>
			readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
		);
	} catch {
		return [];
	}
}

/** Proportional set size (kB) of a process and all its descendants, from /proc/PID/smaps_rollup (Linux). */
export function treePssKb(pid: number): number {
	let total = 0;
	for (const p of [pid, ...descendants(pid)]) {
		try {
			total += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
		} catch {
			// ended meanwhile
		}
	}
	return total;
}

function descendants(pid: number): number[] {
	return children(pid).flatMap((c) => [c, ...descendants(c)]);
}

/** The V8 heap flags `npm start` gives node (package.json), so the bench runs the server as it runs in production. */
export function startNodeFlags(root: string): string[] {
	const start = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.start as string;
	return start.split(/\s+/).filter((a) => a.startsWith('--max-'));
}
