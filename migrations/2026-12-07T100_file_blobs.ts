import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
// Uploaded files kept in PostgreSQL (FILE_STORAGE=database), so app machines share
// nothing but the database. Content-addressed: a blob is stored once per SHA-256,
// in chunks, and any number of storage keys may point at it.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('file_blob')
		.addColumn('sha256', 'text', (c) => c.primaryKey().check(sql`sha256 ~ '^[0-9a-f]{64}$'`))
		.addColumn('size', 'bigint', (c) => c.notNull().check(sql`size >= 0`))
		.addColumn('chunk_size', 'integer', (c) => c.notNull().check(sql`chunk_size > 0`))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema
		.createTable('file_chunk')
		.addColumn('sha256', 'text', (c) => c.notNull().references('file_blob.sha256').onDelete('cascade'))
		.addColumn('n', 'integer', (c) => c.notNull().check(sql`n >= 0`))
		.addColumn('data', 'bytea', (c) => c.notNull())
		.addPrimaryKeyConstraint('file_chunk_pk', ['sha256', 'n'])
		.execute();
	await db.schema
		.createTable('file_object')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('sha256', 'text', (c) => c.notNull().references('file_blob.sha256'))
		.addColumn('mime', 'text', (c) => c.notNull())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('file_object_sha256').on('file_object').column('sha256').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('file_object').execute();
	await db.schema.dropTable('file_chunk').execute();
	await db.schema.dropTable('file_blob').execute();
}
