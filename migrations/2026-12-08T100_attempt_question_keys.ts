import { sql, type Kysely } from 'kysely';

/**
 * The item statistics of a quiz need, for every submitted attempt, which
 * questions it drew and their points. Those sit inside `questions`, a 3–5 KB
 * jsonb per attempt kept out of line (TOAST): reading them for 1,600 attempts
 * at 10,000 learners cost ~40 ms a request. Two small arrays, computed by
 * PostgreSQL from `questions` (so no code writes them and they cannot drift),
 * stay inline in the row: question ids and points, in the order shown.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await sql`create function attempt_question_ids(questions jsonb) returns integer[] language sql immutable parallel safe as $$
		select coalesce(array_agg((q ->> 'id')::integer order by n), '{}') from jsonb_array_elements(questions) with ordinality as e(q, n)
	$$`.execute(db);
	await sql`create function attempt_question_points(questions jsonb) returns double precision[] language sql immutable parallel safe as $$
		select coalesce(array_agg((q ->> 'points')::double precision order by n), '{}') from jsonb_array_elements(questions) with ordinality as e(q, n)
	$$`.execute(db);
	await sql`alter table quiz_attempt
		add column question_ids integer[] generated always as (attempt_question_ids(questions)) stored,
		add column question_points double precision[] generated always as (attempt_question_points(questions)) stored`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await sql`alter table quiz_attempt drop column if exists question_ids, drop column if exists question_points`.execute(db);
	await sql`drop function if exists attempt_question_ids(jsonb)`.execute(db);
	await sql`drop function if exists attempt_question_points(jsonb)`.execute(db);
}
