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

/** Who holds a lock: the pid, and (on Linux) when that process started and on which boot. */
export interface LockOwner {
	pid: number;
	/** Start time of the process in clock ticks since boot (/proc/PID/stat, field 22); '' when unknown. */
	start: string;
	/** /proc/sys/kernel/random/boot_id; '' when unknown. */
	boot: string;
}

function readOr(path: string, fallback = ''): string {
	try {
		return readFileSync(path, 'utf8').trim();
	} catch {
		return fallback;
	}
}

/** A process's start time from /proc/PID/stat ('' when it is gone or there is no /proc). */
export function processStart(pid: number): string {
	const stat = readOr(`/proc/${pid}/stat`);
	// The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
	const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return stat ? (rest[19] ?? '') : '';
}

export function bootId(): string {
	return readOr('/proc/sys/kernel/random/boot_id');
}

export function currentOwner(): LockOwner {
	return { pid: process.pid, start: processStart(process.pid), boot: bootId() };
}

/** Lock file text: "PID START BOOT" (older files hold the bare PID). */
export function formatOwner(o: LockOwner): string {
	return `${o.pid} ${o.start} ${o.boot}`.trim();
}

export function parseOwner(text: string): LockOwner {
	const [pid = '', start = '', boot = ''] = text.trim().split(/\s+/);
	return { pid: Number(pid) || 0, start, boot };
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
 * Whether the process that wrote a lock still runs. A pid alone is not enough:
 * after a crash or a reboot the number can belong to another process. When the
 * lock recorded the boot and the start time, both must match.
 */
export function ownerAlive(o: LockOwner): boolean {
	if (!o.pid || !alive(o.pid)) return false;
	const boot = bootId();
	if (o.boot && boot && o.boot !== boot) return false;
	const start = processStart(o.pid);
	if (o.start && start && o.start !== start) return false;
	return true;
}

/** The live owner of a lock file, or null when there is none (no file, or its writer is gone). */
export function lockHolder(path: string): LockOwner | null {
	const text = readOr(path, '\0');
	if (text === '\0') return null;
	const owner = parseOwner(text);
	return ownerAlive(owner) ? owner : null;
}

/**
 * PGlite has no lock of its own: two processes on one folder silently diverge.
 * Hold a lock file beside the data; a stale one (its writer is gone, or the
 * pid now belongs to another process) is taken over.
 */
export function acquireLock(path: string): () => void {
	mkdirSync(dirname(path), { recursive: true });
	for (let tries = 0; tries < 2; tries++) {
		try {
			const fd = openSync(path, 'wx', 0o644);
			writeSync(fd, formatOwner(currentOwner()));
			closeSync(fd);
			let released = false;
			return () => {
				if (released) return;
				released = true;
				rmSync(path, { force: true });
			};
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			const owner = parseOwner(readOr(path));
			if (owner.pid && owner.pid !== process.pid && ownerAlive(owner)) throw new FolderInUse(path, owner.pid);
			rmSync(path, { force: true });
		}
	}
	throw new Error(`Could not lock ${path}`);
}
