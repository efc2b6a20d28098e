// The route × role matrix (issue 11 §10): every page, endpoint and form action under
// src/routes, called as each of six personas against the started server, gets what its
// row in tests/authz/*.rows.ts says. A route or action without a row fails the test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { request, type APIRequestContext, type APIResponse } from '@playwright/test';
import { createDb, type DbHandle } from '../../src/lib/server/db/index';
import { entryKey, walkRoutes } from '../authz/routes';
import { ALL_PERSONAS, expectOf, PERSONAS, type AnyPersona, type AuthzHttp, type AuthzRow, type AuthzRows, type Expect } from '../authz/types';
import { expect, PASSWORD, test } from './helpers';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const authzDir = join(root, 'tests/authz');

type Persona = AnyPersona;

const LOGINS: Record<Exclude<Persona, 'anon'>, string> = {
	learner: '0600000001',
	otherLearner: '0600000002',
	otherTrainer: 'trainer2@amssawas.ma',
	moduleTrainer: 'trainer1@amssawas.ma',
	admin: 'admin@amssawas.ma',
	observer: 'observer@amssawas.ma'
};

test.describe.configure({ mode: 'serial' });

let handle: DbHandle;
let rows: (AuthzRow & { file: string })[] = [];
const contexts = new Map<Persona, APIRequestContext>();
let baseURL = '';

/** The server's database: PostgreSQL itself, or a copy of the embedded one as tests/e2e/server.mjs left it seeded. */
async function serverDb(): Promise<DbHandle> {
	if (process.env.DATABASE_URL) return createDb({ databaseUrl: process.env.DATABASE_URL });
	const snapshot = join(tmpdir(), `amssawas-e2e-db-${process.env.AMSSAWAS_E2E_PORT}.tar`);
	if (!existsSync(snapshot)) throw new Error(`no database snapshot at ${snapshot}: tests/e2e/server.mjs writes it when it starts on PGlite`);
	return createDb({ loadDataDir: new Blob([readFileSync(snapshot)]) });
}

async function logIn(persona: Persona): Promise<APIRequestContext> {
	await contexts.get(persona)?.dispose();
	const ctx = await request.newContext({
		baseURL,
		// Each persona its own client address, so the per-address login limit is not shared.
		extraHTTPHeaders: { 'x-forwarded-for': `10.77.0.${ALL_PERSONAS.indexOf(persona) + 1}` }
	});
	if (persona !== 'anon') {
		const res = await ctx.post('/login', { form: { login: LOGINS[persona], password: PASSWORD, next: '/' }, headers: { origin: baseURL, accept: 'text/html' }, maxRedirects: 0 });
		expect(res.status(), `log in as ${persona}`).toBe(303);
		expect(res.headers()['location'], `log in as ${persona}`).not.toMatch(/^\/login/);
	}
	contexts.set(persona, ctx);
	return ctx;
}

/** Logs the persona in again when a call ended her session. */
async function keepSession(persona: Persona) {
	if (persona === 'anon') return;
	const res = await contexts.get(persona)!.get('/profile', { maxRedirects: 0, failOnStatusCode: false });
	if (res.status() !== 200) await logIn(persona);
}

async function call(persona: Persona, row: AuthzRow): Promise<APIResponse> {
	const ctx = contexts.get(persona)!;
	const url = row.action && row.action !== 'default' ? `${row.path}${row.path.includes('?') ? '&' : '?'}/${row.action}` : row.path;
	return ctx.fetch(url, {
		method: row.method,
		headers: { origin: baseURL, accept: 'text/html' },
		...(row.method === 'GET' ? {} : { form: row.form ?? {} }),
		maxRedirects: 0,
		failOnStatusCode: false
	});
}

const http: AuthzHttp = {
	async get(persona, path) {
		const res = await contexts.get(persona)!.get(path, { headers: { accept: 'text/html' }, maxRedirects: 0, failOnStatusCode: false });
		return { status: res.status(), location: res.headers()['location'] ?? '', text: await res.text() };
	},
	async post(persona, path, form = {}) {
		const res = await contexts.get(persona)!.post(path, { form, headers: { origin: baseURL, accept: 'text/html' }, maxRedirects: 0, failOnStatusCode: false });
		return { status: res.status(), location: res.headers()['location'] ?? '', text: await res.text() };
	},
	async upload(persona, path, fields, file) {
		const res = await contexts.get(persona)!.post(path, { multipart: { ...fields, file }, headers: { origin: baseURL, accept: 'application/json' }, maxRedirects: 0, failOnStatusCode: false });
		return { status: res.status(), location: res.headers()['location'] ?? '', text: await res.text() };
	}
};

/** What a response amounts to (see Expect in tests/authz/types.ts). */
function verdict(res: APIResponse): Expect | `error ${number}` {
	const status = res.status();
	const location = res.headers()['location'] ?? '';
	if (status === 401 || (status >= 300 && status < 400 && /^(https?:\/\/[^/]+)?\/login(\?|$)/.test(location))) return 'login';
	if (status === 403 || status === 404) return 'deny';
	if (status >= 500) return `error ${status}`;
	return 'allow';
}

test.beforeAll(async ({}, info) => {
	info.setTimeout(120_000);
	baseURL = info.project.use.baseURL!;
	handle = await serverDb();
	for (const p of ALL_PERSONAS) await logIn(p);
	const files = readdirSync(authzDir).filter((f) => f.endsWith('.rows.ts')).sort();
	for (const file of files) {
		const mod = (await import(pathToFileURL(join(authzDir, file)).href)) as { default: AuthzRows };
		for (const row of await mod.default({ db: handle.db, http })) rows.push({ ...row, file });
	}
});

test.afterAll(async () => {
	for (const c of contexts.values()) await c.dispose();
	await handle?.close();
});

test('every page, endpoint and form action under src/routes has a row', () => {
	const have = new Set(rows.map(entryKey));
	const missing = walkRoutes(join(root, 'src/routes')).filter((e) => !have.has(entryKey(e)));
	expect(missing.map((e) => `${entryKey(e)}   (${e.file.slice(root.length + 1)})`), 'routes without a row in tests/authz/*.rows.ts').toEqual([]);
	const routes = new Set(walkRoutes(join(root, 'src/routes')).map(entryKey));
	expect(rows.filter((r) => !routes.has(entryKey(r))).map((r) => `${entryKey(r)}   (${r.file})`), 'rows for routes that do not exist').toEqual([]);
	for (const r of rows) expect(Object.keys(r.expect).filter((k) => k !== 'observer').sort(), `${entryKey(r)} in ${r.file}: one expectation per persona`).toEqual([...PERSONAS].sort());
});

test('every row, as every persona, gets what it expects', async () => {
	test.setTimeout(300_000);
	const wrong: string[] = [];
	const check = async (row: AuthzRow & { file: string }, persona: Persona) => {
		const res = await call(persona, row);
		const got = verdict(res);
		if (got !== expectOf(row, persona)) {
			wrong.push(`${entryKey(row)} ${row.path} as ${persona}: expected ${expectOf(row, persona)}, got ${got} (${res.status()}${res.headers()['location'] ? ` → ${res.headers()['location']}` : ''})   [${row.file}]`);
		}
	};
	// Everything that changes nothing first, each row's personas side by side; then the
	// destructive rows: their refused personas, then the allowed ones one at a time.
	const plain = rows.filter((r) => !r.destructive);
	const destructive = rows.filter((r) => r.destructive);
	for (let i = 0; i < plain.length; i += 4) {
		await Promise.all(plain.slice(i, i + 4).flatMap((row) => ALL_PERSONAS.map((p) => check(row, p))));
	}
	for (const row of destructive) {
		const refused = ALL_PERSONAS.filter((p) => expectOf(row, p) !== 'allow');
		await Promise.all(refused.map((p) => check(row, p)));
		// A refused call may still end the session (log out sends everyone to the login page).
		await Promise.all(refused.map((p) => keepSession(p)));
	}
	for (const row of destructive) {
		for (const p of ALL_PERSONAS.filter((p) => expectOf(row, p) === 'allow')) {
			try {
				const fresh = row.prepare && p !== 'observer' ? await row.prepare(p) : undefined;
				await check({ ...row, ...fresh }, p);
			} catch (e) {
				wrong.push(`${entryKey(row)} as ${p}: ${(e as Error).message}   [${row.file}]`);
			}
			await keepSession(p);
		}
	}
	expect(wrong, `${wrong.length} of ${rows.length} rows × ${ALL_PERSONAS.length} personas`).toEqual([]);
});
