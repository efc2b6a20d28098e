import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
// An intervention may serve one of the councillor's development-plan goals (issues 14 and 15):
// she or her coach picks the goal when entering it, and once verified it becomes the goal's
// evidence (goal_evidence kind 'intervention').
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('intervention').addColumn('goal_id', 'integer', (c) => c.references('plan_goal.id').onDelete('set null')).execute();
	await db.schema.createIndex('intervention_goal_idx').on('intervention').column('goal_id').execute();
	await db.schema.alterTable('goal_evidence').addColumn('intervention_id', 'integer', (c) => c.references('intervention.id').onDelete('cascade')).execute();
	await sql`alter table goal_evidence drop constraint goal_evidence_kind_check`.execute(db);
	await sql`alter table goal_evidence drop constraint goal_evidence_target`.execute(db);
	await sql`alter table goal_evidence add constraint goal_evidence_kind_check check (kind in ('session', 'module', 'certificate', 'link', 'intervention'))`.execute(db);
	await sql`alter table goal_evidence add constraint goal_evidence_target check ((kind = 'session') = (session_id is not null) and (kind = 'module') = (module_id is not null) and (kind = 'certificate') = (certificate_id is not null) and (kind = 'link') = (url is not null) and (kind = 'intervention') = (intervention_id is not null))`.execute(
		db
	);
	await db.schema.createIndex('goal_evidence_intervention_uq').on('goal_evidence').columns(['goal_id', 'intervention_id']).unique().where(sql.ref('intervention_id'), 'is not', null).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('goal_evidence_intervention_uq').execute();
	await db.deleteFrom('goal_evidence').where('kind', '=', 'intervention').execute();
	await sql`alter table goal_evidence drop constraint goal_evidence_target`.execute(db);
	await sql`alter table goal_evidence drop constraint goal_evidence_kind_check`.execute(db);
	await db.schema.alterTable('goal_evidence').dropColumn('intervention_id').execute();
	await sql`alter table goal_evidence add constraint goal_evidence_kind_check check (kind in ('session', 'module', 'certificate', 'link'))`.execute(db);
	await sql`alter table goal_evidence add constraint goal_evidence_target check ((kind = 'session') = (session_id is not null) and (kind = 'module') = (module_id is not null) and (kind = 'certificate') = (certificate_id is not null) and (kind = 'link') = (url is not null))`.execute(
		db
	);
	await db.schema.dropIndex('intervention_goal_idx').execute();
	await db.schema.alterTable('intervention').dropColumn('goal_id').execute();
}
