import { sql, type Kysely } from 'kysely';

// Success stories (issue 16): a councillor's story in ar/fr, the records it rests on, photos,
// and her consent (scope internal | report | public), which can be withdrawn.
// Frozen in time: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('success_story')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('learner_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('restrict'))
		.addColumn('title_ar', 'text', (c) => c.notNull().defaultTo('').check(sql`char_length(title_ar) <= 200`))
		.addColumn('title_fr', 'text', (c) => c.notNull().defaultTo('').check(sql`char_length(title_fr) <= 200`))
		.addColumn('body_ar', 'text', (c) => c.notNull().defaultTo('').check(sql`char_length(body_ar) <= 4000`))
		.addColumn('body_fr', 'text', (c) => c.notNull().defaultTo('').check(sql`char_length(body_fr) <= 4000`))
		.addColumn('created_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addCheckConstraint('success_story_title', sql`title_ar <> '' or title_fr <> ''`)
		.execute();
	await db.schema.createIndex('success_story_learner_idx').on('success_story').column('learner_id').execute();

	// The records a story rests on: one of her interventions, a memo she carried, a goal of her plan.
	await db.schema
		.createTable('story_link')
		.addColumn('story_id', 'integer', (c) => c.notNull().references('success_story.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('intervention', 'memo', 'plan_goal')`))
		.addColumn('record_id', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('story_link_pk', ['story_id', 'kind', 'record_id'])
		.execute();

	await db.schema
		.createTable('story_photo')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('story_id', 'integer', (c) => c.notNull().references('success_story.id').onDelete('cascade'))
		.addColumn('file_id', 'integer', (c) => c.notNull().references('stored_file.id').onDelete('restrict'))
		.addColumn('caption', 'text', (c) => c.notNull().defaultTo('').check(sql`char_length(caption) <= 200`))
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('added_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('story_photo_story_idx').on('story_photo').columns(['story_id', 'position']).execute();

	// Every consent given, kept when withdrawn: at most one is current (not withdrawn) per story.
	await db.schema
		.createTable('story_consent')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('story_id', 'integer', (c) => c.notNull().references('success_story.id').onDelete('cascade'))
		.addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('internal', 'report', 'public')`))
		.addColumn('given_on', 'date', (c) => c.notNull())
		.addColumn('recorded_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('withdrawn_on', 'date')
		.addColumn('withdrawn_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('withdrawn_at', 'timestamptz')
		.addCheckConstraint('story_consent_withdrawn', sql`(withdrawn_on is null) = (withdrawn_at is null)`)
		.execute();
	await sql`create unique index story_consent_current_idx on story_consent (story_id) where withdrawn_at is null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('story_consent').execute();
	await db.schema.dropTable('story_photo').execute();
	await db.schema.dropTable('story_link').execute();
	await db.schema.dropTable('success_story').execute();
}
