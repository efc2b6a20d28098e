import type { ColumnType } from 'kysely';

/** A form post's idempotency key, accepted once (offline outbox replays). */
export interface IdempotencyKeyTable {
	key: string;
	user_id: number;
	route: string;
	created_at: ColumnType<Date, never, never>;
}

export interface OfflineTables {
	idempotency_key: IdempotencyKeyTable;
}
