import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, never, never>;
type Json = ColumnType<unknown, string | null, string | null>;

export type Role = 'learner' | 'trainer' | 'admin';
export type Locale = 'ar' | 'fr' | 'zgh';
export type LoginKind = 'email' | 'phone';

export interface CommuneTable {
	id: Generated<number>;
	name_ar: string;
	name_fr: string;
	province_ar: string;
	province_fr: string;
	kind: 'urban' | 'rural';
}

export interface AppUserTable {
	id: Generated<number>;
	login: string;
	login_kind: LoginKind;
	name_ar: string;
	name_latin: string;
	role: Role;
	locale: ColumnType<Locale, Locale | undefined, Locale>;
	commune_id: number | null;
	password_hash: string | null;
	is_demo: ColumnType<boolean, boolean | undefined, boolean>;
	disabled_at: Date | null;
	created_at: CreatedAt & Generated<Date>;
	updated_at: ColumnType<Date, undefined, Date | string>;
}

export interface AuthSessionTable {
	id: string;
	user_id: number;
	expires_at: Date;
	created_at: ColumnType<Date, undefined, never>;
}

export interface InvitationTable {
	id: Generated<number>;
	token_hash: string;
	user_id: number;
	created_by: number | null;
	created_at: ColumnType<Date, undefined, never>;
	expires_at: Date;
	used_at: Date | null;
	revoked_at: Date | null;
}

export interface RateLimitHitTable {
	id: Generated<number>;
	bucket: string;
	key: string;
	at: Timestamp;
}

export interface AuditEventTable {
	id: Generated<number>;
	actor_id: number | null;
	action: string;
	subject_type: string;
	subject_id: string | null;
	before: Json;
	after: Json;
	at: ColumnType<Date, undefined, never>;
}

export interface Database {
	commune: CommuneTable;
	app_user: AppUserTable;
	auth_session: AuthSessionTable;
	invitation: InvitationTable;
	rate_limit_hit: RateLimitHitTable;
	audit_event: AuditEventTable;
}

export type UserRow = Selectable<AppUserTable>;
export type CommuneRow = Selectable<CommuneTable>;
