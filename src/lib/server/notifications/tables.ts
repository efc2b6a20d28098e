import type { ColumnType, Generated, Selectable } from 'kysely';

export type Channel = 'email' | 'push' | 'whatsapp' | 'gateway';
export type NotificationStatus = 'queued' | 'held' | 'sent' | 'failed';
export type NotificationKind =
	| 'session_tomorrow'
	| 'session_soon'
	| 'session_cancelled'
	| 'session_moved'
	| 'quiz_closing'
	| 'certificate_issued'
	| 'coaching_tomorrow'
	| 'intervention_to_verify'
	| 'test';

/** What the message says, rendered in her language when it was queued. */
export interface NotificationPayload {
	subject: string;
	body: string;
	/** A path in the app (made absolute with ORIGIN when sent). */
	url?: string;
}

type Lang = 'ar' | 'fr' | 'zgh';

export interface NotificationPreferenceTable {
	user_id: number;
	email: string | null;
	email_on: ColumnType<boolean, boolean | undefined, boolean>;
	push_on: ColumnType<boolean, boolean | undefined, boolean>;
	phone: string | null;
	whatsapp_on: ColumnType<boolean, boolean | undefined, boolean>;
	locale: Lang | null;
	quiet_start: ColumnType<number, number | undefined, number>;
	quiet_end: ColumnType<number, number | undefined, number>;
	updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface PushSubscriptionTable {
	id: Generated<number>;
	user_id: number;
	endpoint: string;
	p256dh: string;
	auth: string;
	created_at: ColumnType<Date, never, never>;
}

export interface NotificationTable {
	id: Generated<number>;
	user_id: number;
	channel: Channel;
	kind: NotificationKind;
	dedupe_key: string;
	locale: Lang;
	payload: ColumnType<NotificationPayload, string, string>;
	status: ColumnType<NotificationStatus, NotificationStatus | undefined, NotificationStatus>;
	attempts: ColumnType<number, number | undefined, number>;
	next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
	last_error: string | null;
	claimed_by: string | null;
	sent_at: Date | null;
	created_at: ColumnType<Date, never, never>;
	updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface NotificationSettingTable {
	key: string;
	value: ColumnType<unknown, string, string>;
	created_at: ColumnType<Date, never, never>;
}

export interface NotificationTables {
	notification_preference: NotificationPreferenceTable;
	push_subscription: PushSubscriptionTable;
	notification: NotificationTable;
	notification_setting: NotificationSettingTable;
}

export type NotificationRow = Selectable<NotificationTable>;
export type PreferenceRow = Selectable<NotificationPreferenceTable>;
