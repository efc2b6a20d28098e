import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import sharp from 'sharp';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { configFromEnv, createDb, type DbHandle } from '../../src/lib/server/db/index';
import { acquireLock } from '../../src/lib/server/db/lock';
import { storeUpload } from '../../src/lib/server/media/media.service';
import { storageFromEnv } from '../../src/lib/server/media/storage';
import { databaseStorage } from '../../src/lib/server/media/db-storage';
import { rowCounts } from '../../src/lib/server/backup/backup';
import { signatureValid, verifyCertificate } from '../../src/lib/server/certificates/certificates.service';
import { logIn } from '../../src/lib/server/auth/auth.service';
import { cliEnvironment } from './cli-env';

const { state, cli, cliWith } = cliEnvironment('backup');
const url = process.env.TEST_DATABASE_URL;
const dropLater: string[] = [];

/** The database of an environment, opened as the app would (locking the embedded one). */
async function open<T>(env: NodeJS.ProcessEnv, fn: (h: DbHandle) => Promise<T>): Promise<T> {
	const config = configFromEnv(env);
	const release = config.databaseUrl ? undefined : acquireLock(`${config.dataDir}.lock`);
	const h = await createDb(config);
	try {
		return await fn(h);
	} finally {
		await h.close();
		release?.();
	}
}

/** Another place to restore into: an empty DATA_DIR, and on PostgreSQL a new, empty database. */
async function emptyEnvironment(label: string): Promise<NodeJS.ProcessEnv> {
	const env: NodeJS.ProcessEnv = { ...state.env, DATA_DIR: join(state.dir, label) };
	if (url) {
		const name = `amssawas_restore_${randomBytes(5).toString('hex')}`;
		const admin = new pg.Client({ connectionString: url });
		await admin.connect();
		await admin.query(`create database ${name}`);
		await admin.end();
		dropLater.push(name);
		const u = new URL(url);
		u.pathname = `/${name}`;
		env.DATABASE_URL = u.toString();
	}
	return env;
}

afterAll(async () => {
	if (!url || dropLater.length === 0) return;
	const admin = new pg.Client({ connectionString: url });
	await admin.connect();
	for (const name of dropLater) await admin.query(`drop database if exists ${name} with (force)`);
	await admin.end();
});

type Snapshot = { counts: Record<string, number>; certificates: Map<string, string>; files: Map<string, string> };

async function snapshot(env: NodeJS.ProcessEnv): Promise<Snapshot> {
	return open(env, async ({ db }) => {
		const storage = storageFromEnv(env, () => databaseStorage(db));
		const certificates = new Map<string, string>();
		for (const c of await db.selectFrom('certificate').selectAll().execute()) {
			const v = await verifyCertificate(db, c.serial);
			expect(await signatureValid(db, c)).toBe(true);
			certificates.set(c.serial, v.status);
		}
		const files = new Map<string, string>();
		for (const f of await db.selectFrom('stored_file').select(['storage_key', 'sha256']).execute()) {
			const obj = await storage.get(f.storage_key);
			const hash = createHash('sha256').update(new Uint8Array(await new Response(obj!.body).arrayBuffer())).digest('hex');
			expect(hash).toBe(f.sha256);
			files.set(f.storage_key, hash);
		}
		return { counts: await rowCounts(db), certificates, files };
	});
}

describe('backup and restore from the command line', () => {
	it('round trip: same rows, certificates that still verify, the same files, demo logins that work', { timeout: 600_000 }, async () => {
		expect(cli('demo:seed').code).toBe(0);
		const issued = JSON.parse(cli('certificates:issue', '--module', 'leadership', '--json').out).issued as { serial: string }[];
		expect(issued.length).toBeGreaterThan(1);
		expect(cli('certificate:revoke', issued[0].serial, '--reason', 'Erreur de saisie').code).toBe(0);
		await open(state.env, async ({ db }) => {
			const admin = await db.selectFrom('app_user').select('id').where('role', '=', 'admin').executeTakeFirstOrThrow();
			const storage = storageFromEnv(state.env, () => databaseStorage(db));
			const photo = await sharp({ create: { width: 1200, height: 700, channels: 3, background: '#6b2f7a' } }).jpeg().toBuffer();
			await storeUpload(db, admin, { bytes: new Uint8Array(photo), name: 'réunion.jpg' }, storage);
			const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
			await storeUpload(db, admin, { bytes: new Uint8Array(pdf), name: 'budget.pdf' }, storage);
		});
		const before = await snapshot(state.env);
		expect(before.files.size).toBe(2);
		expect([...before.certificates.values()]).toContain('revoked');

		const out = join(state.dir, 'nightly.zip');
		const made = cli('backup', '--out', out);
		expect(made.code, made.err).toBe(0);
		expect(made.out).toContain('signing key');
		// It holds the certificate signing key: readable by its owner only.
		expect(statSync(out).mode & 0o777).toBe(0o600);
		const entries = unzipSync(readFileSync(out));
		const manifest = JSON.parse(strFromU8(entries['manifest.json']));
		const migrations = readdirSync('migrations').filter((f) => f.endsWith('.ts')).sort();
		expect(manifest).toMatchObject({
			format: 'amssawas-backup/1',
			app: { name: 'amssawas-lms', version: JSON.parse(readFileSync('package.json', 'utf8')).version },
			database: { kind: url ? 'postgres' : 'pglite', lastMigration: migrations.at(-1)!.replace(/\.ts$/, '') },
			rowCounts: before.counts,
			files: { storage: 'local', count: 2 + 2 /* the photo's two WebP variants */ }
		});
		expect(Date.now() - Date.parse(manifest.createdAt)).toBeLessThan(10 * 60_000);
		expect(manifest.rowCounts.certificate).toBe(issued.length);

		const target = await emptyEnvironment('restored');
		const restored = cliWith(target, 'restore', out);
		expect(restored.code, restored.err).toBe(0);
		expect(restored.out).toContain('Schema up to date');
		const after = await snapshot(target);
		expect(after.counts).toEqual(before.counts);
		expect(after.certificates).toEqual(before.certificates);
		expect(after.files).toEqual(before.files);
		await open(target, async ({ db }) => {
			for (const login of ['admin@amssawas.ma', 'trainer1@amssawas.ma', '0600000001']) {
				const session = await logIn(db, { login, password: 'amssawas-demo-2026', address: '192.0.2.1' });
				expect(session.userId).toBeGreaterThan(0);
			}
		});

		// Never over data: a second restore into the same place is refused and changes nothing.
		const settled = (await snapshot(target)).counts;
		expect(settled.auth_session).toBe(3);
		const again = cliWith(target, 'restore', out);
		expect(again.code).toBe(1);
		expect(again.err).toMatch(/not empty/);
		expect((await snapshot(target)).counts).toEqual(settled);
	});

	it('refuses a file storage that is not empty, and a file that is not a backup, with a message', { timeout: 300_000 }, async () => {
		const archive = join(state.dir, 'nightly.zip');
		const target = await emptyEnvironment('files-left');
		mkdirSync(join(target.DATA_DIR!, 'files', 'ab'), { recursive: true });
		writeFileSync(join(target.DATA_DIR!, 'files', 'ab', 'abc'), 'old');
		const r = cliWith(target, 'restore', archive);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/file storage .* is not empty/);
		const junk = join(state.dir, 'junk.zip');
		writeFileSync(junk, 'not a zip');
		const bad = cliWith(await emptyEnvironment('junk'), 'restore', junk);
		expect(bad.code).toBe(1);
		expect(bad.err).toContain('not a backup archive');
		expect(cli('backup').code).toBe(2);
	});

	it('moves the files into the database when restored with FILE_STORAGE=database', { timeout: 300_000 }, async () => {
		const target = { ...(await emptyEnvironment('into-db')), FILE_STORAGE: 'database' };
		const r = cliWith(target, 'restore', join(state.dir, 'nightly.zip'));
		expect(r.code, r.err).toBe(0);
		const restored = await snapshot(target);
		expect(restored.files.size).toBe(2);
		expect(restored.counts.file_object).toBe(4);
	});
});
