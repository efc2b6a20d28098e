import { sql } from 'kysely';
import type { Db } from '../db/index';
import type { Locale } from '../db/schema';
import { LEASE_MS } from './rules';
import type { Channel, NotificationKind, NotificationPayload, NotificationRow, NotificationStatus } from './tables';

/** Her reminder settings, with what the account itself says (login, UI language). */
export interface Recipient {
	userId: number;
	login: string;
	loginKind: 'email' | 'phone';
	role: string;
	nameAr: string;
	nameLatin: string;
	locale: Locale;
	uiLocale: Locale;
	email: string | null;
	emailOn: boolean;
	pushOn: boolean;
	phone: string | null;
	whatsappOn: boolean;
	quietStart: number;
	quietEnd: number;
	pushCount: number;
}

/** Everyone asked for, with defaults when she never saved her choices (WhatsApp to her phone login). */
export async function recipients(db: Db, userIds: number[]): Promise<Recipient[]> {
	if (!userIds.length) return [];
	const rows = await db
		.selectFrom('app_user as u')
		.leftJoin('notification_preference as p', 'p.user_id', 'u.id')
		.select([
			'u.id as userId',
			'u.login',
			'u.login_kind as loginKind',
			'u.role',
			'u.name_ar as nameAr',
			'u.name_latin as nameLatin',
			'u.locale as uiLocale',
			'p.locale',
			'p.email',
			'p.email_on as emailOn',
			'p.push_on as pushOn',
			'p.phone',
			'p.whatsapp_on as whatsappOn',
			'p.quiet_start as quietStart',
			'p.quiet_end as quietEnd',
			sql<number>`(select count(*)::int from push_subscription s where s.user_id = u.id)`.as('pushCount')
		])
		.where('u.id', 'in', [...new Set(userIds)])
		.where('u.disabled_at', 'is', null)
		.execute();
	return rows.map((r) => ({
		userId: r.userId,
		login: r.login,
		loginKind: r.loginKind,
		role: r.role,
		nameAr: r.nameAr,
		nameLatin: r.nameLatin,
		uiLocale: r.uiLocale,
		locale: r.locale ?? r.uiLocale,
		email: r.email ?? null,
		emailOn: r.emailOn ?? false,
		pushOn: r.pushOn ?? false,
		phone: r.phone ?? (r.loginKind === 'phone' ? r.login : null),
		whatsappOn: r.whatsappOn ?? true,
		quietStart: r.quietStart ?? 21 * 60,
		quietEnd: r.quietEnd ?? 8 * 60,
		pushCount: Number(r.pushCount)
	}));
}

export interface PreferenceInput {
	email: string | null;
	emailOn: boolean;
	pushOn: boolean;
	phone: string | null;
	whatsappOn: boolean;
	locale: Locale | null;
	quietStart: number;
	quietEnd: number;
}

export async function savePreference(db: Db, userId: number, p: PreferenceInput): Promise<void> {
	const values = {
		email: p.email,
		email_on: p.emailOn,
		push_on: p.pushOn,
		phone: p.phone,
		whatsapp_on: p.whatsappOn,
		locale: p.locale,
		quiet_start: p.quietStart,
		quiet_end: p.quietEnd,
		updated_at: new Date()
	};
	await db
		.insertInto('notification_preference')
		.values({ user_id: userId, ...values })
		.onConflict((oc) => oc.column('user_id').doUpdateSet(values))
		.execute();
}

export async function setPushOn(db: Db, userId: number, on: boolean): Promise<void> {
	await db
		.insertInto('notification_preference')
		.values({ user_id: userId, push_on: on })
		.onConflict((oc) => oc.column('user_id').doUpdateSet({ push_on: on, updated_at: new Date() }))
		.execute();
}

export async function upsertPushSubscription(db: Db, userId: number, s: { endpoint: string; p256dh: string; auth: string }): Promise<void> {
	await db
		.insertInto('push_subscription')
		.values({ user_id: userId, endpoint: s.endpoint, p256dh: s.p256dh, auth: s.auth })
		.onConflict((oc) => oc.column('endpoint').doUpdateSet({ user_id: userId, p256dh: s.p256dh, auth: s.auth }))
		.execute();
}

export async function deletePushSubscription(db: Db, endpoint: string, userId?: number): Promise<void> {
	let q = db.deleteFrom('push_subscription').where('endpoint', '=', endpoint);
	if (userId !== undefined) q = q.where('user_id', '=', userId);
	await q.execute();
}

export function pushSubscriptionsOf(db: Db, userIds: number[]) {
	if (!userIds.length) return Promise.resolve([]);
	return db.selectFrom('push_subscription').select(['user_id', 'endpoint', 'p256dh', 'auth']).where('user_id', 'in', userIds).execute();
}

export interface NewNotification {
	userId: number;
	channel: Channel;
	kind: NotificationKind;
	dedupeKey: string;
	locale: Locale;
	payload: NotificationPayload;
	status: 'queued' | 'held';
	nextAttemptAt: Date;
}

/** Inserts what is new; a dedupe key seen before is ignored (ON CONFLICT), whoever inserted it. Returns the new ids. */
export async function insertNotifications(db: Db, rows: NewNotification[]): Promise<number[]> {
	const ids: number[] = [];
	for (let i = 0; i < rows.length; i += 500) {
		const chunk = rows.slice(i, i + 500);
		const inserted = await db
			.insertInto('notification')
			.values(
				chunk.map((r) => ({
					user_id: r.userId,
					channel: r.channel,
					kind: r.kind,
					dedupe_key: r.dedupeKey,
					locale: r.locale,
					payload: JSON.stringify(r.payload),
					status: r.status,
					next_attempt_at: r.nextAttemptAt
				}))
			)
			.onConflict((oc) => oc.column('dedupe_key').doNothing())
			.returning('id')
			.execute();
		ids.push(...inserted.map((r) => Number(r.id)));
	}
	return ids;
}

/**
 * Takes up to `limit` due messages for this worker in one statement: rows another worker holds
 * are skipped (SKIP LOCKED), and the taken ones are leased (next_attempt_at pushed forward), so
 * no other process takes them while they are being sent.
 */
export async function claimDue(db: Db, worker: string, limit: number, now: Date, onlyId?: number): Promise<NotificationRow[]> {
	const lease = new Date(now.getTime() + LEASE_MS);
	const only = onlyId === undefined ? sql`` : sql`and id = ${onlyId}`;
	const { rows } = await sql<NotificationRow>`
		update notification n
		set next_attempt_at = ${lease}, attempts = n.attempts + 1, claimed_by = ${worker}, updated_at = ${now}
		from (
			select id from notification
			where status in ('queued', 'held') and next_attempt_at <= ${now} ${only}
			order by next_attempt_at, id
			limit ${limit}
			for update skip locked
		) c
		where n.id = c.id
		returning n.*`.execute(db);
	return rows.map((r) => ({ ...r, id: Number(r.id), payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload }));
}

export async function markSent(db: Db, ids: number[], now: Date): Promise<void> {
	if (!ids.length) return;
	await db.updateTable('notification').set({ status: 'sent', sent_at: now, last_error: null, claimed_by: null, updated_at: now }).where('id', 'in', ids).execute();
}

export async function markOutcome(db: Db, id: number, set: { status: NotificationStatus; nextAttemptAt?: Date; error?: string | null; attempts?: number }, now: Date): Promise<void> {
	await db
		.updateTable('notification')
		.set({
			status: set.status,
			...(set.nextAttemptAt ? { next_attempt_at: set.nextAttemptAt } : {}),
			...(set.error !== undefined ? { last_error: set.error } : {}),
			...(set.attempts !== undefined ? { attempts: set.attempts } : {}),
			claimed_by: null,
			updated_at: now
		})
		.where('id', '=', id)
		.execute();
}

export interface LogFilter {
	status?: NotificationStatus;
	channel?: Channel;
	login?: string;
	page?: number;
	pageSize?: number;
}

export async function notificationLog(db: Db, f: LogFilter) {
	let q = db.selectFrom('notification as n').innerJoin('app_user as u', 'u.id', 'n.user_id');
	if (f.status) q = q.where('n.status', '=', f.status);
	if (f.channel) q = q.where('n.channel', '=', f.channel);
	if (f.login) q = q.where('u.login', '=', f.login);
	const { total } = await q.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
	let items = q
		.select([
			'n.id',
			'u.login',
			'u.name_latin as nameLatin',
			'u.name_ar as nameAr',
			'n.channel',
			'n.kind',
			'n.status',
			'n.attempts',
			'n.locale',
			'n.last_error as lastError',
			'n.sent_at as sentAt',
			'n.next_attempt_at as nextAttemptAt',
			'n.created_at as createdAt'
		])
		.orderBy('n.created_at', 'desc')
		.orderBy('n.id', 'desc');
	if (f.pageSize) items = items.limit(f.pageSize).offset(((f.page ?? 1) - 1) * f.pageSize);
	return { total: Number(total), items: (await items.execute()).map((r) => ({ ...r, id: Number(r.id) })) };
}

export async function getSetting<T>(db: Db, key: string): Promise<T | undefined> {
	const row = await db.selectFrom('notification_setting').select('value').where('key', '=', key).executeTakeFirst();
	return row ? (row.value as T) : undefined;
}

/** Stores the value unless one is there already (first start wins, even with several processes); returns the stored one. */
export async function initSetting<T>(db: Db, key: string, value: T): Promise<T> {
	await db.insertInto('notification_setting').values({ key, value: JSON.stringify(value) }).onConflict((oc) => oc.column('key').doNothing()).execute();
	return (await getSetting<T>(db, key))!;
}
