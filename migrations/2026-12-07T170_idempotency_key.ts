import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
// Answers and "lesson done" marks made offline are replayed from the phone's outbox,
// perhaps more than once: each carries a key the server accepts only once (issue 17).
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('idempotency_key')
		.addColumn('key', 'text', (c) => c.primaryKey().check(sql`key ~ '^[A-Za-z0-9_-]{16,64}$'`))
		.addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
		.addColumn('route', 'text', (c) => c.notNull())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('idempotency_key_created_at').on('idempotency_key').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('idempotency_key').execute();
}
