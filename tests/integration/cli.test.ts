import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEnvironment, cliTimeout } from './cli-env';
import { acquireLock, FolderInUse } from '../../src/lib/server/db/lock';

const { state, cli, cliWith } = cliEnvironment('cli');

// Each test spawns the CLI (a Node process compiling TypeScript), hence cliTimeout(calls) below.
describe('admin command line', () => {
	it('help lists the commands', { timeout: cliTimeout(1) }, () => {
		const r = cli('help');
		expect(r.code).toBe(0);
		for (const c of ['migrate', 'user:create', 'users:list', 'demo:seed']) expect(r.out).toContain(c);
	});

	it('an unknown command or option fails with a message', { timeout: cliTimeout(2) }, () => {
		const r = cli('nope');
		expect(r.code).not.toBe(0);
		expect(r.err).toContain('Unknown command: nope');
		const o = cli('users:list', '--colour');
		expect(o.code).not.toBe(0);
		expect(o.err).toMatch(/colour/);
	});

	it('migrate, then user:create without a password prints an invitation link', { timeout: cliTimeout(2) }, () => {
		expect(cli('migrate').code).toBe(0);
		const r = cli('user:create', '--role', 'admin', '--login', 'chef@example.ma', '--name', 'Amina Chef', '--name-ar', 'أمينة');
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/https:\/\/lms\.example\.ma\/invite\/[a-z2-7]{32}/);
	});

	it('user:create with a password, as JSON; a taken login or bad field fails with translated reasons and exit 1', { timeout: cliTimeout(4) }, () => {
		const ok = cli('user:create', '--role', 'trainer', '--login', '06 61 00 00 01', '--name', 'Salma B', '--password', 'a long trainer phrase', '--json');
		expect(ok.code).toBe(0);
		expect(JSON.parse(ok.out)).toMatchObject({ login: '+212661000001', role: 'trainer', invitationLink: null });
		const taken = cli('user:create', '--role', 'learner', '--login', '+212661000001', '--name', 'X');
		expect(taken.code).toBe(1);
		expect(taken.err).toContain('--login: Cet identifiant est déjà utilisé');
		const bad = cli('user:create', '--role', 'learner', '--login', '123', '--name', '', '--password', 'short');
		expect(bad.code).toBe(1);
		expect(bad.err).toMatch(/--login: .*06 12 34 56 78/);
		expect(bad.err).toMatch(/--name: Ce champ est obligatoire/);
		const role = cli('user:create', '--role', 'boss', '--login', '0611111111', '--name', 'X');
		expect(role.code).toBe(2);
	});

	it('demo:seed then users:list --json lists everyone', { timeout: cliTimeout(4) }, () => {
		expect(cli('demo:seed').out).toContain('43');
		expect(cli('demo:seed').out).toMatch(/nothing changed/);
		const r = cli('users:list', '--json');
		expect(r.code).toBe(0);
		const users = JSON.parse(r.out) as { login: string; role: string }[];
		expect(users).toHaveLength(45);
		expect(users.filter((u) => u.role === 'learner')).toHaveLength(40);
		expect(JSON.parse(cli('users:list', '--role', 'trainer', '--json').out)).toHaveLength(3);
	});

	it('demo:seed --learners N adds learners at scale; a bad N fails with the reason', { timeout: cliTimeout(3) }, () => {
		const bad = cli('demo:seed', '--learners', 'many');
		expect(bad.code).toBe(2);
		expect(bad.err).toContain('--learners must be a whole number');
		const r = cli('demo:seed', '--learners', '45', '--json');
		expect(r.code).toBe(0);
		expect(JSON.parse(r.out)).toMatchObject({ seeded: false, scale: { learners: 45, cohorts: 2 } });
		expect(JSON.parse(cli('users:list', '--role', 'learner', '--json').out)).toHaveLength(85);
	});

	it('user:create stores a name as it is seen, and refuses one with no letter', () => {
		const ok = cli('user:create', '--role', 'learner', '--login', '0661000077', '--name', 'Ha\u200Bjar \u202EInamuR', '--name-ar', '\u2067هاجر\u2069', '--json');
		expect(ok.code).toBe(0);
		const listed = JSON.parse(cli('users:list', '--search', '0661000077', '--json').out);
		expect(listed).toMatchObject([{ nameLatin: 'Hajar InamuR', nameAr: 'هاجر' }]);
		const bad = cli('user:create', '--role', 'learner', '--login', '0661000078', '--name', '\u200B\u200C', '--name-ar', '...');
		expect(bad.code).toBe(1);
		expect(bad.err).toMatch(/--name: Ce champ est obligatoire/);
		expect(bad.err).toMatch(/--name-ar: Le nom doit contenir au moins une lettre/);
	}, cliTimeout(3));

	it('refuses to open an embedded database another process is using', { timeout: cliTimeout(1) }, async () => {
		// Always on PGlite: PostgreSQL handles many processes itself.
		const embedded = { ...state.env, DATABASE_URL: '' };
		const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
		try {
			mkdirSync(state.env.DATA_DIR!, { recursive: true });
			writeFileSync(join(state.env.DATA_DIR!, 'pglite.lock'), String(holder.pid));
			const r = cliWith(embedded, 'users:list');
			expect(r.code).toBe(1);
			expect(r.err).toContain(`in use by another process (pid ${holder.pid})`);
			expect(() => acquireLock(join(state.env.DATA_DIR!, 'pglite.lock'))).toThrow(FolderInUse);
		} finally {
			holder.kill();
		}
		// A lock left by a process that died is taken over.
		await new Promise((r) => setTimeout(r, 200));
		expect(cliWith(embedded, 'users:list').code).toBe(0);
	});
});
