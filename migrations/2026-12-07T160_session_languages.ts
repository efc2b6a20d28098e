import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
// Class sessions get their title and place in each language (issue 13 §11). The old
// single-language columns stay: they hold the text shown when no language has one,
// and the pages and files that do not read the translations yet keep working.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('class_session')
		.addColumn('titles', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
		.addColumn('places', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('class_session').dropColumn('titles').dropColumn('places').execute();
}
