import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
// One counter row per (bucket, key), bumped in a single upsert before the secret
// is checked, so a concurrent burst cannot slip past the limit. Replaces the
// one-row-per-hit table that was read, then written.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('rate_limit_counter')
		.addColumn('bucket', 'text', (c) => c.notNull())
		.addColumn('key', 'text', (c) => c.notNull())
		.addColumn('window_start', 'timestamptz', (c) => c.notNull())
		.addColumn('n', 'integer', (c) => c.notNull().check(sql`n >= 0`))
		.addPrimaryKeyConstraint('rate_limit_counter_pkey', ['bucket', 'key'])
		.execute();
	await db.schema.dropTable('rate_limit_hit').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('rate_limit_hit')
		.addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('bucket', 'text', (c) => c.notNull())
		.addColumn('key', 'text', (c) => c.notNull())
		.addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('rate_limit_hit_lookup_idx').on('rate_limit_hit').columns(['bucket', 'key', 'at']).execute();
	await db.schema.dropTable('rate_limit_counter').execute();
}
