import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
// Coaching (issue 14): coaches and their councillors, sessions with needs and actions,
// support contacts between sessions, and each councillor's development plan.
const NEEDS: [string, string, string, string][] = [
	['public_speaking', 'الخطابة والتحدث أمام الجمهور', 'Prise de parole en public', 'ⴰⵙⵉⵡⵍ ⴳ ⵜⴳⵔⴰⵡⵜ'],
	['leadership_posture', 'وضعية القيادة', 'Posture de leadership', 'ⵜⴰⵍⵖⴰ ⵏ ⵜⵎⵏⵏⴰⴹⵜ'],
	['reading_budgets', 'قراءة الميزانيات والبرامج', 'Lecture des budgets et programmes', 'ⵜⵉⵖⵔⵉ ⵏ ⵜⵙⵏⵎⵍⴰ ⴷ ⵉⵖⴰⵡⴰⵙⵏ'],
	['advocacy', 'الترافع داخل المجالس', 'Plaidoyer au conseil', 'ⴰⵙⵏⵓⵎⵎⵍ ⴳ ⵓⵙⵇⵇⵉⵎ'],
	['committee_work', 'العمل داخل اللجان', 'Travail en commission', 'ⵜⴰⵡⵓⵔⵉ ⴳ ⵜⵎⵙⵍⵉⵡⵉⵏ'],
	['handling_resistance', 'تدبير المقاومة', 'Gestion des résistances', 'ⴰⵙⵡⵓⴷⴷⵓ ⵏ ⵜⵏⴳⴰⵍⵉⵏ']
];

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('coaching_settings')
		.addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
		.addColumn('no_contact_weeks', 'integer', (c) => c.notNull().defaultTo(4).check(sql`no_contact_weeks between 1 and 52`))
		.addColumn('target_sessions', 'integer', (c) => c.notNull().defaultTo(40).check(sql`target_sessions between 1 and 100000`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.insertInto('coaching_settings').values({ id: 1 }).execute();

	await db.schema
		.createTable('coaching_need')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('code', 'text', (c) => c.notNull().unique().check(sql`code ~ '^[a-z][a-z0-9_]{1,39}$'`))
		.addColumn('name', 'jsonb', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db
		.insertInto('coaching_need')
		.values(NEEDS.map(([code, ar, fr, zgh], i) => ({ code, name: JSON.stringify({ ar, fr, zgh }), position: i + 1 })))
		.execute();

	await db.schema
		.createTable('coach_assignment')
		.addColumn('coach_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
		.addColumn('learner_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
		.addColumn('assigned_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('assigned_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addPrimaryKeyConstraint('coach_assignment_pk', ['coach_id', 'learner_id'])
		.addCheckConstraint('coach_assignment_not_self', sql`coach_id <> learner_id`)
		.execute();
	await db.schema.createIndex('coach_assignment_learner_idx').on('coach_assignment').column('learner_id').execute();

	await db.schema
		.createTable('coaching_session')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('learner_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('restrict'))
		.addColumn('coach_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('restrict'))
		.addColumn('starts_at', 'timestamptz', (c) => c.notNull())
		.addColumn('minutes', 'integer', (c) => c.notNull().check(sql`minutes between 5 and 480`))
		.addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('in_person', 'video', 'phone', 'hybrid')`))
		.addColumn('place', 'text', (c) => c.check(sql`char_length(place) <= 300`))
		.addColumn('meeting_url', 'text', (c) => c.check(sql`char_length(meeting_url) <= 500`))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('planned').check(sql`status in ('planned', 'held', 'missed', 'cancelled')`))
		.addColumn('status_reason', 'text', (c) => c.check(sql`char_length(status_reason) <= 500`))
		.addColumn('summary', 'text', (c) => c.notNull().defaultTo('').check(sql`char_length(summary) <= 4000`))
		.addColumn('private_notes', 'text', (c) => c.notNull().defaultTo('').check(sql`char_length(private_notes) <= 4000`))
		.addColumn('next_at', 'timestamptz')
		.addColumn('created_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addCheckConstraint('coaching_session_reason', sql`status <> 'cancelled' or status_reason is not null`)
		.execute();
	await db.schema.createIndex('coaching_session_learner_idx').on('coaching_session').columns(['learner_id', 'starts_at']).execute();
	await db.schema.createIndex('coaching_session_coach_idx').on('coaching_session').columns(['coach_id', 'starts_at']).execute();

	await db.schema
		.createTable('coaching_session_need')
		.addColumn('session_id', 'integer', (c) => c.notNull().references('coaching_session.id').onDelete('cascade'))
		.addColumn('need_id', 'integer', (c) => c.notNull().references('coaching_need.id').onDelete('restrict'))
		.addPrimaryKeyConstraint('coaching_session_need_pk', ['session_id', 'need_id'])
		.execute();

	await db.schema
		.createTable('coaching_action')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('learner_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
		.addColumn('session_id', 'integer', (c) => c.references('coaching_session.id').onDelete('cascade'))
		.addColumn('owner', 'text', (c) => c.notNull().check(sql`owner in ('learner', 'coach')`))
		.addColumn('text', 'text', (c) => c.notNull().check(sql`char_length(text) between 1 and 300`))
		.addColumn('due_on', 'date')
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('open').check(sql`status in ('open', 'done', 'dropped')`))
		.addColumn('closed_at', 'timestamptz')
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('coaching_action_learner_idx').on('coaching_action').columns(['learner_id', 'status']).execute();

	await db.schema
		.createTable('support_contact')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('learner_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
		.addColumn('coach_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('restrict'))
		.addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('call', 'whatsapp', 'sms', 'visit', 'preparation', 'other')`))
		.addColumn('note', 'text', (c) => c.notNull().defaultTo('').check(sql`char_length(note) <= 280`))
		.addColumn('at', 'timestamptz', (c) => c.notNull())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('support_contact_learner_idx').on('support_contact').columns(['learner_id', 'at']).execute();

	await db.schema
		.createTable('development_plan')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('learner_id', 'integer', (c) => c.notNull().unique().references('app_user.id').onDelete('cascade'))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(sql`status in ('draft', 'active', 'completed')`))
		.addColumn('approved_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('approved_at', 'timestamptz')
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();

	await db.schema
		.createTable('plan_goal')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('plan_id', 'integer', (c) => c.notNull().references('development_plan.id').onDelete('cascade'))
		.addColumn('need_id', 'integer', (c) => c.references('coaching_need.id').onDelete('restrict'))
		.addColumn('text', 'text', (c) => c.notNull().check(sql`char_length(text) between 1 and 500`))
		.addColumn('baseline', 'integer', (c) => c.notNull().check(sql`baseline between 1 and 5`))
		.addColumn('target', 'integer', (c) => c.notNull().check(sql`target between 1 and 5`))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(sql`status in ('draft', 'active', 'completed')`))
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('plan_goal_plan_idx').on('plan_goal').column('plan_id').execute();

	await db.schema
		.createTable('goal_review')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('goal_id', 'integer', (c) => c.notNull().references('plan_goal.id').onDelete('cascade'))
		.addColumn('learner_rating', 'integer', (c) => c.check(sql`learner_rating between 1 and 5`))
		.addColumn('coach_rating', 'integer', (c) => c.check(sql`coach_rating between 1 and 5`))
		.addColumn('comment', 'text', (c) => c.notNull().defaultTo('').check(sql`char_length(comment) <= 1000`))
		.addColumn('author_id', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('approved_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('approved_at', 'timestamptz')
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('goal_review_goal_idx').on('goal_review').columns(['goal_id', 'created_at']).execute();

	// A council intervention will be a fifth kind once the council domain exists.
	await db.schema
		.createTable('goal_evidence')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('goal_id', 'integer', (c) => c.notNull().references('plan_goal.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('session', 'module', 'certificate', 'link')`))
		.addColumn('session_id', 'integer', (c) => c.references('coaching_session.id').onDelete('cascade'))
		.addColumn('module_id', 'integer', (c) => c.references('module.id').onDelete('cascade'))
		.addColumn('certificate_id', 'integer', (c) => c.references('certificate.id').onDelete('cascade'))
		.addColumn('url', 'text', (c) => c.check(sql`char_length(url) <= 500`))
		.addColumn('note', 'text', (c) => c.notNull().defaultTo('').check(sql`char_length(note) <= 300`))
		.addColumn('added_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addCheckConstraint(
			'goal_evidence_target',
			sql`(kind = 'session') = (session_id is not null) and (kind = 'module') = (module_id is not null) and (kind = 'certificate') = (certificate_id is not null) and (kind = 'link') = (url is not null)`
		)
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const t of ['goal_evidence', 'goal_review', 'plan_goal', 'development_plan', 'support_contact', 'coaching_action', 'coaching_session_need', 'coaching_session', 'coach_assignment', 'coaching_need', 'coaching_settings']) {
		await db.schema.dropTable(t).execute();
	}
}
