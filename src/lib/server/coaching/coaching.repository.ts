import type { GoalForProgress } from './rules';
// All SQL of coaching sessions, actions, support contacts, assignments, needs and settings.
import { sql } from 'kysely';
import type { Db } from '../db/index';
import type { ActionOwner, ActionStatus, CoachingMode, CoachingStatus, ContactMode } from './tables';
import type { Localized } from '../../localized';


export async function getSettings(db: Db) {
	const s = await db.selectFrom('coaching_settings').select(['no_contact_weeks', 'target_sessions']).where('id', '=', 1).executeTakeFirst();
	return { noContactWeeks: s?.no_contact_weeks ?? 4, targetSessions: s?.target_sessions ?? 40 };
}

export async function saveSettings(db: Db, s: { noContactWeeks: number; targetSessions: number }) {
	await db
		.insertInto('coaching_settings')
		.values({ id: 1, no_contact_weeks: s.noContactWeeks, target_sessions: s.targetSessions })
		.onConflict((oc) => oc.column('id').doUpdateSet({ no_contact_weeks: s.noContactWeeks, target_sessions: s.targetSessions, updated_at: new Date() }))
		.execute();
}

export function listNeeds(db: Db) {
	return db.selectFrom('coaching_need').select(['id', 'code', 'name', 'position']).orderBy('position').orderBy('id').execute();
}

export async function insertNeed(db: Db, code: string, name: Localized) {
	const { id } = await db
		.insertInto('coaching_need')
		.values({ code, name: JSON.stringify(name), position: sql<number>`(select coalesce(max(position), 0) + 1 from coaching_need)` as never })
		.returning('id')
		.executeTakeFirstOrThrow();
	return id;
}

export async function updateNeedName(db: Db, id: number, name: Localized) {
	const r = await db.updateTable('coaching_need').set({ name: JSON.stringify(name) }).where('id', '=', id).returning('id').executeTakeFirst();
	return Boolean(r);
}

export async function isCoachOf(db: Db, coachId: number, learnerId: number): Promise<boolean> {
	const r = await db.selectFrom('coach_assignment').select('learner_id').where('coach_id', '=', coachId).where('learner_id', '=', learnerId).executeTakeFirst();
	return Boolean(r);
}

export function findLearner(db: Db, id: number) {
	return db
		.selectFrom('app_user as u')
		.leftJoin('commune as c', 'c.id', 'u.commune_id')
		.select(['u.id', 'u.login', 'u.name_ar', 'u.name_latin', 'u.locale', 'c.name_ar as commune_ar', 'c.name_fr as commune_fr'])
		.where('u.id', '=', id)
		.where('u.role', '=', 'learner')
		.executeTakeFirst();
}

export async function insertAssignment(db: Db, coachId: number, learnerId: number, by: number | null) {
	const r = await db
		.insertInto('coach_assignment')
		.values({ coach_id: coachId, learner_id: learnerId, assigned_by: by })
		.onConflict((oc) => oc.columns(['coach_id', 'learner_id']).doNothing())
		.returning('learner_id')
		.executeTakeFirst();
	return Boolean(r);
}

export async function deleteAssignment(db: Db, coachId: number, learnerId: number) {
	const r = await db.deleteFrom('coach_assignment').where('coach_id', '=', coachId).where('learner_id', '=', learnerId).returning('learner_id').executeTakeFirst();
	return Boolean(r);
}

export function listCoaches(db: Db) {
	return db.selectFrom('app_user').select(['id', 'login', 'name_ar', 'name_latin', 'role']).where('role', 'in', ['trainer', 'admin']).where('disabled_at', 'is', null).orderBy('name_latin').execute();
}

export async function listAssignments(db: Db, limit: number, offset: number) {
	const [items, total] = await Promise.all([
		db
			.selectFrom('coach_assignment as a')
			.innerJoin('app_user as c', 'c.id', 'a.coach_id')
			.innerJoin('app_user as l', 'l.id', 'a.learner_id')
			.select(['a.coach_id', 'a.learner_id', 'a.assigned_at', 'c.login as coach_login', 'c.name_ar as coach_ar', 'c.name_latin as coach_latin', 'l.login as learner_login', 'l.name_ar as learner_ar', 'l.name_latin as learner_latin'])
			.orderBy('l.name_latin')
			.orderBy('c.name_latin')
			.limit(limit)
			.offset(offset)
			.execute(),
		db.selectFrom('coach_assignment').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()
	]);
	return { items, total: total.n };
}

export function findUserByLogin(db: Db, login: string) {
	return db.selectFrom('app_user').select(['id', 'login', 'role']).where('login', '=', login).executeTakeFirst();
}

export interface SessionValues {
	learner_id: number;
	coach_id: number;
	starts_at: Date;
	minutes: number;
	mode: CoachingMode;
	place: string | null;
	meeting_url: string | null;
	status: CoachingStatus;
	status_reason: string | null;
	summary: string;
	private_notes: string;
	next_at: Date | null;
}

export async function insertSession(db: Db, v: SessionValues, by: number) {
	const { id } = await db.insertInto('coaching_session').values({ ...v, created_by: by }).returning('id').executeTakeFirstOrThrow();
	return id;
}

export async function updateSessionRow(db: Db, id: number, v: Omit<SessionValues, 'learner_id' | 'coach_id'>) {
	await db.updateTable('coaching_session').set({ ...v, updated_at: new Date() }).where('id', '=', id).execute();
}

export async function setSessionNeeds(db: Db, sessionId: number, needIds: number[]) {
	await db.deleteFrom('coaching_session_need').where('session_id', '=', sessionId).execute();
	if (needIds.length) await db.insertInto('coaching_session_need').values(needIds.map((need_id) => ({ session_id: sessionId, need_id }))).execute();
}

export function findSession(db: Db, id: number) {
	return db.selectFrom('coaching_session').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findSessionForUpdate(db: Db, id: number) {
	return db.selectFrom('coaching_session').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Need codes per session, in one statement. */
export async function needCodesOf(db: Db, sessionIds: number[]) {
	const map = new Map<number, string[]>();
	if (!sessionIds.length) return map;
	const rows = await db
		.selectFrom('coaching_session_need as sn')
		.innerJoin('coaching_need as n', 'n.id', 'sn.need_id')
		.select(['sn.session_id', 'n.code'])
		.where('sn.session_id', 'in', sessionIds)
		.orderBy('n.position')
		.execute();
	for (const r of rows) map.set(r.session_id, [...(map.get(r.session_id) ?? []), r.code]);
	return map;
}

/** A learner's sessions without the private notes: what she, exports and reports may see. */
export function sharedSessionsOf(db: Db, learnerId: number) {
	return db
		.selectFrom('coaching_session as s')
		.innerJoin('app_user as c', 'c.id', 's.coach_id')
		.select(['s.id', 's.starts_at', 's.minutes', 's.mode', 's.place', 's.meeting_url', 's.status', 's.status_reason', 's.summary', 's.next_at', 'c.name_ar as coach_ar', 'c.name_latin as coach_latin'])
		// The needs' codes in the same statement (one round trip less on her plan page).
		.select(
			sql<string[]>`coalesce((select json_agg(n.code order by n.position) from coaching_session_need sn join coaching_need n on n.id = sn.need_id where sn.session_id = s.id), '[]'::json)`.as('needs')
		)
		.where('s.learner_id', '=', learnerId)
		.orderBy('s.starts_at', 'desc')
		.execute();
}

/** The private notes of a learner's sessions (coach and admins only). */
export async function privateNotesOf(db: Db, learnerId: number) {
	const rows = await db.selectFrom('coaching_session').select(['id', 'private_notes']).where('learner_id', '=', learnerId).where('private_notes', '<>', '').execute();
	return new Map(rows.map((r) => [r.id, r.private_notes]));
}

export interface ActionInput {
	owner: ActionOwner;
	text: string;
	dueOn: string | null;
}

export async function insertActions(db: Db, learnerId: number, sessionId: number | null, actions: ActionInput[]) {
	if (!actions.length) return;
	await db
		.insertInto('coaching_action')
		.values(actions.map((a) => ({ learner_id: learnerId, session_id: sessionId, owner: a.owner, text: a.text, due_on: a.dueOn })))
		.execute();
}

export function actionsOf(db: Db, learnerId: number) {
	return db
		.selectFrom('coaching_action')
		.select(['id', 'session_id', 'owner', 'text', sql<string | null>`due_on::text`.as('due_on'), 'status', 'closed_at', 'created_at'])
		.where('learner_id', '=', learnerId)
		.orderBy(sql`status = 'open'`, 'desc')
		.orderBy(sql`due_on asc nulls last`)
		.orderBy('id')
		.execute();
}

export async function setActionStatus(db: Db, id: number, learnerId: number, status: ActionStatus, onlyOwner?: ActionOwner) {
	let q = db
		.updateTable('coaching_action')
		.set({ status, closed_at: status === 'open' ? null : new Date() })
		.where('id', '=', id)
		.where('learner_id', '=', learnerId);
	if (onlyOwner) q = q.where('owner', '=', onlyOwner);
	const r = await q.returning('id').executeTakeFirst();
	return Boolean(r);
}

export async function insertContact(db: Db, v: { learnerId: number; coachId: number; mode: ContactMode; note: string; at: Date }) {
	const { id } = await db
		.insertInto('support_contact')
		.values({ learner_id: v.learnerId, coach_id: v.coachId, mode: v.mode, note: v.note, at: v.at })
		.returning('id')
		.executeTakeFirstOrThrow();
	return id;
}

export function contactsOf(db: Db, learnerId: number, limit = 20) {
	return db
		.selectFrom('support_contact as k')
		.innerJoin('app_user as c', 'c.id', 'k.coach_id')
		.select(['k.id', 'k.mode', 'k.note', 'k.at', 'c.name_ar as coach_ar', 'c.name_latin as coach_latin'])
		.where('k.learner_id', '=', learnerId)
		.orderBy('k.at', 'desc')
		.limit(limit)
		.execute();
}

export interface BoardRow {
	learner_id: number;
	login: string;
	name_ar: string;
	name_latin: string;
	assigned_at: Date | null;
	last_at: Date | null;
	last_mode: string | null;
	last_kind: 'session' | 'contact' | null;
	next_at: Date | null;
	open_actions: number;
	overdue_actions: number;
	held: number;
	plan_status: string | null;
	/** Her plan's goals with their latest rating, for the progress bar (none without a plan). */
	goals: GoalForProgress[];
	/** The admin's settings, read in the same statement (null when never saved). */
	no_contact_weeks: number | null;
	target_sessions: number | null;
}

/**
 * The coach's board in one statement: her councillors (all learners for an admin,
 * coachId null), each with last contact and its mode, next appointment, open and
 * overdue actions. Least recently contacted first, so those to call are on top.
 */
export async function boardRows(db: Db, coachId: number | null, now: Date, today: string, limit: number, offset: number) {
	const mine =
		coachId === null
			? sql`select u.id as learner_id, (select min(a.assigned_at) from coach_assignment a where a.learner_id = u.id) as assigned_at from app_user u where u.role = 'learner' and u.disabled_at is null`
			: sql`select a.learner_id, a.assigned_at from coach_assignment a join app_user u on u.id = a.learner_id where a.coach_id = ${coachId} and u.disabled_at is null`;
	const { rows } = await sql<BoardRow & { total: number }>`
		with mine as (${mine}),
		contacts as (
			select s.learner_id, s.starts_at as at, s.mode, 'session' as kind from coaching_session s join mine m on m.learner_id = s.learner_id where s.status = 'held'
			union all
			select k.learner_id, k.at, k.mode, 'contact' as kind from support_contact k join mine m on m.learner_id = k.learner_id
		),
		last_contact as (select distinct on (learner_id) learner_id, at, mode, kind from contacts order by learner_id, at desc),
		next_session as (
			select s.learner_id, min(s.starts_at) as at from coaching_session s join mine m on m.learner_id = s.learner_id
			where s.status = 'planned' and s.starts_at >= ${now} group by s.learner_id
		),
		acts as (
			select a.learner_id, count(*) filter (where a.status = 'open')::int as open_actions,
				count(*) filter (where a.status = 'open' and a.due_on < ${today}::date)::int as overdue_actions
			from coaching_action a join mine m on m.learner_id = a.learner_id group by a.learner_id
		),
		held as (select s.learner_id, count(*)::int as held from coaching_session s join mine m on m.learner_id = s.learner_id where s.status = 'held' group by s.learner_id)
		select m.learner_id, u.login, u.name_ar, u.name_latin, m.assigned_at, lc.at as last_at, lc.mode as last_mode, lc.kind as last_kind,
			ns.at as next_at, coalesce(ac.open_actions, 0) as open_actions, coalesce(ac.overdue_actions, 0) as overdue_actions,
			coalesce(h.held, 0) as held, p.status as plan_status, count(*) over ()::int as total,
			coalesce((
				select json_agg(json_build_object('status', g.status, 'baseline', g.baseline, 'target', g.target, 'latest', (
					select coalesce(r.coach_rating, r.learner_rating) from goal_review r
					where r.goal_id = g.id and coalesce(r.coach_rating, r.learner_rating) is not null
					order by r.created_at desc, r.id desc limit 1)))
				from plan_goal g where g.plan_id = p.id
			), '[]'::json) as goals,
			st.no_contact_weeks, st.target_sessions
		from mine m
		join app_user u on u.id = m.learner_id
		left join last_contact lc on lc.learner_id = m.learner_id
		left join next_session ns on ns.learner_id = m.learner_id
		left join acts ac on ac.learner_id = m.learner_id
		left join held h on h.learner_id = m.learner_id
		left join development_plan p on p.learner_id = m.learner_id
		left join coaching_settings st on st.id = 1
		order by lc.at asc nulls first, u.name_latin, m.learner_id
		limit ${limit} offset ${offset}`.execute(db);
	return { rows, total: rows[0]?.total ?? 0 };
}

/** Planned sessions from now on, of one coach (or everyone for null), soonest first. */
export function plannedSessions(db: Db, coachId: number | null, from: Date, to: Date) {
	let q = db
		.selectFrom('coaching_session as s')
		.innerJoin('app_user as l', 'l.id', 's.learner_id')
		.select(['s.id', 's.learner_id', 's.starts_at', 's.minutes', 's.mode', 's.place', 's.meeting_url', 'l.name_ar', 'l.name_latin'])
		.where('s.status', '=', 'planned')
		.where('s.starts_at', '>=', from)
		.where('s.starts_at', '<', to)
		.orderBy('s.starts_at')
		.limit(50);
	if (coachId !== null) q = q.where('s.coach_id', '=', coachId);
	return q.execute();
}

/** A learner's planned sessions, for her agenda and calendar feed (never the notes). */
export function plannedForLearner(db: Db, learnerId: number, from: Date) {
	return db
		.selectFrom('coaching_session as s')
		.innerJoin('app_user as c', 'c.id', 's.coach_id')
		.select(['s.id', 's.starts_at', 's.minutes', 's.mode', 's.place', 's.meeting_url', 'c.name_ar as coach_ar', 'c.name_latin as coach_latin'])
		.where('s.learner_id', '=', learnerId)
		.where('s.status', '=', 'planned')
		.where('s.starts_at', '>=', from)
		.orderBy('s.starts_at')
		.limit(20)
		.execute();
}

/** Sessions for the command line: logins, never the notes. */
export async function sessionsForCli(db: Db, f: { learnerId?: number; status?: CoachingStatus }) {
	let q = db
		.selectFrom('coaching_session as s')
		.innerJoin('app_user as l', 'l.id', 's.learner_id')
		.innerJoin('app_user as c', 'c.id', 's.coach_id')
		.select(['s.id', 'l.login as learner', 'c.login as coach', 's.starts_at', 's.minutes', 's.mode', 's.status', 's.place'])
		.orderBy('s.starts_at')
		.orderBy('s.id');
	if (f.learnerId !== undefined) q = q.where('s.learner_id', '=', f.learnerId);
	if (f.status) q = q.where('s.status', '=', f.status);
	return q.execute();
}
