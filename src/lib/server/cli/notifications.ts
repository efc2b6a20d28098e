import { normaliseLogin } from '../users/login-id';
import { notifyConfig } from '../notifications/config';
import { closeTransports } from '../notifications/channels';
import { sendTestNow } from '../notifications/test-message';
import { notificationLog } from '../notifications/notification.repository';
import type { Channel, NotificationStatus } from '../notifications/tables';
import { tr } from './messages';
import { CliError, withDb, type Command } from './shared';

const STATUSES: NotificationStatus[] = ['queued', 'held', 'sent', 'failed'];

/** Command-line commands of the reminders (registered in commands.ts). */
export const notificationCommands: Record<string, Command> = {
	'notify:test': {
		summary: 'Send a test message to one person now, by e-mail or web push (exit 1 with the reason when it cannot).',
		usage: '--login L --channel email|push',
		options: { login: { type: 'string' }, channel: { type: 'string' } },
		async run({ values: v }) {
			const raw = v.login === undefined ? '' : String(v.login);
			const channel = String(v.channel ?? '');
			if (!raw) throw new CliError('--login is required', 2);
			if (channel !== 'email' && channel !== 'push') throw new CliError('--channel must be email or push', 2);
			const login = normaliseLogin(raw)?.login ?? raw;
			try {
				const outcome = await withDb((db) => sendTestNow(db, notifyConfig(), login, channel as Channel));
				if (outcome.status === 'not_found') throw new CliError(tr('notify_cli_user_not_found', { login: raw }));
				if (outcome.status === 'no_address') throw new CliError(tr(channel === 'email' ? 'notify_cli_no_email' : 'notify_cli_no_push', { login: raw }));
				if (outcome.status === 'failed') throw new CliError(tr('notify_cli_failed', { reason: outcome.reason }));
				console.log(tr('notify_cli_sent', { login: raw, channel }));
			} finally {
				closeTransports();
			}
		}
	},

	'notifications:list': {
		summary: 'The delivery log, newest first: login, channel, kind, status (queued|held|sent|failed), attempts, sentAt.',
		usage: '[--login L] [--status queued|held|sent|failed] [--json]',
		options: { login: { type: 'string' }, status: { type: 'string' }, json: { type: 'boolean' } },
		async run({ values: v }) {
			const status = v.status === undefined ? undefined : String(v.status);
			if (status !== undefined && !STATUSES.includes(status as NotificationStatus)) throw new CliError(`--status must be one of ${STATUSES.join(', ')}`, 2);
			const login = v.login === undefined ? undefined : (normaliseLogin(String(v.login))?.login ?? String(v.login));
			const { items } = await withDb((db) => notificationLog(db, { login, status: status as NotificationStatus | undefined }));
			const rows = items.map((n) => ({
				login: n.login,
				channel: n.channel,
				kind: n.kind,
				status: n.status,
				attempts: n.attempts,
				sentAt: n.sentAt ? new Date(n.sentAt).toISOString() : null,
				lastError: n.lastError,
				createdAt: new Date(n.createdAt).toISOString()
			}));
			if (v.json) console.log(JSON.stringify(rows, null, 2));
			else for (const r of rows) console.log([r.createdAt.slice(0, 16).replace('T', ' ') + 'Z', r.login.padEnd(22), r.channel.padEnd(8), r.kind.padEnd(24), r.status.padEnd(7), String(r.attempts).padStart(2), r.sentAt ?? '-', r.lastError ?? ''].join('  ').trimEnd());
		}
	}
};
