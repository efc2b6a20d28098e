import { sql, type Kysely } from 'kysely';

/**
 * The admin's user search (`ilike '%…%'` on names and login) read every account
 * per request: 150–280 ms at 10,000 learners. A trigram index answers it from
 * the index, on PostgreSQL and on PGlite (which ships pg_trgm); where the
 * server lacks the extension the search stays a plain scan.
 */
export async function up(db: Kysely<any>): Promise<void> {
	const available = await sql`select 1 from pg_available_extensions where name = 'pg_trgm'`.execute(db);
	if (available.rows.length) {
		await sql`create extension if not exists pg_trgm`.execute(db);
		await sql`create index app_user_search_trgm on app_user using gin ((name_ar || ' ' || name_latin || ' ' || login) gin_trgm_ops)`.execute(db);
	}
	await db.schema.createIndex('app_user_commune_idx').on('app_user').column('commune_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('app_user_commune_idx').ifExists().execute();
	await sql`drop index if exists app_user_search_trgm`.execute(db);
}
