import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
// Texts that exist per language are jsonb objects {"ar": …, "fr": …, "zgh": …}.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('stored_file')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('storage_key', 'text', (c) => c.notNull().unique())
		.addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('image', 'audio', 'pdf')`))
		.addColumn('mime', 'text', (c) => c.notNull())
		.addColumn('size', 'integer', (c) => c.notNull())
		.addColumn('sha256', 'text', (c) => c.notNull())
		.addColumn('original_name', 'text', (c) => c.notNull())
		.addColumn('width', 'integer')
		.addColumn('height', 'integer')
		.addColumn('uploaded_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();

	await db.schema
		.createTable('programme')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('title', 'jsonb', (c) => c.notNull())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();

	await db.schema
		.createTable('module')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('programme_id', 'integer', (c) => c.references('programme.id').onDelete('set null'))
		.addColumn('slug', 'text', (c) => c.notNull().unique().check(sql`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`))
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('title', 'jsonb', (c) => c.notNull())
		.addColumn('summary', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
		.addColumn('hours', sql`numeric(5,1)`, (c) => c.notNull().defaultTo(0).check(sql`hours >= 0`))
		.addColumn('pass_mark', 'integer', (c) => c.notNull().defaultTo(60).check(sql`pass_mark between 0 and 100`))
		.addColumn('attendance_threshold', 'integer', (c) => c.notNull().defaultTo(75).check(sql`attendance_threshold between 0 and 100`))
		.addColumn('cover_file_id', 'integer', (c) => c.references('stored_file.id').onDelete('set null'))
		.addColumn('self_enrol_key', 'text')
		// draft: never published; published: learners see published_content; unpublished: hidden, progress kept.
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(sql`status in ('draft', 'published', 'unpublished')`))
		.addColumn('published_content', 'jsonb')
		.addColumn('published_at', 'timestamptz')
		.addColumn('has_unpublished_changes', 'boolean', (c) => c.notNull().defaultTo(true))
		.addColumn('created_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();

	await db.schema
		.createTable('lesson')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('module_id', 'integer', (c) => c.notNull().references('module.id').onDelete('cascade'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('title', 'jsonb', (c) => c.notNull())
		.addColumn('body', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
		.addColumn('video_url', 'text')
		.addColumn('deleted_at', 'timestamptz')
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('lesson_module_idx').on('lesson').columns(['module_id', 'position']).execute();

	await db.schema
		.createTable('lesson_media')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('lesson_id', 'integer', (c) => c.notNull().references('lesson.id').onDelete('cascade'))
		.addColumn('file_id', 'integer', (c) => c.notNull().references('stored_file.id').onDelete('cascade'))
		.addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('image', 'narration', 'handout')`))
		.addColumn('locale', 'text', (c) => c.check(sql`locale in ('ar', 'fr', 'zgh')`))
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await db.schema.createIndex('lesson_media_lesson_idx').on('lesson_media').column('lesson_id').execute();

	await db.schema
		.createTable('lesson_progress')
		.addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
		.addColumn('lesson_id', 'integer', (c) => c.notNull().references('lesson.id').onDelete('cascade'))
		.addColumn('last_viewed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('completed_at', 'timestamptz')
		.addPrimaryKeyConstraint('lesson_progress_pkey', ['user_id', 'lesson_id'])
		.execute();

	await db.schema
		.createTable('cohort')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('name', 'text', (c) => c.notNull().unique())
		.addColumn('starts_on', 'date')
		.addColumn('ends_on', 'date')
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addCheckConstraint('cohort_dates_check', sql`ends_on is null or starts_on is null or ends_on >= starts_on`)
		.execute();

	await db.schema
		.createTable('cohort_member')
		.addColumn('cohort_id', 'integer', (c) => c.notNull().references('cohort.id').onDelete('cascade'))
		.addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
		.addColumn('added_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addPrimaryKeyConstraint('cohort_member_pkey', ['cohort_id', 'user_id'])
		.execute();
	await db.schema.createIndex('cohort_member_user_idx').on('cohort_member').column('user_id').execute();

	await db.schema
		.createTable('enrolment')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
		.addColumn('module_id', 'integer', (c) => c.notNull().references('module.id').onDelete('cascade'))
		.addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('admin', 'cohort', 'programme', 'self', 'import', 'cli')`))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('active').check(sql`status in ('active', 'withdrawn')`))
		.addColumn('enrolled_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('withdrawn_at', 'timestamptz')
		.addUniqueConstraint('enrolment_user_module_key', ['user_id', 'module_id'])
		.execute();
	await db.schema.createIndex('enrolment_module_idx').on('enrolment').columns(['module_id', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const t of ['enrolment', 'cohort_member', 'cohort', 'lesson_progress', 'lesson_media', 'lesson', 'module', 'programme', 'stored_file']) {
		await db.schema.dropTable(t).execute();
	}
}
