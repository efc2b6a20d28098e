import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
// Reminders (issue 17): each person's channels, her push subscriptions, the outbox every
// message goes through (one row per message and channel, its dedupe key accepted once,
// so several processes and replayed triggers never make or send a reminder twice), and
// small settings kept in the database (the VAPID key pair made at first start).
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('notification_preference')
		.addColumn('user_id', 'integer', (c) => c.primaryKey().references('app_user.id').onDelete('cascade'))
		.addColumn('email', 'text')
		.addColumn('email_on', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('push_on', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('phone', 'text')
		.addColumn('whatsapp_on', 'boolean', (c) => c.notNull().defaultTo(true))
		.addColumn('locale', 'text', (c) => c.check(sql`locale in ('ar', 'fr', 'zgh')`))
		// Minutes after local midnight (Africa/Casablanca); start = end means no quiet hours.
		.addColumn('quiet_start', 'smallint', (c) => c.notNull().defaultTo(21 * 60).check(sql`quiet_start between 0 and 1439`))
		.addColumn('quiet_end', 'smallint', (c) => c.notNull().defaultTo(8 * 60).check(sql`quiet_end between 0 and 1439`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();

	await db.schema
		.createTable('push_subscription')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
		.addColumn('endpoint', 'text', (c) => c.notNull().unique())
		.addColumn('p256dh', 'text', (c) => c.notNull())
		.addColumn('auth', 'text', (c) => c.notNull())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('push_subscription_user').on('push_subscription').column('user_id').execute();

	await db.schema
		.createTable('notification')
		.addColumn('id', 'bigserial', (c) => c.primaryKey())
		.addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
		.addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('email', 'push', 'whatsapp', 'gateway')`))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
		.addColumn('locale', 'text', (c) => c.notNull().check(sql`locale in ('ar', 'fr', 'zgh')`))
		.addColumn('payload', 'jsonb', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('queued').check(sql`status in ('queued', 'held', 'sent', 'failed')`))
		.addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
		// When a worker may next take it; a worker that claims it pushes this forward (its lease).
		.addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('last_error', 'text')
		.addColumn('claimed_by', 'text')
		.addColumn('sent_at', 'timestamptz')
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await sql`create index notification_due on notification (next_attempt_at) where status in ('queued', 'held')`.execute(db);
	await db.schema.createIndex('notification_user').on('notification').columns(['user_id', 'created_at']).execute();
	await db.schema.createIndex('notification_created').on('notification').column('created_at').execute();

	await db.schema
		.createTable('notification_setting')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('value', 'jsonb', (c) => c.notNull())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('notification_setting').execute();
	await db.schema.dropTable('notification').execute();
	await db.schema.dropTable('push_subscription').execute();
	await db.schema.dropTable('notification_preference').execute();
}
