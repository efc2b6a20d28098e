import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/index';

/** Logins of the scale learners: +21270 followed by seven digits (the demo's own are +2126000000NN). */
const PREFIX = '+21270';

export interface ScaleResult {
	learners: number;
	cohorts: number;
	enrolments: number;
	classSessions: number;
	attendance: number;
	attempts: number;
	answers: number;
	coachingSessions: number;
	interventions: number;
	ms: number;
}

const count = async (db: Db, query: RawBuilder<{ n: string | number }>) => Number((await query.execute(db)).rows[0]?.n ?? 0);

/**
 * Adds `n` learners to the demo, in cohorts of 40, as a programme ten times its
 * size would have them: enrolled in every published module, with lesson
 * progress, two past class sessions per cohort and module with their
 * attendance, pre-/post-tests and graded quizzes (question copies and answers
 * taken from a demo attempt of the same quiz), one or two coaching sessions,
 * and interventions in their councils. Set-based SQL (one statement per table),
 * so 10,000 learners take seconds, not the minutes a loop of inserts would.
 * Repeatable: a second call adds `n` more. Randomness is seeded: the same call
 * on the same demo gives the same data.
 */
export async function seedScale(db: Db, n: number): Promise<ScaleResult> {
	const started = Date.now();
	const result = await db.transaction().execute(async (trx) => {
		// Which rows exist is decided by hashes of their ids (a bare random() in a filter may be evaluated once per
		// quiz or lesson, not per learner); random() with a fixed seed only spreads dates and scores.
		await sql`select setseed(0.42)`.execute(trx);
		const before = await count(trx, sql<{ n: number }>`select count(*) as n from app_user where login like ${PREFIX + '%'}`);
		const from = before + 1;
		const to = before + n;
		const cohortBase = Math.ceil(before / 40);

		await sql`
			insert into app_user (login, login_kind, name_ar, name_latin, role, locale, commune_id, password_hash, is_demo)
			select ${PREFIX} || lpad(i::text, 7, '0'), 'phone',
				(array['فاطمة','خديجة','مريم','نعيمة','حليمة','سعاد','زهرة','أمينة','رشيدة','لطيفة'])[1 + i % 10] || ' ' ||
				(array['العلوي','بنعلي','الإدريسي','أوحمو','الحسني','آيت علي','الزياني','المرابط'])[1 + (i / 10) % 8] || ' ' || i,
				(array['Fatima','Khadija','Meryem','Naima','Halima','Souad','Zahra','Amina','Rachida','Latifa'])[1 + i % 10] || ' ' ||
				(array['Alaoui','Benali','Idrissi','Ouhammou','Hassani','Ait Ali','Zayani','Merabet'])[1 + (i / 10) % 8] || ' ' || i,
				'learner', (array['ar','ar','fr','zgh'])[1 + i % 4],
				c.ids[1 + i % array_length(c.ids, 1)],
				(select password_hash from app_user where role = 'learner' and is_demo and password_hash is not null order by id limit 1),
				true
			from generate_series(${from}::int, ${to}::int) as i,
				(select array_agg(distinct commune_id order by commune_id) as ids from app_user where role = 'learner' and commune_id is not null) c
		`.execute(trx);

		// The scale learners of this call, with their number and cohort number.
		await sql`
			create temporary table scale_learner on commit drop as
			select u.id, substr(u.login, 7)::int as i, (substr(u.login, 7)::int - 1) / 40 + 1 as c, u.commune_id
			from app_user u where u.login like ${PREFIX + '%'} and substr(u.login, 7)::int between ${from}::int and ${to}::int
		`.execute(trx);

		await sql`
			insert into cohort (name, starts_on, ends_on)
			select 'Scale cohort ' || lpad(c::text, 4, '0'), date '2025-10-01', date '2026-06-30'
			from generate_series(${cohortBase + 1}::int, ${Math.ceil(to / 40)}::int) c
			on conflict (name) do nothing
		`.execute(trx);
		await sql`
			insert into cohort_member (cohort_id, user_id)
			select co.id, l.id from scale_learner l join cohort co on co.name = 'Scale cohort ' || lpad(l.c::text, 4, '0')
		`.execute(trx);

		const enrolments = await count(trx, sql<{ n: number }>`
			with ins as (
				insert into enrolment (user_id, module_id, source, enrolled_at)
				select l.id, m.id, 'cohort', timestamptz '2025-10-01 09:00+01' from scale_learner l cross join module m where m.status = 'published'
				returning 1
			) select count(*) as n from ins
		`);

		await sql`
			insert into lesson_progress (user_id, lesson_id, last_viewed_at, completed_at)
			select l.id, le.id, now() - (random() * interval '60 days'),
				case when random() < 0.7 then now() - (random() * interval '60 days') end
			from scale_learner l cross join lesson le join module m on m.id = le.module_id and m.status = 'published'
			where abs(hashtext(l.id || ':' || le.id)) % 100 < 60
		`.execute(trx);

		// Two past class sessions per cohort and module, given by the module's trainers in turn.
		const classSessions = await count(trx, sql<{ n: number }>`
			with ins as (
				insert into class_session (module_id, cohort_id, title, starts_at, ends_at, mode, place, meeting_url, trainer_id, check_in_secret)
				select m.id, co.id, 'Session ' || k,
					timestamptz '2025-10-15 09:00+01' + ((co.id * 7 + m.id * 11 + k * 29) % 200) * interval '1 day',
					timestamptz '2025-10-15 12:00+01' + ((co.id * 7 + m.id * 11 + k * 29) % 200) * interval '1 day',
					(array['in_person','remote','hybrid'])[1 + (co.id + k) % 3],
					case when (co.id + k) % 3 <> 1 then 'Beni Mellal' end,
					case when (co.id + k) % 3 <> 0 then 'https://meet.example.org/scale-' || co.id || '-' || m.id || '-' || k end,
					(select id from app_user where role = 'trainer' order by id offset (co.id + m.id) % greatest(1, (select count(*) from app_user where role = 'trainer')) limit 1),
					md5(random()::text || co.id || m.id || k)
				from (select distinct co.id from cohort co join cohort_member cm on cm.cohort_id = co.id join scale_learner l on l.id = cm.user_id) co
				cross join module m cross join generate_series(1, 2) k
				where m.status = 'published'
				returning 1
			) select count(*) as n from ins
		`);

		const attendance = await count(trx, sql<{ n: number }>`
			with ins as (
				insert into attendance (class_session_id, user_id, status, how, source, marked_by, marked_at)
				select s.id, l.id, st.status,
					case when st.status in ('present', 'late') then case s.mode when 'in_person' then 'in_person' when 'remote' then 'remote' else (array['in_person','remote'])[1 + (l.i % 2)] end end,
					'roll_call', s.trainer_id, s.starts_at
				from class_session s
				join cohort_member cm on cm.cohort_id = s.cohort_id
				join scale_learner l on l.id = cm.user_id
				cross join lateral (select case when r < 70 then 'present' when r < 80 then 'late' when r < 85 then 'excused' else 'absent' end as status from (select abs(hashtext(s.id || ':' || l.id)) % 100 as r) x) st
				returning 1
			) select count(*) as n from ins
		`);

		// Tests with question copies and answers taken from a submitted demo attempt of the same quiz.
		await sql`
			create temporary table scale_attempt on commit drop as
			select q.id as quiz_id, q.kind, l.id as user_id, t.id as template_id, t.questions, t.max_score,
				case q.kind when 'pre' then 25 + random() * 40 when 'post' then 55 + random() * 45 else 40 + random() * 60 end as pct
			from scale_learner l
			cross join quiz q
			join module m on m.id = q.module_id and m.status = 'published'
			join lateral (select a.id, a.questions, a.max_score from quiz_attempt a where a.quiz_id = q.id and a.status = 'submitted' order by a.id limit 1) t on true
			where q.status = 'published' and q.kind in ('pre', 'post', 'graded')
				and abs(hashtext(l.id || ':' || q.id)) % 100 < case q.kind when 'pre' then 35 when 'post' then 25 else 15 end
		`.execute(trx);
		const attempts = await count(trx, sql<{ n: number }>`
			with ins as (
				insert into quiz_attempt (quiz_id, user_id, attempt_no, status, questions, started_at, submitted_at, score, max_score, score_pct, pass_mark, passed)
				select s.quiz_id, s.user_id, 1, 'submitted', s.questions, now() - interval '30 days', now() - interval '30 days' + interval '20 minutes',
					round(s.max_score * s.pct::numeric / 100, 2), s.max_score, round(s.pct::numeric, 2), q.pass_mark,
					case when q.pass_mark is null then null else s.pct >= q.pass_mark end
				from scale_attempt s join quiz q on q.id = s.quiz_id
				returning 1
			) select count(*) as n from ins
		`);
		const answers = await count(trx, sql<{ n: number }>`
			with ins as (
				insert into attempt_answer (attempt_id, question_id, answer, saved_at, fraction, points)
				select a.id, x.question_id, x.answer, a.submitted_at, x.fraction, x.points
				from scale_attempt s
				join quiz_attempt a on a.quiz_id = s.quiz_id and a.user_id = s.user_id and a.attempt_no = 1
				join attempt_answer x on x.attempt_id = s.template_id
				returning 1
			) select count(*) as n from ins
		`);

		// Each learner has a coach (the trainers in turn) and one or two coaching sessions, held or planned.
		await sql`
			insert into coach_assignment (coach_id, learner_id)
			select (select id from app_user where role = 'trainer' order by id offset l.i % greatest(1, (select count(*) from app_user where role = 'trainer')) limit 1), l.id
			from scale_learner l
			on conflict do nothing
		`.execute(trx);
		const coachingSessions = await count(trx, sql<{ n: number }>`
			with ins as (
				insert into coaching_session (learner_id, coach_id, starts_at, minutes, mode, place, meeting_url, status, summary)
				select ca.learner_id, ca.coach_id,
					case when k = 1 then now() - ((l.i % 120) + 1) * interval '1 day' else now() + ((l.i % 20) + 1) * interval '1 day' end,
					45, (array['in_person','video','phone'])[1 + (l.i + k) % 3],
					case when (l.i + k) % 3 = 0 then 'Beni Mellal' end,
					case when (l.i + k) % 3 = 1 then 'https://meet.example.org/coach-' || l.i end,
					case when k = 1 then 'held' else 'planned' end,
					case when k = 1 then 'Suivi du plan de développement' else '' end
				from scale_learner l join coach_assignment ca on ca.learner_id = l.id
				cross join generate_series(1, 2) k
				where k = 1 or l.i % 3 = 0
				returning 1
			) select count(*) as n from ins
		`);

		// One in five speaks in a sitting of her own council; most of it verified by her coach.
		const interventions = await count(trx, sql<{ n: number }>`
			with ins as (
				insert into intervention (learner_id, sitting_id, kind, summary, summary_lang, gender, outcome, status, created_by, verified_at, verified_by)
				select l.id, st.id,
					(array['question','agenda_proposal','amendment','statement','vote_explanation'])[1 + l.i % 5],
					'Intervention sur le budget communal et l''égalité', 'fr', l.i % 2 = 0,
					(array['adopted','deferred','no_decision','not_applicable'])[1 + l.i % 4],
					case when l.i % 10 < 7 then 'verified' else 'submitted' end,
					l.id,
					case when l.i % 10 < 7 then st.sitting_date + interval '10 days' end,
					case when l.i % 10 < 7 then ca.coach_id end
				from scale_learner l
				join coach_assignment ca on ca.learner_id = l.id
				join lateral (select s.id, s.sitting_date from council_sitting s where s.commune_id = l.commune_id order by s.sitting_date desc offset l.i % 2 limit 1) st on true
				where l.i % 5 = 0
				returning 1
			) select count(*) as n from ins
		`);

		const cohorts = await count(trx, sql<{ n: number }>`select count(distinct c) as n from scale_learner`);
		return { learners: n, cohorts, enrolments, classSessions, attendance, attempts, answers, coachingSessions, interventions };
	});
	// Hundreds of thousands of rows arrived at once: give the planner their statistics now (autovacuum would
	// take its time, and a copied database may never get them), or every page is measured on guessed plans.
	await sql`analyze`.execute(db);
	return { ...result, ms: Date.now() - started };
}
