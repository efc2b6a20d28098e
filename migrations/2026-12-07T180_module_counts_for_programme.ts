import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.
// Whether a module counts for the programme certificate is an explicit choice (issue 13, item 5):
// a module inserted without saying so no longer joins the programme's rules silently. The
// modules that exist now keep the value they had (true unless an administrator unticked it),
// so the demo modules keep counting and no choice already made is overwritten.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('module').alterColumn('cert_required_for_programme', (c) => c.setDefault(false)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('module').alterColumn('cert_required_for_programme', (c) => c.setDefault(true)).execute();
}
