import { readFileSync } from 'node:fs';
import type { ParseArgsConfig } from 'node:util';
import { configFromEnv, createDb, type Db } from '../db/index';
import { acquireLock, FolderInUse } from '../db/lock';
import { migrateToLatest } from '../db/migrate';
import { loadMigrations } from '../db/migrations.fs';
import { AppError } from '../errors';
import { describe } from './messages';

export class CliError extends Error {
	constructor(
		message: string,
		readonly exitCode = 1
	) {
		super(message);
	}
}

export type Parsed = { values: Record<string, string | boolean | undefined>; positionals: string[] };

export interface Command {
	summary: string;
	usage?: string;
	options?: ParseArgsConfig['options'];
	run(args: Parsed): Promise<number | void> | number | void;
}

/** Opens the database (refusing a PGlite folder the app is using), migrates, runs, closes. */
export async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
	const config = configFromEnv();
	let release: (() => void) | undefined;
	if (!config.databaseUrl) {
		try {
			release = acquireLock(`${config.dataDir}.lock`);
		} catch (e) {
			if (e instanceof FolderInUse) throw new CliError(e.message);
			throw e;
		}
	}
	try {
		const handle = await createDb(config);
		try {
			await migrateToLatest(handle.db, await loadMigrations());
			return await fn(handle.db);
		} finally {
			await handle.close();
		}
	} finally {
		release?.();
	}
}

export function domainError(e: unknown, fieldNames?: Record<string, string>): never {
	if (e instanceof AppError) throw new CliError(describe(e, fieldNames));
	throw e;
}

export function origin(): string {
	return (process.env.ORIGIN || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '');
}

/** An input file's bytes, or a CliError naming the file and what went wrong (missing, unreadable). */
export function readInputFile(file: string): Uint8Array {
	try {
		return readFileSync(file);
	} catch (e) {
		throw new CliError(`${file}: ${(e as Error).message}`);
	}
}
