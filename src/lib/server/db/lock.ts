import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { dirname } from 'node:path';

export class FolderInUse extends Error {
	constructor(
		readonly path: string,
		readonly pid: number
	) {
		super(
			`The embedded database in ${dirname(path)} is in use by another process (pid ${pid}). ` +
				`Stop the app first (Ctrl-C), or set DATABASE_URL to use a PostgreSQL server.`
		);
	}
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * PGlite has no lock of its own: two processes on one folder silently diverge.
 * Hold a pid file beside the data; a stale one (dead pid) is taken over.
 */
export function acquireLock(path: string): () => void {
	mkdirSync(dirname(path), { recursive: true });
	for (let tries = 0; tries < 2; tries++) {
		try {
			const fd = openSync(path, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			let released = false;
			return () => {
				if (released) return;
				released = true;
				rmSync(path, { force: true });
			};
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			const pid = Number(readFileSync(path, 'utf8').trim());
			if (pid && pid !== process.pid && alive(pid)) throw new FolderInUse(path, pid);
			rmSync(path, { force: true });
		}
	}
	throw new Error(`Could not lock ${path}`);
}
