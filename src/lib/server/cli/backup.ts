import { chmodSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { sql } from 'kysely';
import { configFromEnv, createDb, type Db, type DbHandle } from '../db/index';
import { acquireLock, FolderInUse } from '../db/lock';
import { migrateToLatest } from '../db/migrate';
import { loadMigrations } from '../db/migrations.fs';
import { databaseStorage } from '../media/db-storage';
import { localFilesDir, storageKind, type FileStorage } from '../media/storage';
import {
	BACKUP_FORMAT,
	BackupError,
	lastMigration,
	packArchive,
	pgDump,
	pgRestore,
	PGLITE_DUMP,
	POSTGRES_DUMP,
	readLocalFiles,
	rowCounts,
	unpackArchive,
	writeLocalFiles,
	type Manifest
} from '../backup/backup';
import { CliError, readInputFile, type Command } from './shared';

function lockEmbedded(dataDir: string): () => void {
	try {
		return acquireLock(`${dataDir}.lock`);
	} catch (e) {
		if (e instanceof FolderInUse) throw new CliError(e.message);
		throw e;
	}
}

/** Runs fn; a BackupError becomes the command's message and exit code 1. */
async function guarded<T>(fn: () => Promise<T>): Promise<T> {
	try {
		return await fn();
	} catch (e) {
		if (e instanceof BackupError) throw new CliError(e.message);
		throw e;
	}
}

function appVersion(): { name: string; version: string } {
	const pkg = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { name: string; version: string };
	return { name: pkg.name, version: pkg.version };
}

const folderHasFiles = (dir: string) => existsSync(dir) && readdirSync(dir).length > 0;

/** Where a stored object goes back: variants are WebP; originals keep the type recorded for them. */
async function mimeOf(db: Db, key: string): Promise<string> {
	if (/\.w\d+\.webp$/.test(key)) return 'image/webp';
	const row = await db.selectFrom('stored_file').select('mime').where('storage_key', '=', key).executeTakeFirst();
	return row?.mime ?? 'application/octet-stream';
}

async function backup(out: string): Promise<{ manifest: Manifest; bytes: number }> {
	const config = configFromEnv();
	const release = config.databaseUrl ? undefined : lockEmbedded(config.dataDir!);
	let handle: DbHandle | undefined;
	try {
		handle = await createDb(config);
		const db = handle.db;
		let dump: Uint8Array;
		let tool: string;
		let counts: Record<string, number>;
		let last: string | null;
		if (handle.kind === 'pglite') {
			counts = await rowCounts(db);
			last = await lastMigration(db);
			dump = new Uint8Array(await (await handle.dumpDataDir!()).arrayBuffer());
			tool = 'PGlite dumpDataDir';
		} else {
			// The counts and pg_dump see one snapshot, while the app keeps running.
			({ dump, tool, counts, last } = await db.connection().execute(async (conn) => {
				await sql`begin isolation level repeatable read read only`.execute(conn);
				try {
					const snapshot = (await sql<{ id: string }>`select pg_export_snapshot() as id`.execute(conn)).rows[0].id;
					const counts = await rowCounts(conn);
					const last = await lastMigration(conn);
					const { bytes, tool } = pgDump(config.databaseUrl!, snapshot);
					return { dump: bytes, tool, counts, last };
				} finally {
					await sql`commit`.execute(conn);
				}
			}));
		}
		const storage = storageKind();
		// Files after the database: a file recorded in the dump is on disk already (uploads write bytes first).
		const files = storage === 'local' ? readLocalFiles(localFilesDir()) : new Map<string, Uint8Array>();
		const manifest: Manifest = {
			format: BACKUP_FORMAT,
			app: appVersion(),
			createdAt: new Date().toISOString(),
			database: { kind: handle.kind, lastMigration: last, dump: handle.kind === 'pglite' ? PGLITE_DUMP : POSTGRES_DUMP, tool },
			rowCounts: counts,
			files: { storage, count: files.size, bytes: [...files.values()].reduce((n, b) => n + b.byteLength, 0) }
		};
		const archive = packArchive(manifest, dump, files);
		// It holds the certificate signing key and everyone's data: readable by its owner only.
		const tmp = `${out}.${process.pid}.tmp`;
		writeFileSync(tmp, archive, { mode: 0o600 });
		chmodSync(tmp, 0o600);
		renameSync(tmp, out);
		return { manifest, bytes: archive.byteLength };
	} finally {
		await handle?.close();
		release?.();
	}
}

async function restore(file: string): Promise<{ manifest: Manifest; counts: Record<string, number> }> {
	const { manifest, dump, files } = unpackArchive(readInputFile(file));
	const config = configFromEnv();
	const kind = config.databaseUrl ? 'postgres' : 'pglite';
	if (manifest.database.kind !== kind) {
		throw new BackupError(
			manifest.database.kind === 'pglite'
				? 'this backup is of the embedded database: restore it with DATABASE_URL unset (into an empty DATA_DIR)'
				: 'this backup is of a PostgreSQL database: restore it with DATABASE_URL set to a new, empty database'
		);
	}
	const storage = storageKind();
	const filesDir = localFilesDir();
	if (storage === 'local' && folderHasFiles(filesDir)) throw new BackupError(`the file storage ${filesDir} is not empty: restore only into an empty one`);
	const release = kind === 'pglite' ? lockEmbedded(config.dataDir!) : undefined;
	try {
		if (kind === 'pglite') {
			const dir = config.dataDir!;
			if (folderHasFiles(dir)) throw new BackupError(`the embedded database in ${dir} is not empty: restore only into an empty DATA_DIR (move the old one away first)`);
			const { PGlite } = await import('@electric-sql/pglite');
			const pglite = new PGlite({ dataDir: dir, loadDataDir: new Blob([new Uint8Array(dump)]) });
			try {
				await pglite.waitReady;
			} catch (e) {
				rmSync(dir, { recursive: true, force: true });
				throw e;
			}
			await pglite.close();
		} else {
			const handle = await createDb(config);
			try {
				const r = await sql<{ n: number }>`select count(*)::int as n from pg_tables where schemaname = 'public'`.execute(handle.db);
				const tables = Number(r.rows[0].n);
				if (tables > 0) throw new BackupError(`the database is not empty (${tables} tables): restore only into a new, empty database (createdb …)`);
			} finally {
				await handle.close();
			}
			pgRestore(config.databaseUrl!, dump);
		}
		if (storage === 'local') writeLocalFiles(filesDir, files);
		const handle = await createDb(config);
		try {
			await migrateToLatest(handle.db, await loadMigrations());
			const inDb: FileStorage = databaseStorage(handle.db);
			if (storage === 'database') {
				// A backup of local files restored where files live in the database.
				for (const [rel, bytes] of files) {
					const key = basename(rel);
					await inDb.put(key, bytes, await mimeOf(handle.db, key));
				}
			} else if (manifest.files.storage === 'database') {
				// Files that lived in the database, restored where files live in a folder.
				const { localStorage } = await import('../media/storage');
				const local = localStorage(filesDir);
				for (const { key } of await handle.db.selectFrom('file_object').select('key').execute()) {
					const obj = await inDb.get(key);
					if (obj) await local.put(key, new Uint8Array(await new Response(obj.body).arrayBuffer()), await mimeOf(handle.db, key));
				}
			}
			return { manifest, counts: await rowCounts(handle.db) };
		} finally {
			await handle.close();
		}
	} finally {
		release?.();
	}
}

export const backupCommands: Record<string, Command> = {
	backup: {
		summary: 'Write one archive (mode 600) with the database, the uploaded files and a manifest.',
		usage: '--out FILE [--json]',
		options: { out: { type: 'string' }, json: { type: 'boolean' } },
		async run({ values: v }) {
			if (!v.out || typeof v.out !== 'string') throw new CliError('usage: backup --out FILE', 2);
			const out = resolve(v.out);
			const { manifest, bytes } = await guarded(() => backup(out));
			if (v.json) return void console.log(JSON.stringify({ file: out, bytes, manifest }, null, 2));
			const rows = Object.values(manifest.rowCounts).reduce((a, b) => a + b, 0);
			console.log(
				`Backup written to ${out} (${(bytes / 1024 / 1024).toFixed(1)} MB, readable by you only): ` +
					`${Object.keys(manifest.rowCounts).length} tables, ${rows} rows, ${manifest.files.count} files, last migration ${manifest.database.lastMigration ?? '-'}.`
			);
			console.log('It holds the certificate signing key: keep it as safe as the server.');
		}
	},

	restore: {
		summary: 'Restore a backup into an empty database and empty file storage, then migrate.',
		usage: 'FILE [--json]',
		options: { json: { type: 'boolean' } },
		async run({ values: v, positionals }) {
			if (positionals.length !== 1) throw new CliError('usage: restore FILE', 2);
			const { manifest, counts } = await guarded(() => restore(positionals[0]));
			if (v.json) return void console.log(JSON.stringify({ restored: manifest, rowCounts: counts }, null, 2));
			const rows = Object.values(counts).reduce((a, b) => a + b, 0);
			console.log(
				`Restored the backup of ${manifest.createdAt} (version ${manifest.app.version}): ${Object.keys(counts).length} tables, ${rows} rows, ${manifest.files.count} files. ` +
					`Schema up to date.`
			);
		}
	}
};
