import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
// A question's content is one jsonb document (texts per language, options,
// answer key); attempts copy the questions they drew so later edits to the bank
// never change an attempt already started or graded.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('question_category')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('module_id', 'integer', (c) => c.notNull().references('module.id').onDelete('cascade'))
		// GIFT `$CATEGORY:` paths such as `leadership/pre-test` are one name.
		.addColumn('name', 'text', (c) => c.notNull().check(sql`length(btrim(name)) between 1 and 200`))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addUniqueConstraint('question_category_module_name_key', ['module_id', 'name'])
		.execute();

	await db.schema
		.createTable('question')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('module_id', 'integer', (c) => c.notNull().references('module.id').onDelete('cascade'))
		.addColumn('category_id', 'integer', (c) => c.references('question_category.id').onDelete('set null'))
		.addColumn('type', 'text', (c) =>
			c.notNull().check(sql`type in ('single', 'multiple', 'truefalse', 'short', 'numerical', 'matching')`)
		)
		.addColumn('content', 'jsonb', (c) => c.notNull())
		.addColumn('points', sql`numeric(6,2)`, (c) => c.notNull().defaultTo(1).check(sql`points > 0`))
		.addColumn('created_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		// Removed from the bank; kept because attempts and statistics refer to it.
		.addColumn('deleted_at', 'timestamptz')
		.execute();
	await db.schema.createIndex('question_module_idx').on('question').columns(['module_id', 'category_id']).execute();

	await db.schema
		.createTable('quiz')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('module_id', 'integer', (c) => c.notNull().references('module.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('pre', 'post', 'practice', 'graded')`))
		.addColumn('title', 'jsonb', (c) => c.notNull())
		.addColumn('intro', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(sql`status in ('draft', 'published')`))
		// null: the module's pass mark.
		.addColumn('pass_mark', 'integer', (c) => c.check(sql`pass_mark between 0 and 100`))
		// null: unlimited.
		.addColumn('attempts_allowed', 'integer', (c) => c.check(sql`attempts_allowed >= 1`))
		.addColumn('time_limit_minutes', 'integer', (c) => c.check(sql`time_limit_minutes between 1 and 600`))
		.addColumn('opens_at', 'timestamptz')
		.addColumn('closes_at', 'timestamptz')
		.addColumn('shuffle_questions', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('shuffle_options', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('feedback', 'text', (c) =>
			c.notNull().defaultTo('after_submit').check(sql`feedback in ('immediate', 'after_submit', 'after_close')`)
		)
		.addColumn('layout', 'text', (c) => c.notNull().defaultTo('one_per_page').check(sql`layout in ('one_per_page', 'all_on_one')`))
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addCheckConstraint('quiz_dates_check', sql`opens_at is null or closes_at is null or closes_at > opens_at`)
		.execute();
	await db.schema.createIndex('quiz_module_idx').on('quiz').columns(['module_id', 'position']).execute();

	// A quiz's content: a chosen question, or N questions drawn at random from a category.
	await db.schema
		.createTable('quiz_item')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('quiz_id', 'integer', (c) => c.notNull().references('quiz.id').onDelete('cascade'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('question_id', 'integer', (c) => c.references('question.id').onDelete('cascade'))
		.addColumn('category_id', 'integer', (c) => c.references('question_category.id').onDelete('cascade'))
		.addColumn('random_count', 'integer')
		.addCheckConstraint(
			'quiz_item_kind_check',
			sql`(question_id is not null and category_id is null and random_count is null)
			 or (question_id is null and category_id is not null and random_count >= 1)`
		)
		.addUniqueConstraint('quiz_item_quiz_question_key', ['quiz_id', 'question_id'])
		.addUniqueConstraint('quiz_item_quiz_category_key', ['quiz_id', 'category_id'])
		.execute();
	await db.schema.createIndex('quiz_item_quiz_idx').on('quiz_item').columns(['quiz_id', 'position']).execute();

	await db.schema
		.createTable('quiz_attempt')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('quiz_id', 'integer', (c) => c.notNull().references('quiz.id').onDelete('cascade'))
		.addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
		.addColumn('attempt_no', 'integer', (c) => c.notNull().check(sql`attempt_no >= 1`))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('in_progress').check(sql`status in ('in_progress', 'submitted')`))
		// The questions drawn, in the order shown, with options' order: [{id, points, content, order?}]
		.addColumn('questions', 'jsonb', (c) => c.notNull())
		.addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('deadline_at', 'timestamptz')
		.addColumn('submitted_at', 'timestamptz')
		.addColumn('auto_submitted', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('score', sql`numeric(8,2)`)
		.addColumn('max_score', sql`numeric(8,2)`)
		.addColumn('score_pct', sql`numeric(5,2)`)
		.addColumn('pass_mark', 'integer')
		.addColumn('passed', 'boolean')
		.addUniqueConstraint('quiz_attempt_quiz_user_no_key', ['quiz_id', 'user_id', 'attempt_no'])
		.addCheckConstraint(
			'quiz_attempt_submitted_check',
			sql`(status = 'in_progress' and submitted_at is null) or (status = 'submitted' and submitted_at is not null and score_pct is not null)`
		)
		.execute();
	// At most one open attempt per learner and quiz.
	await sql`create unique index quiz_attempt_open_key on quiz_attempt (quiz_id, user_id) where status = 'in_progress'`.execute(db);
	await db.schema.createIndex('quiz_attempt_user_idx').on('quiz_attempt').columns(['user_id', 'quiz_id']).execute();

	await db.schema
		.createTable('attempt_answer')
		.addColumn('attempt_id', 'integer', (c) => c.notNull().references('quiz_attempt.id').onDelete('cascade'))
		.addColumn('question_id', 'integer', (c) => c.notNull().references('question.id').onDelete('cascade'))
		.addColumn('answer', 'jsonb', (c) => c.notNull())
		.addColumn('saved_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		// Filled when graded: the share of the question's points earned (0..1) and the points.
		.addColumn('fraction', sql`numeric(6,4)`)
		.addColumn('points', sql`numeric(8,2)`)
		.addPrimaryKeyConstraint('attempt_answer_pkey', ['attempt_id', 'question_id'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const t of ['attempt_answer', 'quiz_attempt', 'quiz_item', 'quiz', 'question', 'question_category']) {
		await db.schema.dropTable(t).execute();
	}
}
