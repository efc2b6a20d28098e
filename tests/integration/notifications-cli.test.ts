import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cliEnvironment, cliTimeout, type CliResult } from './cli-env';
import { startMailServer } from './mail-server';

const { cli, state } = cliEnvironment('notifications-cli');

/** A CLI call that leaves this process's event loop free (the SMTP server of the test answers in it). */
function cliAsync(env: NodeJS.ProcessEnv, ...args: string[]): Promise<CliResult> {
	return new Promise((resolve) => {
		const p = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		let err = '';
		p.stdout.on('data', (c) => (out += c));
		p.stderr.on('data', (c) => (err += c));
		p.on('close', (code) => resolve({ code, out, err }));
	});
}

interface Row { login: string; channel: string; kind: string; status: string; attempts: number; sentAt: string | null }

describe('reminders from the command line', () => {
	it('notify:test sends now or says why not; notifications:list keeps its contract', { timeout: cliTimeout(8) }, async () => {
		expect(cli('demo:seed').code).toBe(0);
		// The demo has no SMTP server: learner 1's e-mail is refused with the reason, nothing is sent.
		const noSmtp = cli('notify:test', '--login', '0600000001', '--channel', 'email');
		expect(noSmtp.code).toBe(1);
		expect(noSmtp.err).toContain('SMTP_URL is not set');
		// Learner 9 has WhatsApp only.
		const noAddress = cli('notify:test', '--login', '0600000009', '--channel', 'email');
		expect(noAddress.code).toBe(1);
		expect(noAddress.err).toContain('n’a pas d’adresse e-mail');
		const noPush = cli('notify:test', '--login', '0600000001', '--channel', 'push');
		expect(noPush.code).toBe(1);
		expect(cli('notify:test', '--login', '0600000001', '--channel', 'sms').code).toBe(2);

		const mail = await startMailServer();
		try {
			const ok = await cliAsync({ ...state.env, SMTP_URL: mail.url, MAIL_FROM: 'rappels@example.org' }, 'notify:test', '--login', '0600000001', '--channel', 'email');
			expect(ok.err).toBe('');
			expect(ok.code).toBe(0);
			expect(mail.mails).toHaveLength(1);
			expect(mail.mails[0].to).toBe('councillor1@example.org');
			expect(mail.mails[0].text).toContain('رسالة تجريبية من أمساواس');
		} finally {
			await mail.close();
		}

		const list = cli('notifications:list', '--login', '0600000001', '--json');
		expect(list.code).toBe(0);
		const rows = JSON.parse(list.out) as Row[];
		expect(rows.map((r) => Object.keys(r).slice(0, 6))).toContainEqual(['login', 'channel', 'kind', 'status', 'attempts', 'sentAt']);
		const tests = rows.filter((r) => r.kind === 'test');
		expect(tests.map((r) => r.status).sort()).toEqual(['failed', 'sent']);
		expect(tests.find((r) => r.status === 'sent')).toMatchObject({ login: '+212600000001', channel: 'email', attempts: 1, sentAt: expect.stringMatching(/^\d{4}-/) });
		expect(rows.every((r) => r.login === '+212600000001')).toBe(true);
		expect(cli('notifications:list', '--status', 'lost').code).toBe(2);
	});
});
