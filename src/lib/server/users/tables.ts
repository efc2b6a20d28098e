import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Locale } from '../../i18n/index';

type CreatedAt = ColumnType<Date, never, never>;

export type Role = 'learner' | 'trainer' | 'admin' | 'observer';

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

export type UserRow = Selectable<AppUserTable>;
export type CommuneRow = Selectable<CommuneTable>;

export interface UserTables {
	commune: CommuneTable;
	app_user: AppUserTable;
	invitation: InvitationTable;
}
