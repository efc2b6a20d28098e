import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { notificationLog } from '$lib/server/notifications/notification.repository';
import { notifyConfig } from '$lib/server/notifications/config';
import { displayLogin, normaliseLogin } from '$lib/server/users/login-id';
import type { Channel, NotificationStatus } from '$lib/server/notifications/tables';
import type { PageServerLoad } from './$types';

const STATUSES: NotificationStatus[] = ['queued', 'held', 'sent', 'failed'];
const CHANNELS: Channel[] = ['email', 'push', 'whatsapp', 'gateway'];
const PAGE_SIZE = 50;

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const q = event.url.searchParams;
	const status = STATUSES.find((s) => s === q.get('status'));
	const channel = CHANNELS.find((c) => c === q.get('channel'));
	const rawLogin = (q.get('login') ?? '').trim().slice(0, 254);
	const login = rawLogin ? (normaliseLogin(rawLogin)?.login ?? rawLogin) : undefined;
	const page = Math.max(1, Math.min(10_000, Number(q.get('page')) || 1));
	const { total, items } = await notificationLog(db(), { status, channel, login, page, pageSize: PAGE_SIZE });
	return {
		filter: { status: status ?? '', channel: channel ?? '', login: rawLogin },
		statuses: STATUSES,
		channels: CHANNELS,
		total,
		page,
		pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
		emailConfigured: !!notifyConfig().smtpUrl,
		items: items.map((n) => ({ ...n, login: displayLogin(n.login), createdAt: new Date(n.createdAt).toISOString(), sentAt: n.sentAt ? new Date(n.sentAt).toISOString() : null }))
	};
};
