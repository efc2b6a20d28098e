import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort, sleep } from './net';

/**
 * Two app servers (as on two machines behind a reverse proxy) on one PostgreSQL
 * database, files kept in the database (FILE_STORAGE=database): what is made
 * through one is seen by the other. PostgreSQL only: the embedded database
 * belongs to one process.
 */
const url = process.env.TEST_DATABASE_URL;
const PASSWORD = 'amssawas-demo-2026';


interface App {
	proc: ChildProcess;
	origin: string;
	output: string;
}

describe.runIf(url)('two app servers on one database', () => {
	let admin: pg.Client;
	let data: pg.Client;
	let name: string;
	let dbUrl: string;
	const apps: App[] = [];

	async function start(demo: 'if-empty' | 'no'): Promise<App> {
		const port = await freePort();
		const origin = `http://127.0.0.1:${port}`;
		const proc = spawn(process.execPath, ['src/serve.js'], {
			env: {
				...process.env,
				DATABASE_URL: dbUrl,
				PORT: String(port),
				HOST: '127.0.0.1',
				ORIGIN: origin,
				WEB_CONCURRENCY: '1',
				AMSSAWAS_DEMO: demo,
				FILE_STORAGE: 'database',
				ADDRESS_HEADER: 'x-forwarded-for',
				XFF_DEPTH: '1'
			},
			stdio: ['ignore', 'pipe', 'pipe']
		});
		const app: App = { proc, origin, output: '' };
		proc.stdout!.on('data', (d) => (app.output += d));
		proc.stderr!.on('data', (d) => (app.output += d));
		// src/serve.js (`npm start`) builds first when the sources changed since the last build.
		for (let i = 0; ; i++) {
			if (proc.exitCode !== null) throw new Error(`the server ended:\n${app.output}`);
			const ok = await fetch(`${origin}/healthz`).then((r) => r.ok, () => false);
			if (ok) break;
			if (i > 600) throw new Error(`the server did not start:\n${app.output}`);
			await sleep(500);
		}
		apps.push(app);
		return app;
	}

	async function logIn(app: App, login: string, password: string, address: string) {
		const res = await fetch(`${app.origin}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.origin, accept: 'text/html', 'x-forwarded-for': address },
			body: new URLSearchParams({ login, password }).toString()
		});
		await res.arrayBuffer();
		const cookie = res.headers.getSetCookie().find((c) => c.startsWith('session='))?.split(';')[0];
		return { status: res.status, cookie };
	}

	const get = (app: App, path: string, cookie: string) => fetch(`${app.origin}${path}`, { redirect: 'manual', headers: { cookie, accept: 'text/html' } });

	beforeAll(async () => {
		admin = new pg.Client({ connectionString: url });
		await admin.connect();
		name = `amssawas_two_${randomBytes(5).toString('hex')}`;
		await admin.query(`create database ${name} template ${inject('pgTemplate')}`);
		const u = new URL(url!);
		u.pathname = `/${name}`;
		dbUrl = u.toString();
		data = new pg.Client({ connectionString: dbUrl });
		await data.connect();
		// The first migrates and seeds the demo; the second joins the same database.
		await start('if-empty');
		await start('no');
	}, 400_000);

	afterAll(async () => {
		for (const app of apps) {
			if (app.proc.exitCode === null) {
				app.proc.kill('SIGTERM');
				await new Promise((r) => app.proc.once('exit', r));
			}
		}
		await data?.end();
		await admin?.query(`drop database if exists ${name} with (force)`);
		await admin?.end();
	});

	it('a session opened on one server is valid on the other, and logging out on it ends it on both', async () => {
		const [a, b] = apps;
		const { status, cookie } = await logIn(a, '0600000002', PASSWORD, '10.0.0.2');
		expect(status).toBe(303);
		const onB = await get(b, '/learn', cookie!);
		expect(onB.status).toBe(200);
		expect(await onB.text()).toContain('/learn/leadership');
		const out = await fetch(`${b.origin}/logout`, { method: 'POST', redirect: 'manual', headers: { cookie: cookie!, origin: b.origin } });
		expect(out.status).toBe(303);
		expect((await get(a, '/learn', cookie!)).status).toBe(303);
	});

	it('the login limit counts wrong passwords made on both servers together', async () => {
		const [a, b] = apps;
		for (let i = 0; i < 3; i++) expect((await logIn(a, '0600000003', 'wrong-password', `10.0.1.${i}`)).status).toBe(400);
		for (let i = 0; i < 2; i++) expect((await logIn(b, '0600000003', 'wrong-password', `10.0.2.${i}`)).status).toBe(400);
		// Five wrong on the account across both servers: even the right password is refused now, on either.
		const refused = await logIn(a, '0600000003', PASSWORD, '10.0.3.1');
		expect(refused.status).toBe(429);
		expect(refused.cookie).toBeUndefined();
		expect((await logIn(b, '0600000003', PASSWORD, '10.0.3.2')).status).toBe(429);
	});

	it('a quiz attempt started on one server is continued on the other', async () => {
		const [a, b] = apps;
		const { cookie } = await logIn(a, '0600000004', PASSWORD, '10.0.0.4');
		const { rows } = await data.query<{ id: number }>(
			`select q.id from quiz q join module m on m.id = q.module_id where m.slug = 'leadership' and q.kind = 'practice'`
		);
		const quizId = rows[0].id;
		const started = await fetch(`${a.origin}/learn/leadership/quiz/${quizId}?/start`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: a.origin, accept: 'text/html', cookie: cookie! },
			body: ''
		});
		expect(started.status).toBe(303);
		const path = started.headers.get('location')!;
		expect(path).toMatch(/\/attempt\/\d+/);
		const onB = await get(b, path, cookie!);
		expect(onB.status).toBe(200);
		expect(await onB.text()).toMatch(/name="q\d+"/);
	});

	it('a file sent through one server is served by the other', async () => {
		const [a, b] = apps;
		const { cookie } = await logIn(a, '0600000006', PASSWORD, '10.0.0.6');
		// A one-page PDF as the evidence of an intervention in her council.
		const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
		const form = new FormData();
		const day = new Date(Date.now() - 7 * 86400_000).toISOString().slice(0, 10);
		for (const [k, v] of Object.entries({ sittingDate: day, sittingType: 'ordinary', kind: 'question', summary: 'Question sur le budget des routes rurales', summaryLang: 'fr', outcome: 'no_decision', intent: 'draft' })) form.set(k, v);
		form.set('evidence', new Blob([pdf], { type: 'application/pdf' }), 'pv.pdf');
		const saved = await fetch(`${a.origin}/learn/council/new?/save`, { method: 'POST', redirect: 'manual', headers: { origin: a.origin, accept: 'text/html', cookie: cookie! }, body: form });
		expect(saved.status).toBe(303);
		const { rows } = await data.query<{ id: number }>(
			`select f.id from stored_file f join app_user u on u.id = f.uploaded_by where u.login = '+212600000006' order by f.created_at desc limit 1`
		);
		expect(rows).toHaveLength(1);
		const file = await get(b, `/files/${rows[0].id}`, cookie!);
		expect(file.status).toBe(200);
		expect(Buffer.from(await file.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
	});
});
