import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** Bytes start..end, both inclusive (as in an HTTP Range header). */
export interface ByteRange {
	start: number;
	end: number;
}

export interface StoredObject {
	/** The whole object, or only the asked range. */
	body: ReadableStream<Uint8Array>;
	/** Size of the whole object. */
	size: number;
}

/**
 * Where uploaded bytes live. Metadata stays in PostgreSQL (stored_file), so any
 * number of app processes can share one storage. Objects never change once put.
 */
export interface FileStorage {
	put(key: string, bytes: Uint8Array, mime: string): Promise<void>;
	/** null when there is no such object. */
	get(key: string, range?: ByteRange): Promise<StoredObject | null>;
	/** The object's size, or null when there is no such object. */
	size(key: string): Promise<number | null>;
	/** Removing a missing object is not an error. */
	delete(key: string): Promise<void>;
}

/** A new random key (128 bits), never derived from the uploaded file's name. */
export function newStorageKey(): string {
	return encodeBase32LowerCaseNoPadding(randomBytes(16));
}

const KEY = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

function checkKey(key: string): string {
	if (!KEY.test(key) || key.length > 200) throw new Error(`invalid storage key: ${key}`);
	return key;
}

/** Local folder: objects under root/<first two characters>/<key>, written atomically. */
export function localStorage(root: string): FileStorage {
	const base = resolve(root);
	const pathOf = (key: string) => join(base, checkKey(key).slice(0, 2), key);
	async function size(key: string): Promise<number | null> {
		try {
			return (await stat(pathOf(key))).size;
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
			throw e;
		}
	}
	return {
		async put(key, bytes) {
			const path = pathOf(key);
			await mkdir(dirname(path), { recursive: true });
			const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
			await writeFile(tmp, bytes, { flag: 'wx' });
			await rename(tmp, path);
		},
		size,
		async get(key, range) {
			const path = pathOf(key);
			const total = await size(key);
			if (total === null) return null;
			const stream = createReadStream(path, range ? { start: range.start, end: range.end } : {});
			return { body: Readable.toWeb(stream) as ReadableStream<Uint8Array>, size: total };
		},
		async delete(key) {
			await rm(pathOf(key), { force: true });
		}
	};
}

/** The folder of FILE_STORAGE=local, absolute: DATA_DIR/files (DATA_DIR defaults to ./data, resolved at start). */
export function localFilesDir(env: NodeJS.ProcessEnv = process.env): string {
	return resolve(env.DATA_DIR || './data', 'files');
}

export type StorageKind = 'local' | 'database';

export function storageKind(env: NodeJS.ProcessEnv = process.env): StorageKind {
	const kind = env.FILE_STORAGE || 'local';
	if (kind === 'local' || kind === 'database') return kind;
	throw new Error(`FILE_STORAGE=${kind} is not supported (use "local" or "database")`);
}

/**
 * The storage named by the environment. FILE_STORAGE=local (default) keeps
 * files in DATA_DIR/files; FILE_STORAGE=database keeps them in the database
 * (`openDatabase` gives it), for several app machines sharing one PostgreSQL.
 * An S3-compatible storage would be another implementation of FileStorage
 * chosen here (FILE_STORAGE=s3 with its bucket and credentials); it is not written yet.
 */
export function storageFromEnv(env: NodeJS.ProcessEnv = process.env, database?: () => FileStorage): FileStorage {
	const kind = storageKind(env);
	if (kind === 'database') {
		if (!database) throw new Error('FILE_STORAGE=database needs the database');
		return database();
	}
	return localStorage(localFilesDir(env));
}

let current: FileStorage | undefined;

/** Sets the process's storage (the app does at start, once its database is open). */
export function useFileStorage(storage: FileStorage): void {
	current = storage;
}

/** The process's storage: the one set at start, else the local folder from the environment. */
export function fileStorage(): FileStorage {
	current ??= storageFromEnv();
	return current;
}
