import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('commune')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('name_ar', 'text', (c) => c.notNull())
		.addColumn('name_fr', 'text', (c) => c.notNull())
		.addColumn('province_ar', 'text', (c) => c.notNull())
		.addColumn('province_fr', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('urban', 'rural')`))
		.addUniqueConstraint('commune_name_fr_province_key', ['name_fr', 'province_fr'])
		.execute();

	await db.schema
		.createTable('app_user')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('login', 'text', (c) => c.notNull().unique())
		.addColumn('login_kind', 'text', (c) => c.notNull().check(sql`login_kind in ('email', 'phone')`))
		.addColumn('name_ar', 'text', (c) => c.notNull())
		.addColumn('name_latin', 'text', (c) => c.notNull())
		.addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('learner', 'trainer', 'admin')`))
		.addColumn('locale', 'text', (c) => c.notNull().defaultTo('ar').check(sql`locale in ('ar', 'fr', 'zgh')`))
		.addColumn('commune_id', 'integer', (c) => c.references('commune.id').onDelete('set null'))
		.addColumn('password_hash', 'text')
		.addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('disabled_at', 'timestamptz')
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();

	await db.schema
		.createTable('auth_session')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
		.addColumn('expires_at', 'timestamptz', (c) => c.notNull())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('auth_session_user_idx').on('auth_session').column('user_id').execute();

	await db.schema
		.createTable('invitation')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
		.addColumn('created_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('expires_at', 'timestamptz', (c) => c.notNull())
		.addColumn('used_at', 'timestamptz')
		.addColumn('revoked_at', 'timestamptz')
		.execute();
	await db.schema.createIndex('invitation_user_idx').on('invitation').column('user_id').execute();

	// One row per counted event (failed login, later: check-in guesses).
	await db.schema
		.createTable('rate_limit_hit')
		.addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('bucket', 'text', (c) => c.notNull())
		.addColumn('key', 'text', (c) => c.notNull())
		.addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('rate_limit_hit_lookup_idx').on('rate_limit_hit').columns(['bucket', 'key', 'at']).execute();

	await db.schema
		.createTable('audit_event')
		.addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('actor_id', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('subject_type', 'text', (c) => c.notNull())
		.addColumn('subject_id', 'text')
		.addColumn('before', 'jsonb')
		.addColumn('after', 'jsonb')
		.addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('audit_event_subject_idx').on('audit_event').columns(['subject_type', 'subject_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const t of ['audit_event', 'rate_limit_hit', 'invitation', 'auth_session', 'app_user', 'commune']) {
		await db.schema.dropTable(t).execute();
	}
}
