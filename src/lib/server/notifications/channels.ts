import type { Transporter } from 'nodemailer';
import type { Db } from '../db/index';
import type { Locale } from '../db/schema';
import { initSetting } from './notification.repository';
import type { NotifyConfig } from './config';
import type { NotificationPayload } from './tables';
import { render } from './messages';

/** A failure that trying again will not cure (no address, not configured, subscription gone). */
export class Permanent extends Error {}

const transports = new Map<string, Promise<Transporter>>();

// nodemailer and web-push are loaded by the first message that needs them, not in every process at start (issue 18).
function transport(url: string): Promise<Transporter> {
	let t = transports.get(url);
	if (!t) {
		// A pool keeps a few SMTP connections open: thousands of reminders need not reconnect each time.
		t = import('nodemailer').then(({ default: nodemailer }) =>
			nodemailer.createTransport({ url, pool: true, maxConnections: 5, maxMessages: Infinity, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as never)
		);
		transports.set(url, t);
	}
	return t;
}

export function closeTransports(): void {
	for (const t of transports.values()) void t.then((x) => x.close());
	transports.clear();
}

function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export async function sendEmail(config: NotifyConfig, to: string | null, locale: Locale, p: NotificationPayload): Promise<void> {
	if (!config.smtpUrl) throw new Permanent('e-mail is not configured on this server (SMTP_URL is not set)');
	if (!to) throw new Permanent('no e-mail address in her profile');
	const link = p.url ? `${config.origin}${p.url}` : '';
	const text = link ? `${p.body}\n\n${render('notify_open', { url: link }, locale)}` : p.body;
	const dir = locale === 'ar' ? 'rtl' : 'ltr';
	const html = `<div dir="${dir}" lang="${locale}"><p>${escapeHtml(p.body)}</p>${link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>` : ''}</div>`;
	await (await transport(config.smtpUrl)).sendMail({ from: config.mailFrom, to, subject: p.subject, text, html, headers: { 'Content-Language': locale } });
}

export interface VapidKeys {
	publicKey: string;
	privateKey: string;
	subject: string;
}

let vapid: { db: Db; keys: Promise<VapidKeys> } | undefined;

/** The VAPID key pair: made at first start and kept in the database (every process and restart uses the same). */
export function vapidKeys(db: Db, origin = 'http://localhost'): Promise<VapidKeys> {
	if (vapid?.db !== db) {
		const subject = origin.startsWith('https:') ? origin : 'mailto:no-reply@amssawas.invalid';
		const keys = import('web-push').then(({ default: webpush }) => initSetting<VapidKeys>(db, 'vapid', { ...webpush.generateVAPIDKeys(), subject }));
		vapid = { db, keys };
		vapid.keys.catch(() => (vapid = undefined));
	}
	return vapid.keys;
}

export interface PushTarget {
	endpoint: string;
	p256dh: string;
	auth: string;
}

/** Encrypts with web-push and posts it ourselves (fetch), so the endpoint may be http in tests. */
export async function sendPush(keys: VapidKeys, sub: PushTarget, p: NotificationPayload, origin: string): Promise<void> {
	const { default: webpush } = await import('web-push');
	const details = webpush.generateRequestDetails(
		{ endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } },
		JSON.stringify({ title: p.subject, body: p.body, url: p.url ? `${origin}${p.url}` : origin }),
		{ vapidDetails: keys, TTL: 24 * 3600, urgency: 'normal' }
	);
	const res = await fetch(details.endpoint, { method: details.method, headers: details.headers as Record<string, string>, body: details.body ? new Uint8Array(details.body as Buffer) : undefined, signal: AbortSignal.timeout(10_000) });
	await res.body?.cancel();
	if (res.status === 404 || res.status === 410) throw new Permanent(`push subscription gone (${res.status})`);
	if (!res.ok) throw new Error(`push service answered ${res.status}`);
}

export async function sendGateway(config: NotifyConfig, to: string | null, locale: Locale, kind: string, p: NotificationPayload): Promise<void> {
	if (!config.gatewayUrl) throw new Permanent('no gateway configured (SMS_GATEWAY_URL is not set)');
	if (!to) throw new Permanent('no phone number in her profile');
	const text = p.url ? `${p.body}\n${config.origin}${p.url}` : p.body;
	const res = await fetch(config.gatewayUrl, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ to, text, locale, kind }),
		signal: AbortSignal.timeout(10_000)
	});
	await res.body?.cancel();
	if (!res.ok) throw new Error(`gateway answered ${res.status}`);
}
