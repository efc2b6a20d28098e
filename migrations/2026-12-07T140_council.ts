import { sql, type Kysely } from 'kysely';

// Council participation (issue 15): sittings and interventions, advisory memos, communes engaged.
// Frozen in time: never import application code here.
const inList = (col: string, values: string[]) => sql.raw(`${col} in (${values.map((v) => `'${v}'`).join(', ')})`);

export async function up(db: Kysely<any>): Promise<void> {
	// Topic tags an admin can edit (budget, gender equality, services…).
	await db.schema
		.createTable('council_topic')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('code', 'text', (c) => c.notNull().unique().check(sql`code ~ '^[a-z0-9_]{1,40}$'`))
		.addColumn('label', 'jsonb', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('archived_at', 'timestamptz')
		.execute();

	await db.schema
		.createTable('council_sitting')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('commune_id', 'integer', (c) => c.notNull().references('commune.id').onDelete('restrict'))
		.addColumn('sitting_date', 'date', (c) => c.notNull())
		.addColumn('type', 'text', (c) => c.notNull().check(inList('type', ['ordinary', 'extraordinary', 'committee'])))
		.addColumn('agenda', 'text', (c) => c.check(sql`char_length(agenda) <= 2000`))
		.addColumn('source_url', 'text', (c) => c.check(sql`char_length(source_url) <= 500`))
		.addColumn('source_file_id', 'integer', (c) => c.references('stored_file.id').onDelete('set null'))
		.addColumn('created_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('council_sitting_commune_idx').on('council_sitting').columns(['commune_id', 'sitting_date', 'type']).execute();

	await db.schema
		.createTable('intervention')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('learner_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('restrict'))
		.addColumn('sitting_id', 'integer', (c) => c.notNull().references('council_sitting.id').onDelete('restrict'))
		.addColumn('agenda_item', 'text', (c) => c.notNull().defaultTo('').check(sql`char_length(agenda_item) <= 300`))
		.addColumn('kind', 'text', (c) => c.notNull().check(inList('kind', ['question', 'agenda_proposal', 'amendment', 'committee_report', 'statement', 'vote_explanation'])))
		.addColumn('summary', 'text', (c) => c.notNull().check(sql`char_length(summary) between 1 and 1000`))
		.addColumn('summary_lang', 'text', (c) => c.notNull().check(inList('summary_lang', ['ar', 'fr'])))
		.addColumn('gender', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('outcome', 'text', (c) => c.notNull().check(inList('outcome', ['adopted', 'deferred', 'rejected', 'no_decision', 'not_applicable'])))
		.addColumn('evidence_file_id', 'integer', (c) => c.references('stored_file.id').onDelete('set null'))
		.addColumn('evidence_url', 'text', (c) => c.check(sql`char_length(evidence_url) <= 500`))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(inList('status', ['draft', 'submitted', 'verified', 'returned'])))
		.addColumn('return_reason', 'text', (c) => c.check(sql`char_length(return_reason) <= 500`))
		.addColumn('out_of_commune_reason', 'text', (c) => c.check(sql`char_length(out_of_commune_reason) <= 300`))
		.addColumn('created_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('verified_at', 'timestamptz')
		.addColumn('verified_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addCheckConstraint('intervention_returned_reason', sql`status <> 'returned' or return_reason is not null`)
		.addCheckConstraint('intervention_verified_when', sql`(status = 'verified') = (verified_at is not null)`)
		.execute();
	await db.schema.createIndex('intervention_learner_idx').on('intervention').columns(['learner_id', 'status']).execute();
	await db.schema.createIndex('intervention_status_idx').on('intervention').columns(['status', 'updated_at']).execute();
	await db.schema.createIndex('intervention_sitting_idx').on('intervention').column('sitting_id').execute();

	await db.schema
		.createTable('intervention_topic')
		.addColumn('intervention_id', 'integer', (c) => c.notNull().references('intervention.id').onDelete('cascade'))
		.addColumn('topic_id', 'integer', (c) => c.notNull().references('council_topic.id').onDelete('restrict'))
		.addPrimaryKeyConstraint('intervention_topic_pk', ['intervention_id', 'topic_id'])
		.execute();

	// Every transition of an intervention: who, when, from, to, why.
	await db.schema
		.createTable('intervention_event')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('intervention_id', 'integer', (c) => c.notNull().references('intervention.id').onDelete('cascade'))
		.addColumn('actor_id', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('from_status', 'text', (c) => c.check(inList('from_status', ['draft', 'submitted', 'verified', 'returned'])))
		.addColumn('to_status', 'text', (c) => c.notNull().check(inList('to_status', ['draft', 'submitted', 'verified', 'returned'])))
		.addColumn('reason', 'text', (c) => c.check(sql`char_length(reason) <= 500`))
		.execute();
	await db.schema.createIndex('intervention_event_idx').on('intervention_event').columns(['intervention_id', 'id']).execute();

	// Advisory memos from civil society, and their lifecycle.
	await db.schema
		.createTable('memo')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('title_ar', 'text', (c) => c.notNull().check(sql`char_length(title_ar) <= 300`))
		.addColumn('title_fr', 'text', (c) => c.notNull().check(sql`char_length(title_fr) <= 300`))
		.addColumn('organisation', 'text', (c) => c.notNull().check(sql`char_length(organisation) <= 200`))
		.addColumn('subject', 'text', (c) => c.notNull().check(inList('subject', ['action_programme', 'budget', 'project_design', 'other'])))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('drafted').check(inList('status', ['drafted', 'submitted', 'registered', 'examined'])))
		.addColumn('drafted_on', 'date')
		.addColumn('submitted_on', 'date')
		.addColumn('registered_on', 'date')
		.addColumn('examined_on', 'date')
		.addColumn('examined_by', 'text', (c) => c.check(inList('examined_by', ['council_session', 'committee', 'bureau', 'parity_body'])))
		.addColumn('outcome', 'text', (c) => c.notNull().defaultTo('pending').check(inList('outcome', ['adopted', 'partly_adopted', 'rejected', 'pending'])))
		.addColumn('outcome_on', 'date')
		.addColumn('verified_at', 'timestamptz')
		.addColumn('verified_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('created_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addCheckConstraint('memo_examined_fields', sql`status <> 'examined' or (examined_on is not null and examined_by is not null)`)
		.execute();

	await db.schema
		.createTable('memo_commune')
		.addColumn('memo_id', 'integer', (c) => c.notNull().references('memo.id').onDelete('cascade'))
		.addColumn('commune_id', 'integer', (c) => c.notNull().references('commune.id').onDelete('restrict'))
		.addPrimaryKeyConstraint('memo_commune_pk', ['memo_id', 'commune_id'])
		.execute();
	await db.schema.createIndex('memo_commune_commune_idx').on('memo_commune').column('commune_id').execute();

	await db.schema
		.createTable('memo_carrier')
		.addColumn('memo_id', 'integer', (c) => c.notNull().references('memo.id').onDelete('cascade'))
		.addColumn('learner_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('restrict'))
		.addPrimaryKeyConstraint('memo_carrier_pk', ['memo_id', 'learner_id'])
		.execute();

	// One row per step reached, with its date and its attachment (deposit receipt, minutes…).
	await db.schema
		.createTable('memo_event')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('memo_id', 'integer', (c) => c.notNull().references('memo.id').onDelete('cascade'))
		.addColumn('step', 'text', (c) => c.notNull().check(inList('step', ['drafted', 'submitted', 'registered', 'examined', 'outcome', 'verified'])))
		.addColumn('on_date', 'date', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.check(inList('body', ['council_session', 'committee', 'bureau', 'parity_body'])))
		.addColumn('outcome', 'text', (c) => c.check(inList('outcome', ['adopted', 'partly_adopted', 'rejected', 'pending'])))
		.addColumn('file_id', 'integer', (c) => c.references('stored_file.id').onDelete('set null'))
		.addColumn('url', 'text', (c) => c.check(sql`char_length(url) <= 500`))
		.addColumn('note', 'text', (c) => c.check(sql`char_length(note) <= 500`))
		.addColumn('actor_id', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('memo_event_idx').on('memo_event').columns(['memo_id', 'on_date']).execute();

	// Communes engaged: one status per commune, and its awareness and mobilisation activities.
	await db.schema
		.createTable('commune_engagement')
		.addColumn('commune_id', 'integer', (c) => c.primaryKey().references('commune.id').onDelete('cascade'))
		.addColumn('status', 'text', (c) => c.notNull().check(inList('status', ['contacted', 'agreement_signed', 'engaged', 'active'])))
		.addColumn('contacted_on', 'date')
		.addColumn('agreement_on', 'date')
		.addColumn('engaged_on', 'date')
		.addColumn('active_on', 'date')
		.addColumn('evidence_file_id', 'integer', (c) => c.references('stored_file.id').onDelete('set null'))
		.addColumn('evidence_url', 'text', (c) => c.check(sql`char_length(evidence_url) <= 500`))
		.addColumn('updated_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();

	await db.schema
		.createTable('engagement_activity')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('commune_id', 'integer', (c) => c.notNull().references('commune.id').onDelete('cascade'))
		.addColumn('held_on', 'date', (c) => c.notNull())
		.addColumn('type', 'text', (c) => c.notNull().check(inList('type', ['awareness', 'mobilisation', 'workshop', 'meeting'])))
		.addColumn('audience', 'text', (c) => c.notNull().check(inList('audience', ['elected', 'staff', 'civil_society'])))
		.addColumn('women', 'integer', (c) => c.notNull().defaultTo(0).check(sql`women >= 0`))
		.addColumn('men', 'integer', (c) => c.notNull().defaultTo(0).check(sql`men >= 0`))
		.addColumn('evidence_file_id', 'integer', (c) => c.references('stored_file.id').onDelete('set null'))
		.addColumn('evidence_url', 'text', (c) => c.check(sql`char_length(evidence_url) <= 500`))
		.addColumn('note', 'text', (c) => c.check(sql`char_length(note) <= 500`))
		.addColumn('created_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('engagement_activity_commune_idx').on('engagement_activity').columns(['commune_id', 'held_on']).execute();

	// The rule that makes a commune "engaged", set by an admin (one row).
	await db.schema
		.createTable('council_settings')
		.addColumn('id', 'boolean', (c) => c.primaryKey().defaultTo(true).check(sql`id`))
		.addColumn('engaged_by_agreement', 'boolean', (c) => c.notNull().defaultTo(true))
		.addColumn('engaged_min_activities', 'integer', (c) => c.notNull().defaultTo(1).check(sql`engaged_min_activities between 0 and 100`))
		.addColumn('engaged_audience_elected', 'boolean', (c) => c.notNull().defaultTo(true))
		.addColumn('engaged_audience_staff', 'boolean', (c) => c.notNull().defaultTo(true))
		.addColumn('engaged_audience_civil_society', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('updated_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.insertInto('council_settings').values({ id: true }).execute();

	const topics: [string, string, string, string][] = [
		['budget', 'الميزانية', 'Budget', 'ⵜⴰⵙⵏⴰⵎⴽⵜ'],
		['gender_equality', 'المساواة بين الجنسين', 'Égalité femmes-hommes', 'ⵜⵉⴳⴷⵓⴷⵉ'],
		['services', 'الخدمات العمومية', 'Services publics', 'ⵜⵉⵏⴰⴼⵓⵜⵉⵏ'],
		['action_programme', 'برنامج عمل الجماعة', 'Programme d’action', 'ⴰⵖⴰⵡⴰⵙ'],
		['infrastructure', 'البنية التحتية', 'Infrastructures', 'ⵜⵉⵙⵉⵍⴰ'],
		['social', 'الشؤون الاجتماعية', 'Affaires sociales', 'ⴰⵏⴰⵎⵓⵏ']
	];
	await db
		.insertInto('council_topic')
		.values(topics.map(([code, ar, fr, zgh], i) => ({ code, label: JSON.stringify({ ar, fr, zgh }), position: i })))
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const t of ['council_settings', 'engagement_activity', 'commune_engagement', 'memo_event', 'memo_carrier', 'memo_commune', 'memo', 'intervention_event', 'intervention_topic', 'intervention', 'council_sitting', 'council_topic']) {
		await db.schema.dropTable(t).execute();
	}
}
