import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
// Who teaches and manages a module (issue 11 §9). Each existing module's creator
// becomes its first staff member, so trainers keep the modules they built.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('module_staff')
		.addColumn('module_id', 'integer', (c) => c.notNull().references('module.id').onDelete('cascade'))
		.addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
		.addColumn('added_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('added_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addPrimaryKeyConstraint('module_staff_pk', ['module_id', 'user_id'])
		.execute();
	await db.schema.createIndex('module_staff_user_idx').on('module_staff').columns(['user_id', 'module_id']).execute();
	await sql`
		insert into module_staff (module_id, user_id)
		select m.id, m.created_by from module m join app_user u on u.id = m.created_by
		where u.role in ('trainer', 'admin')
		on conflict do nothing
	`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('module_staff').execute();
}
