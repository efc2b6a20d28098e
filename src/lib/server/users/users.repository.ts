import { sql } from 'kysely';
import type { Db } from '../db/index';
import type { Role } from '../db/schema';

export const userColumns = [
	'u.id',
	'u.login',
	'u.login_kind',
	'u.name_ar',
	'u.name_latin',
	'u.role',
	'u.locale',
	'u.commune_id',
	'u.disabled_at',
	'u.created_at',
	'u.is_demo'
] as const;

export function findUserById(db: Db, id: number) {
	return db
		.selectFrom('app_user as u')
		.leftJoin('commune as c', 'c.id', 'u.commune_id')
		.select([...userColumns, 'c.name_ar as commune_ar', 'c.name_fr as commune_fr', sql<boolean>`u.password_hash is not null`.as('has_password')])
		.where('u.id', '=', id)
		.executeTakeFirst();
}

/** What a fresh sign-in needs: her language for the cookie, her role for the home page. */
export function localeAndRole(db: Db, id: number) {
	return db.selectFrom('app_user').select(['locale', 'role']).where('id', '=', id).executeTakeFirstOrThrow();
}

export function findUserForLogin(db: Db, login: string) {
	return db.selectFrom('app_user').select(['id', 'password_hash', 'disabled_at']).where('login', '=', login).executeTakeFirst();
}

export function loginExists(db: Db, login: string, exceptId?: number) {
	let q = db.selectFrom('app_user').select('id').where('login', '=', login);
	if (exceptId) q = q.where('id', '!=', exceptId);
	return q.executeTakeFirst().then(Boolean);
}

export interface UserListFilter {
	q?: string;
	role?: Role;
	status?: 'active' | 'disabled';
	page: number;
	pageSize: number;
}

export async function listUsers(db: Db, f: UserListFilter) {
	let q = db.selectFrom('app_user as u').leftJoin('commune as c', 'c.id', 'u.commune_id');
	if (f.q) {
		const like = `%${f.q.replace(/[\\%_]/g, (ch) => '\\' + ch)}%`;
		const digits = f.q.replace(/\D/g, '');
		// One expression, as indexed (trigram index app_user_search_trgm); communes are looked up first (20 rows).
		const text = sql<string>`(u.name_ar || ' ' || u.name_latin || ' ' || u.login)`;
		const communes = await db
			.selectFrom('commune')
			.select('id')
			.where((eb) => eb.or([eb('name_fr', 'ilike', like), eb('name_ar', 'ilike', like)]))
			.execute();
		q = q.where((eb) =>
			eb.or([
				eb(text, 'ilike', like),
				...(communes.length ? [eb('u.commune_id', 'in', communes.map((c) => c.id))] : []),
				// A phone typed as 06… finds the stored +2126…
				...(digits.length >= 4 ? [eb(text, 'like', `%${digits.replace(/^0/, '')}%`)] : [])
			])
		);
	}
	if (f.role) q = q.where('u.role', '=', f.role);
	if (f.status === 'active') q = q.where('u.disabled_at', 'is', null);
	if (f.status === 'disabled') q = q.where('u.disabled_at', 'is not', null);
	const [{ total }, items] = await Promise.all([
		q.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
		q
			.select([...userColumns, 'c.name_ar as commune_ar', 'c.name_fr as commune_fr', sql<boolean>`u.password_hash is not null`.as('has_password')])
			.orderBy('u.name_latin')
			.orderBy('u.id')
			.limit(f.pageSize)
			.offset((f.page - 1) * f.pageSize)
			.execute()
	]);
	return { total, items };
}

export function listCommunes(db: Db) {
	return db.selectFrom('commune').selectAll().orderBy('province_fr').orderBy('name_fr').execute();
}

export function countAdmins(db: Db) {
	return db
		.selectFrom('app_user')
		.select(sql<number>`count(*)::int`.as('n'))
		.where('role', '=', 'admin')
		.where('disabled_at', 'is', null)
		.executeTakeFirstOrThrow()
		.then((r) => r.n);
}
