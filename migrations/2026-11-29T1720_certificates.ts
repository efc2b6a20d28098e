import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
	// Which rules a module's certificate asks for (each can be switched off), and
	// whether the module counts towards its programme's certificate.
	await db.schema
		.alterTable('module')
		.addColumn('cert_require_lessons', 'boolean', (c) => c.notNull().defaultTo(true))
		.addColumn('cert_require_quiz', 'boolean', (c) => c.notNull().defaultTo(true))
		.addColumn('cert_require_attendance', 'boolean', (c) => c.notNull().defaultTo(true))
		.addColumn('cert_required_for_programme', 'boolean', (c) => c.notNull().defaultTo(true))
		.execute();

	// The Ed25519 key pair that signs certificates. One current key; older ones stay
	// so certificates they signed still verify.
	await db.schema
		.createTable('certificate_key')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('algorithm', 'text', (c) => c.notNull().defaultTo('Ed25519').check(sql`algorithm = 'Ed25519'`))
		.addColumn('public_key_pem', 'text', (c) => c.notNull())
		.addColumn('private_key_pem', 'text', (c) => c.notNull())
		.addColumn('is_current', 'boolean', (c) => c.notNull().defaultTo(true))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await sql`create unique index certificate_key_one_current on certificate_key (is_current) where is_current`.execute(db);

	// The PDF is kept as bytea in its own table: written in the same transaction as
	// the certificate (no orphan file when a racing issue rolls back), backed up with
	// the database, and never read by register queries.
	await db.schema
		.createTable('certificate')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('serial', 'text', (c) => c.notNull().unique().check(sql`serial ~ '^AMS-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$'`))
		.addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('restrict'))
		.addColumn('module_id', 'integer', (c) => c.references('module.id').onDelete('restrict'))
		.addColumn('programme_id', 'integer', (c) => c.references('programme.id').onDelete('restrict'))
		.addColumn('holder_name_ar', 'text', (c) => c.notNull())
		.addColumn('holder_name_latin', 'text', (c) => c.notNull())
		.addColumn('title', 'jsonb', (c) => c.notNull())
		.addColumn('hours', sql`numeric(6,1)`, (c) => c.notNull().check(sql`hours >= 0`))
		.addColumn('issued_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('issued_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('override_reason', 'text')
		.addColumn('revoked_at', 'timestamptz')
		.addColumn('revoked_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('revoke_reason', 'text')
		.addColumn('replaced_at', 'timestamptz')
		.addColumn('replaced_by', 'integer', (c) => c.references('certificate.id').onDelete('set null'))
		.addColumn('key_id', 'text', (c) => c.notNull().references('certificate_key.id'))
		// The canonical JSON that was signed, byte for byte (text, not jsonb, which would reorder keys).
		.addColumn('payload', 'text', (c) => c.notNull())
		.addColumn('signature', 'text', (c) => c.notNull())
		.addColumn('pdf_sha256', 'text', (c) => c.notNull())
		.addColumn('pdf_size', 'integer', (c) => c.notNull())
		.addCheckConstraint('certificate_one_target', sql`(module_id is null) <> (programme_id is null)`)
		.addCheckConstraint('certificate_revocation', sql`(revoked_at is null) = (revoke_reason is null)`)
		.addCheckConstraint('certificate_replacement', sql`replaced_by is null or replaced_at is not null`)
		.execute();
	// One live (not revoked, not replaced) certificate per learner and module / programme:
	// two admins issuing at once cannot both succeed.
	await sql`create unique index certificate_live_module on certificate (user_id, module_id) where module_id is not null and revoked_at is null and replaced_at is null`.execute(db);
	await sql`create unique index certificate_live_programme on certificate (user_id, programme_id) where programme_id is not null and revoked_at is null and replaced_at is null`.execute(db);
	await db.schema.createIndex('certificate_module_idx').on('certificate').columns(['module_id', 'issued_at']).execute();
	await db.schema.createIndex('certificate_user_idx').on('certificate').column('user_id').execute();

	await db.schema
		.createTable('certificate_pdf')
		.addColumn('certificate_id', 'integer', (c) => c.primaryKey().references('certificate.id').onDelete('cascade'))
		.addColumn('bytes', 'bytea', (c) => c.notNull())
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('certificate_pdf').execute();
	await db.schema.dropTable('certificate').execute();
	await db.schema.dropTable('certificate_key').execute();
	await db.schema
		.alterTable('module')
		.dropColumn('cert_require_lessons')
		.dropColumn('cert_require_quiz')
		.dropColumn('cert_require_attendance')
		.dropColumn('cert_required_for_programme')
		.execute();
}
