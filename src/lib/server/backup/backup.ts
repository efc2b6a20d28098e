import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Db } from '../db/index';
import type { Database } from '../db/schema';

export const BACKUP_FORMAT = 'amssawas-backup/1';
export const MANIFEST = 'manifest.json';
export const PGLITE_DUMP = 'database/pglite.tar.gz';
export const POSTGRES_DUMP = 'database/postgres.dump';
const FILES = 'files/';

export type DatabaseKind = 'pglite' | 'postgres';
export type StorageKind = 'local' | 'database';

export interface Manifest {
	format: typeof BACKUP_FORMAT;
	app: { name: string; version: string };
	createdAt: string;
	database: { kind: DatabaseKind; lastMigration: string | null; dump: string; tool: string };
	rowCounts: Record<string, number>;
	files: { storage: StorageKind; count: number; bytes: number };
}

/** A backup or restore that cannot go on; the message says why and what to do. */
export class BackupError extends Error {}

/** Every table of the app's schema with its number of rows. */
export async function rowCounts(db: Db | Kysely<Database>): Promise<Record<string, number>> {
	const tables = await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = 'public' order by tablename`.execute(db);
	const counts: Record<string, number> = {};
	for (const { name } of tables.rows) {
		const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(name)}`.execute(db);
		counts[name] = Number(r.rows[0].n);
	}
	return counts;
}

export async function lastMigration(db: Db): Promise<string | null> {
	try {
		const r = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(db);
		return r.rows[0]?.name ?? null;
	} catch {
		return null;
	}
}

/** The files under a local storage folder, keyed by their path inside it ('/'-separated). */
export function readLocalFiles(root: string): Map<string, Uint8Array> {
	const out = new Map<string, Uint8Array>();
	let entries: string[] = [];
	try {
		entries = readdirSync(root, { recursive: true, encoding: 'utf8' });
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') return out;
		throw e;
	}
	for (const rel of entries.sort()) {
		const path = join(root, rel);
		if (rel.endsWith('.tmp')) continue; // an upload being written
		try {
			out.set(rel.split(sep).join('/'), readFileSync(path));
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EISDIR') throw e;
		}
	}
	return out;
}

/** Writes files (paths as read by readLocalFiles) under a storage folder. */
export function writeLocalFiles(root: string, files: Map<string, Uint8Array>): void {
	for (const [rel, bytes] of files) {
		if (rel.split('/').some((p) => p === '..' || p === '') ) throw new BackupError(`refusing a file path in the archive: ${rel}`);
		const path = join(root, ...rel.split('/'));
		if (relative(root, path).startsWith('..')) throw new BackupError(`refusing a file path in the archive: ${rel}`);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, bytes, { flag: 'wx' });
	}
}

function run(cmd: string, args: string[]): string {
	const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
		throw new BackupError(`${cmd} was not found: install the PostgreSQL client tools (Debian/Ubuntu: apt install postgresql-client), version ${'≥'} the server's.`);
	}
	if (r.status !== 0) throw new BackupError(`${cmd} failed: ${(r.stderr || r.stdout || '').trim()}`);
	return r.stdout;
}

/** pg_dump in its custom format (compressed, restored by pg_restore), without owners or grants. */
export function pgDump(databaseUrl: string, snapshot?: string): { bytes: Uint8Array; tool: string } {
	const dir = mkdtempSync(join(tmpdir(), 'amssawas-dump-'));
	try {
		const file = join(dir, 'db.dump');
		run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', ...(snapshot ? [`--snapshot=${snapshot}`] : []), `--file=${file}`, `--dbname=${databaseUrl}`]);
		return { bytes: readFileSync(file), tool: run('pg_dump', ['--version']).trim() };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

export function pgRestore(databaseUrl: string, dump: Uint8Array): void {
	const dir = mkdtempSync(join(tmpdir(), 'amssawas-dump-'));
	try {
		const file = join(dir, 'db.dump');
		writeFileSync(file, dump, { mode: 0o600 });
		run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${databaseUrl}`, file]);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** One zip: the manifest, the database dump, and the uploaded files under files/. */
export function packArchive(manifest: Manifest, dump: Uint8Array, files: Map<string, Uint8Array>): Uint8Array {
	const entries: Zippable = { [MANIFEST]: strToU8(JSON.stringify(manifest, null, 2)), [manifest.database.dump]: dump };
	for (const [rel, bytes] of files) entries[FILES + rel] = bytes;
	// Dumps and media are compressed already.
	return zipSync(entries, { level: 0 });
}

export interface Unpacked {
	manifest: Manifest;
	dump: Uint8Array;
	files: Map<string, Uint8Array>;
}

export function unpackArchive(bytes: Uint8Array): Unpacked {
	let entries: Record<string, Uint8Array>;
	try {
		entries = unzipSync(bytes);
	} catch {
		throw new BackupError('this file is not a backup archive (not a zip file)');
	}
	let manifest: Manifest;
	try {
		manifest = JSON.parse(strFromU8(entries[MANIFEST])) as Manifest;
	} catch {
		throw new BackupError(`this file is not an Amssawas backup (no readable ${MANIFEST})`);
	}
	if (manifest.format !== BACKUP_FORMAT) throw new BackupError(`unknown backup format "${manifest.format}" (expected ${BACKUP_FORMAT})`);
	const dump = entries[manifest.database.dump];
	if (!dump) throw new BackupError(`the archive has no ${manifest.database.dump}`);
	const files = new Map<string, Uint8Array>();
	for (const [name, data] of Object.entries(entries)) if (name.startsWith(FILES) && name.length > FILES.length) files.set(name.slice(FILES.length), data);
	if (files.size !== manifest.files.count && manifest.files.storage === 'local') throw new BackupError(`the archive holds ${files.size} files, its manifest says ${manifest.files.count}: it is damaged`);
	return { manifest, dump, files };
}
