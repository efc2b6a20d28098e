import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireLock, bootId, FolderInUse, formatOwner, lockHolder, parseOwner, processStart } from '../../src/lib/server/db/lock';

const dir = mkdtempSync(join(tmpdir(), 'amssawas-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const lockPath = () => join(dir, `pglite-${++n}.lock`);

function liveProcess() {
	const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
	return child;
}

describe('the embedded database lock', () => {
	it('records the pid with the process start time and boot id', () => {
		const path = lockPath();
		const release = acquireLock(path);
		const owner = parseOwner(readFileSync(path, 'utf8'));
		expect(owner.pid).toBe(process.pid);
		expect(owner.start).toBe(processStart(process.pid));
		expect(owner.start).toMatch(/^\d+$/);
		expect(owner.boot).toBe(bootId());
		release();
		expect(lockHolder(path)).toBeNull();
	});

	it('is taken over when its pid now belongs to another live process (pid reused after a crash)', async () => {
		const other = liveProcess();
		try {
			const path = lockPath();
			const start = processStart(other.pid!);
			expect(start).not.toBe('');
			writeFileSync(path, formatOwner({ pid: other.pid!, start: String(Number(start) - 1000), boot: bootId() }));
			expect(lockHolder(path)).toBeNull();
			const release = acquireLock(path);
			expect(parseOwner(readFileSync(path, 'utf8')).pid).toBe(process.pid);
			release();
			// Same pid and start time but written on an earlier boot: stale too.
			writeFileSync(path, formatOwner({ pid: other.pid!, start, boot: 'an-earlier-boot' }));
			acquireLock(path)();
		} finally {
			other.kill();
		}
	});

	it('still refuses, with the clear message, while the process that wrote it runs', () => {
		const holder = liveProcess();
		try {
			const path = lockPath();
			writeFileSync(path, formatOwner({ pid: holder.pid!, start: processStart(holder.pid!), boot: bootId() }));
			expect(lockHolder(path)?.pid).toBe(holder.pid);
			expect(() => acquireLock(path)).toThrow(FolderInUse);
			expect(() => acquireLock(path)).toThrow(`in use by another process (pid ${holder.pid})`);
		} finally {
			holder.kill();
		}
	});

	it('reads an older lock file holding a bare pid (refused while that pid runs, taken over once it is gone)', async () => {
		const holder = liveProcess();
		const path = lockPath();
		writeFileSync(path, String(holder.pid));
		expect(() => acquireLock(path)).toThrow(FolderInUse);
		holder.kill();
		await new Promise((r) => holder.once('exit', r));
		acquireLock(path)();
	});
});
