import type { ColumnType } from 'kysely';

export interface AuthSessionTable {
	id: string;
	user_id: number;
	expires_at: Date;
	created_at: ColumnType<Date, undefined, never>;
}

export interface RateLimitCounterTable {
	bucket: string;
	key: string;
	window_start: Date;
	n: number;
}

export interface AuthTables {
	auth_session: AuthSessionTable;
	rate_limit_counter: RateLimitCounterTable;
}
