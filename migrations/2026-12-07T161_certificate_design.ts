import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
// How certificates look (issue 13 §22): organisation name per language, logos, signatories
// and their scanned signatures. Never updated in place: each save is a new version, and a
// certificate keeps the version it was drawn with (its PDF is stored too).
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('certificate_design')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('organisation', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
		.addColumn('logo_file_id', 'integer', (c) => c.references('stored_file.id').onDelete('restrict'))
		.addColumn('partner_file_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
		.addColumn('signatories', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
		.addColumn('created_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.alterTable('certificate').addColumn('design_id', 'integer', (c) => c.references('certificate_design.id').onDelete('restrict')).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('certificate').dropColumn('design_id').execute();
	await db.schema.dropTable('certificate_design').execute();
}
