import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
// Class sessions, attendance marks with their full history, calendar feed tokens.
// Check-in codes are not stored: they are derived from each session's secret and
// the 30-second window (see src/lib/server/attendance/code.ts).
export async function up(db: Kysely<any>): Promise<void> {
	// Whether excused absences are left out of the attendance rate (true) or count as absences.
	await db.schema.alterTable('module').addColumn('excused_not_counted', 'boolean', (c) => c.notNull().defaultTo(true)).execute();

	await db.schema
		.createTable('class_session')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('module_id', 'integer', (c) => c.notNull().references('module.id').onDelete('cascade'))
		.addColumn('cohort_id', 'integer', (c) => c.notNull().references('cohort.id').onDelete('cascade'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('starts_at', 'timestamptz', (c) => c.notNull())
		.addColumn('ends_at', 'timestamptz', (c) => c.notNull())
		.addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('in_person', 'remote', 'hybrid')`))
		.addColumn('place', 'text')
		.addColumn('meeting_url', 'text')
		.addColumn('trainer_id', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('late_after_minutes', 'integer', (c) => c.notNull().defaultTo(15).check(sql`late_after_minutes between 0 and 600`))
		.addColumn('check_in_secret', 'text', (c) => c.notNull())
		.addColumn('cancelled_at', 'timestamptz')
		.addColumn('cancel_reason', 'text')
		.addColumn('sheet_file_id', 'integer', (c) => c.references('stored_file.id').onDelete('set null'))
		.addColumn('created_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addCheckConstraint('class_session_times_check', sql`ends_at > starts_at`)
		.execute();
	await db.schema.createIndex('class_session_module_idx').on('class_session').columns(['module_id', 'starts_at']).execute();
	await db.schema.createIndex('class_session_cohort_idx').on('class_session').columns(['cohort_id', 'starts_at']).execute();
	await db.schema.createIndex('class_session_starts_idx').on('class_session').column('starts_at').execute();

	await db.schema
		.createTable('attendance')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('class_session_id', 'integer', (c) => c.notNull().references('class_session.id').onDelete('cascade'))
		.addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
		.addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('present', 'late', 'excused', 'absent')`))
		.addColumn('how', 'text', (c) => c.check(sql`how in ('in_person', 'remote')`))
		.addColumn('remark', 'text')
		.addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('roll_call', 'self_check_in')`))
		.addColumn('marked_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('marked_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addUniqueConstraint('attendance_session_user_key', ['class_session_id', 'user_id'])
		.execute();
	await db.schema.createIndex('attendance_user_idx').on('attendance').column('user_id').execute();

	// Every change, kept: two trainers marking at once both appear here.
	await db.schema
		.createTable('attendance_change')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('class_session_id', 'integer', (c) => c.notNull().references('class_session.id').onDelete('cascade'))
		.addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
		.addColumn('old_status', 'text', (c) => c.check(sql`old_status in ('present', 'late', 'excused', 'absent')`))
		.addColumn('new_status', 'text', (c) => c.notNull().check(sql`new_status in ('present', 'late', 'excused', 'absent')`))
		.addColumn('old_how', 'text', (c) => c.check(sql`old_how in ('in_person', 'remote')`))
		.addColumn('new_how', 'text', (c) => c.check(sql`new_how in ('in_person', 'remote')`))
		.addColumn('remark', 'text')
		.addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('roll_call', 'self_check_in')`))
		.addColumn('changed_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
		.execute();
	await db.schema.createIndex('attendance_change_session_idx').on('attendance_change').columns(['class_session_id', 'user_id']).execute();

	// One private calendar feed per person; only the token's SHA-256 is kept. Revoking deletes the row.
	await db.schema
		.createTable('calendar_feed')
		.addColumn('user_id', 'integer', (c) => c.primaryKey().references('app_user.id').onDelete('cascade'))
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const t of ['calendar_feed', 'attendance_change', 'attendance', 'class_session']) await db.schema.dropTable(t).execute();
	await db.schema.alterTable('module').dropColumn('excused_not_counted').execute();
}
