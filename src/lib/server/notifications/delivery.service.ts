import { hostname } from 'node:os';
import type { Db } from '../db/index';
import type { Locale } from '../db/schema';
import { claimDue, insertNotifications, markOutcome, markSent, pushSubscriptionsOf, recipients, deletePushSubscription, type NewNotification, type Recipient } from './notification.repository';
import { backoffMs, inQuietHours, MAX_ATTEMPTS, quietUntil } from './rules';
import { Permanent, sendEmail, sendGateway, sendPush, vapidKeys } from './channels';
import type { NotifyConfig } from './config';
import type { Channel, NotificationKind, NotificationPayload, NotificationRow } from './tables';

export const WORKER_ID = `${hostname()}:${process.pid}`;

/** One reminder to be sent to some people: its kind, a key unique to the event, and its text per language. */
export interface ReminderEvent {
	kind: NotificationKind;
	/** Unique to the event (e.g. "session_tomorrow:12:2026-12-08T09:00:00.000Z"); the recipient and channel are added. */
	key: string;
	userIds: number[];
	build(locale: Locale, who: Recipient): NotificationPayload;
}

/** The channels that reach her automatically (WhatsApp links are sent by a trainer from her page). */
export function channelsOf(r: Recipient, config: NotifyConfig): Channel[] {
	const out: Channel[] = [];
	if (r.emailOn && r.email) out.push('email');
	if (r.pushOn && r.pushCount > 0) out.push('push');
	if (config.gatewayUrl && r.whatsappOn && r.phone) out.push('gateway');
	return out;
}

/** Puts the messages in the outbox (held until morning during her quiet hours); a key used before adds nothing. */
export async function queueReminders(db: Db, config: NotifyConfig, events: ReminderEvent[], now = new Date()): Promise<number> {
	const people = new Map((await recipients(db, events.flatMap((e) => e.userIds))).map((r) => [r.userId, r]));
	const rows: NewNotification[] = [];
	for (const e of events) {
		for (const id of new Set(e.userIds)) {
			const r = people.get(id);
			if (!r) continue;
			const channels = channelsOf(r, config);
			if (!channels.length) continue;
			const payload = e.build(r.locale, r);
			const quiet = inQuietHours(now, r.quietStart, r.quietEnd);
			for (const channel of channels)
				rows.push({
					userId: id,
					channel,
					kind: e.kind,
					dedupeKey: `${e.key}:${id}:${channel}`,
					locale: r.locale,
					payload,
					status: quiet ? 'held' : 'queued',
					nextAttemptAt: quiet ? quietUntil(now, r.quietStart, r.quietEnd) : now
				});
		}
	}
	const ids = await insertNotifications(db, rows);
	if (ids.length) wake();
	return ids.length;
}

let wakeHook: (() => void) | undefined;
/** The running worker (if any) asks to be told when there is something new to send. */
export function onWake(fn: (() => void) | undefined): void {
	wakeHook = fn;
}
function wake(): void {
	wakeHook?.();
}

export interface DeliveryResult {
	sent: number;
	retried: number;
	failed: number;
	held: number;
	errors: string[];
}

async function sendOne(db: Db, config: NotifyConfig, n: NotificationRow, who: Recipient | undefined): Promise<void> {
	if (!who) throw new Permanent('account disabled or removed');
	if (n.channel === 'email') return sendEmail(config, who.email, n.locale, n.payload);
	if (n.channel === 'gateway') return sendGateway(config, who.phone, n.locale, n.kind, n.payload);
	if (n.channel === 'push') {
		const subs = await pushSubscriptionsOf(db, [n.user_id]);
		if (!subs.length) throw new Permanent('no push subscription (push not enabled on any device)');
		const keys = await vapidKeys(db, config.origin);
		let ok = 0;
		let last: unknown;
		for (const s of subs) {
			try {
				await sendPush(keys, s, n.payload, config.origin);
				ok += 1;
			} catch (e) {
				last = e;
				if (e instanceof Permanent) await deletePushSubscription(db, s.endpoint);
			}
		}
		if (!ok) throw last;
		return;
	}
	throw new Permanent('WhatsApp links are sent by a trainer from the session page');
}

const quietReasons = new Set<string>();

async function pool<T>(items: T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
	let i = 0;
	await Promise.all(Array.from({ length: Math.min(size, items.length) }, async () => {
		while (i < items.length) await fn(items[i++]);
	}));
}

/**
 * Claims due messages (atomically: see claimDue) and sends them. A failure is tried again later
 * (30 s, 1 min, 2 min… up to MAX_ATTEMPTS tries), then marked failed with its reason; a failure
 * that cannot get better (no address, not configured) is marked failed at once.
 */
export async function deliverDue(db: Db, config: NotifyConfig, opts: { worker?: string; limit?: number; now?: () => Date; onlyId?: number; concurrency?: number } = {}): Promise<DeliveryResult> {
	const clock = opts.now ?? (() => new Date());
	const result: DeliveryResult = { sent: 0, retried: 0, failed: 0, held: 0, errors: [] };
	const claimed = await claimDue(db, opts.worker ?? WORKER_ID, opts.limit ?? 200, clock(), opts.onlyId);
	if (!claimed.length) return result;
	const people = new Map((await recipients(db, claimed.map((n) => n.user_id))).map((r) => [r.userId, r]));
	const sent: number[] = [];
	await pool(claimed, opts.concurrency ?? 20, async (n) => {
		const who = people.get(n.user_id);
		const now = clock();
		if (who && n.kind !== 'test' && inQuietHours(now, who.quietStart, who.quietEnd)) {
			await markOutcome(db, n.id, { status: 'held', nextAttemptAt: quietUntil(now, who.quietStart, who.quietEnd), attempts: n.attempts - 1 }, now);
			result.held += 1;
			return;
		}
		try {
			await sendOne(db, config, n, who);
			sent.push(n.id);
			result.sent += 1;
		} catch (e) {
			const reason = (e instanceof Error ? e.message : String(e)).slice(0, 500) || 'unknown error';
			const final = e instanceof Permanent || n.attempts >= MAX_ATTEMPTS;
			await markOutcome(db, n.id, final ? { status: 'failed', error: reason } : { status: 'queued', error: reason, nextAttemptAt: new Date(now.getTime() + backoffMs(n.attempts)) }, now);
			// A reason that will not change (e-mail not configured…) is logged once per process, not per message.
			if (!(e instanceof Permanent) || !quietReasons.has(reason)) console.warn(`notification ${n.id} (${n.channel} ${n.kind} to user ${n.user_id}) ${final ? 'failed' : `try ${n.attempts} failed, retrying`}: ${reason}`);
			if (e instanceof Permanent && quietReasons.size < 100) quietReasons.add(reason);
			result.errors.push(reason);
			if (final) result.failed += 1;
			else result.retried += 1;
		}
	});
	await markSent(db, sent, clock());
	return result;
}

/** Sends everything due, batch after batch, until nothing is left (or `maxBatches`). */
export async function deliverAll(db: Db, config: NotifyConfig, opts: { worker?: string; now?: () => Date; maxBatches?: number; limit?: number } = {}): Promise<DeliveryResult> {
	const total: DeliveryResult = { sent: 0, retried: 0, failed: 0, held: 0, errors: [] };
	for (let b = 0; b < (opts.maxBatches ?? 1000); b++) {
		const r = await deliverDue(db, config, opts);
		total.sent += r.sent;
		total.retried += r.retried;
		total.failed += r.failed;
		total.held += r.held;
		total.errors.push(...r.errors.slice(0, 20 - total.errors.length));
		if (r.sent + r.retried + r.failed + r.held === 0) break;
	}
	return total;
}
