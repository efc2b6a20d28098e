// Rules and transactions of coaching: who may coach whom, sessions, actions, contacts, the board.
import type { Db } from '../db/index';
import type { PersonActor } from '../actor';
import type { Role } from '../db/schema';
import { Forbidden, Invalid, NotFound } from '../errors';
import { recordAudit } from '../audit/audit.repository';
import { fromLocal, localDay, toLocalParts } from '../time';
import { normaliseLogin } from '../users/login-id';
import { isOverdue, noContact, planProgress } from './rules';
import * as repo from './coaching.repository';
import type { ActionOwner, ActionStatus, CoachingMode, CoachingStatus, ContactMode } from './tables';

export type Actor = PersonActor;

export const MODES: CoachingMode[] = ['in_person', 'video', 'phone', 'hybrid'];
export const STATUSES: CoachingStatus[] = ['planned', 'held', 'missed', 'cancelled'];
export const CONTACT_MODES: ContactMode[] = ['call', 'whatsapp', 'sms', 'visit', 'preparation', 'other'];
export const ACTION_OWNERS: ActionOwner[] = ['learner', 'coach'];
export const MAX_NOTES = 4000;
export const MAX_ACTIONS = 5;

/** A coach reaches only her councillors; an admin reaches everyone. Anyone else: not found. */
export async function assertCoachOf(db: Db, actor: Actor, learnerId: number): Promise<void> {
	if (actor.role === 'admin') {
		if (!(await repo.findLearner(db, learnerId))) throw new NotFound();
		return;
	}
	if (actor.role !== 'trainer' || !(await repo.isCoachOf(db, actor.id, learnerId))) throw new Forbidden('coach_not_your_learner');
}

const clean = (s: string | undefined | null) => (s ?? '').normalize('NFC').replace(/[\u202A-\u202E\u2066-\u2069]/g, '').trim();
const oneLine = (s: string | undefined | null) => clean(s).replace(/\s+/g, ' ');

function checkUrl(raw: string): boolean {
	try {
		const u = new URL(raw);
		return u.protocol === 'https:' || u.protocol === 'http:';
	} catch {
		return false;
	}
}

export interface SessionInput {
	date: string;
	startTime: string;
	endTime: string;
	mode: string;
	place: string;
	meetingUrl: string;
	status: string;
	reason: string;
	summary: string;
	privateNotes: string;
	needs: string[];
	nextDate: string;
	nextTime: string;
	actions: { owner: string; text: string; due: string }[];
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Every field checked at once; all errors as catalogue keys. */
async function sessionValues(db: Db, input: SessionInput, now: Date, isNew: boolean) {
	const f: Record<string, string> = {};
	const startsAt = fromLocal(input.date ?? '', input.startTime ?? '');
	const endsAt = fromLocal(input.date ?? '', input.endTime ?? '');
	if (!startsAt) f.startTime = 'coach_time_invalid';
	if (!endsAt) f.endTime = 'coach_time_invalid';
	const minutes = startsAt && endsAt ? Math.round((endsAt.getTime() - startsAt.getTime()) / 60000) : 0;
	if (startsAt && endsAt && minutes <= 0) f.endTime = 'coach_end_before_start';
	else if (startsAt && endsAt && (minutes < 5 || minutes > 480)) f.endTime = 'coach_duration_invalid';
	const mode = input.mode as CoachingMode;
	if (!MODES.includes(mode)) f.mode = 'error_required';
	const status = input.status as CoachingStatus;
	if (!STATUSES.includes(status)) f.status = 'error_required';
	if (status === 'planned' && startsAt && startsAt.getTime() <= now.getTime() && isNew) f.date = 'coach_planned_in_past';
	if (status === 'held' && startsAt && startsAt.getTime() > now.getTime()) f.date = 'coach_held_in_future';
	const place = oneLine(input.place);
	const meetingUrl = oneLine(input.meetingUrl);
	if (place.length > 300) f.place = 'error_too_long';
	if (meetingUrl && !checkUrl(meetingUrl)) f.meetingUrl = 'coach_link_invalid';
	const reason = oneLine(input.reason);
	if (status === 'cancelled' && !reason) f.reason = 'coach_reason_required';
	if (reason.length > 500) f.reason = 'error_too_long';
	const summary = clean(input.summary);
	const privateNotes = clean(input.privateNotes);
	if (summary.length > MAX_NOTES) f.summary = 'coach_notes_too_long';
	if (privateNotes.length > MAX_NOTES) f.privateNotes = 'coach_notes_too_long';
	const codes = [...new Set((input.needs ?? []).map((c) => c.trim()).filter(Boolean))];
	const needs = await repo.listNeeds(db);
	const needIds: number[] = [];
	for (const c of codes) {
		const n = needs.find((x) => x.code === c);
		if (n) needIds.push(n.id);
		else f.needs = 'coach_need_unknown';
	}
	let nextAt: Date | null = null;
	if (input.nextDate || input.nextTime) {
		nextAt = fromLocal(input.nextDate ?? '', input.nextTime ?? '');
		if (!nextAt) f.nextDate = 'coach_time_invalid';
		else if (nextAt.getTime() <= now.getTime() || (startsAt && nextAt <= startsAt)) f.nextDate = 'coach_next_in_past';
	}
	const actions: repo.ActionInput[] = [];
	(input.actions ?? []).slice(0, MAX_ACTIONS).forEach((a, i) => {
		const text = oneLine(a.text);
		if (!text) return;
		if (text.length > 300) f[`action${i}`] = 'error_too_long';
		const owner = a.owner as ActionOwner;
		if (!ACTION_OWNERS.includes(owner)) f[`action${i}`] = 'error_required';
		const due = (a.due ?? '').trim();
		if (due && (!DAY_RE.test(due) || !fromLocal(due, '12:00'))) f[`action${i}`] = 'coach_time_invalid';
		actions.push({ owner, text, dueOn: due || null });
	});
	if (Object.keys(f).length) throw new Invalid('error_invalid_form', f);
	return {
		values: {
			starts_at: startsAt!,
			minutes,
			mode,
			place: place || null,
			meeting_url: meetingUrl || null,
			status,
			status_reason: status === 'cancelled' || status === 'missed' ? reason || null : null,
			summary,
			private_notes: privateNotes,
			next_at: nextAt
		},
		needIds,
		actions
	};
}

/** Plans or logs a session, with its needs, actions and next appointment (a planned session), all or nothing. */
export async function createSession(db: Db, actor: Actor, learnerId: number, input: SessionInput, now = new Date()): Promise<number> {
	await assertCoachOf(db, actor, learnerId);
	const v = await sessionValues(db, input, now, true);
	return db.transaction().execute(async (trx) => {
		const id = await repo.insertSession(trx, { ...v.values, learner_id: learnerId, coach_id: actor.id }, actor.id);
		await repo.setSessionNeeds(trx, id, v.needIds);
		await repo.insertActions(trx, learnerId, id, v.actions);
		if (v.values.next_at) await planNext(trx, actor, learnerId, v.values);
		await recordAudit(trx, { actorId: actor.id, action: 'coaching_session.create', subjectType: 'coaching_session', subjectId: id, after: { learnerId, status: v.values.status, startsAt: v.values.starts_at } });
		return id;
	});
}

async function planNext(db: Db, actor: Actor, learnerId: number, v: { next_at: Date | null; mode: CoachingMode; place: string | null; meeting_url: string | null }) {
	const exists = await db.selectFrom('coaching_session').select('id').where('learner_id', '=', learnerId).where('status', '=', 'planned').where('starts_at', '=', v.next_at!).executeTakeFirst();
	if (exists) return;
	await repo.insertSession(db, { learner_id: learnerId, coach_id: actor.id, starts_at: v.next_at!, minutes: 60, mode: v.mode, place: v.place, meeting_url: v.meeting_url, status: 'planned', status_reason: null, summary: '', private_notes: '', next_at: null }, actor.id);
}

/** Records what happened to a session (held, missed, cancelled) or changes its plan. */
export async function updateSession(db: Db, actor: Actor, sessionId: number, input: SessionInput, now = new Date()): Promise<number> {
	const found = await repo.findSession(db, sessionId);
	if (!found) throw new NotFound();
	await assertCoachOf(db, actor, found.learner_id);
	const v = await sessionValues(db, input, now, found.status !== 'planned' || found.starts_at.getTime() !== fromLocal(input.date, input.startTime)?.getTime());
	await db.transaction().execute(async (trx) => {
		const row = await repo.findSessionForUpdate(trx, sessionId);
		if (!row) throw new NotFound();
		await repo.updateSessionRow(trx, sessionId, v.values);
		await repo.setSessionNeeds(trx, sessionId, v.needIds);
		await repo.insertActions(trx, row.learner_id, sessionId, v.actions);
		if (v.values.next_at) await planNext(trx, actor, row.learner_id, v.values);
		await recordAudit(trx, { actorId: actor.id, action: 'coaching_session.update', subjectType: 'coaching_session', subjectId: sessionId, before: { status: row.status }, after: { status: v.values.status } });
	});
	return found.learner_id;
}

/** A session as its form shows it (coach or admin): local date and times. */
export async function sessionForEdit(db: Db, actor: Actor, sessionId: number) {
	const s = await repo.findSession(db, sessionId);
	if (!s) throw new NotFound();
	await assertCoachOf(db, actor, s.learner_id);
	const start = toLocalParts(s.starts_at);
	const end = toLocalParts(new Date(s.starts_at.getTime() + s.minutes * 60000));
	const needs = (await repo.needCodesOf(db, [s.id])).get(s.id) ?? [];
	if (actor.role === 'admin' && s.private_notes) await auditNotesRead(db, actor, s.learner_id, [s.id]);
	return {
		learnerId: s.learner_id,
		values: { date: start.date, startTime: start.time, endTime: end.time, mode: s.mode, place: s.place ?? '', meetingUrl: s.meeting_url ?? '', status: s.status, reason: s.status_reason ?? '', summary: s.summary, privateNotes: s.private_notes, nextDate: '', nextTime: '' },
		needs
	};
}

async function auditNotesRead(db: Db, actor: Actor, learnerId: number, sessionIds: number[]) {
	await recordAudit(db, { actorId: actor.id, action: 'coaching.private_notes.read', subjectType: 'app_user', subjectId: learnerId, after: { sessions: sessionIds } });
}

export interface ContactInput {
	mode: string;
	date: string;
	note: string;
}

export async function addContact(db: Db, actor: Actor, learnerId: number, input: ContactInput, now = new Date()): Promise<number> {
	await assertCoachOf(db, actor, learnerId);
	const f: Record<string, string> = {};
	const mode = input.mode as ContactMode;
	if (!CONTACT_MODES.includes(mode)) f.mode = 'error_required';
	const at = DAY_RE.test(input.date ?? '') ? fromLocal(input.date, '12:00') : null;
	if (!at) f.date = 'coach_time_invalid';
	else if (input.date > localDay(now)) f.date = 'coach_contact_in_future';
	const note = oneLine(input.note);
	if (note.length > 280) f.note = 'error_too_long';
	if (Object.keys(f).length) throw new Invalid('error_invalid_form', f);
	const id = await repo.insertContact(db, { learnerId, coachId: actor.id, mode, note, at: at! });
	return id;
}

/** The coach (or an admin) closes, drops or reopens any action of her councillor. */
export async function setActionByCoach(db: Db, actor: Actor, learnerId: number, actionId: number, status: string) {
	await assertCoachOf(db, actor, learnerId);
	if (!['open', 'done', 'dropped'].includes(status)) throw new Invalid('error_invalid_form');
	if (!(await repo.setActionStatus(db, actionId, learnerId, status as ActionStatus))) throw new NotFound();
}

/** The learner marks one of her own actions done (or open again). */
export async function setActionByLearner(db: Db, learnerId: number, actionId: number, done: boolean) {
	if (!(await repo.setActionStatus(db, actionId, learnerId, done ? 'done' : 'open', 'learner'))) throw new NotFound();
}

/** What the coach sees about one councillor; the private notes for her coach, and for an admin only when asked (audited). */
export async function councillorView(db: Db, actor: Actor, learnerId: number, opts: { showNotes: boolean }, now = new Date()) {
	await assertCoachOf(db, actor, learnerId);
	const [learner, sessions, actions, contacts, settings] = await Promise.all([
		repo.findLearner(db, learnerId),
		repo.sharedSessionsOf(db, learnerId),
		repo.actionsOf(db, learnerId),
		repo.contactsOf(db, learnerId),
		repo.getSettings(db)
	]);
	if (!learner) throw new NotFound();
	const isCoach = actor.role === 'trainer' || (await repo.isCoachOf(db, actor.id, learnerId));
	const withNotes = isCoach || opts.showNotes;
	let notes = new Map<number, string>();
	if (withNotes) {
		notes = await repo.privateNotesOf(db, learnerId);
		if (actor.role === 'admin' && notes.size) await auditNotesRead(db, actor, learnerId, [...notes.keys()]);
	}
	const today = localDay(now);
	const last = [...sessions.filter((s) => s.status === 'held').map((s) => s.starts_at), ...contacts.map((c) => c.at)].sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
	return {
		learner,
		notesShown: withNotes,
		canAskNotes: !withNotes && actor.role === 'admin',
		noContact: noContact(last, settings.noContactWeeks, now),
		weeks: settings.noContactWeeks,
		sessions: sessions.map((s) => ({ ...s, privateNotes: notes.get(s.id) ?? null })),
		actions: actions.map((a) => ({ ...a, overdue: isOverdue({ status: a.status, dueOn: a.due_on }, today) })),
		contacts
	};
}

/** Twenty cards a page: a coach with 40 councillors sees the 20 least recently contacted first. */
const BOARD_PAGE = 20;

/** The coach's board: her councillors (everyone for an admin) in two statements, plus her coming sessions. */
export async function board(db: Db, actor: Actor, page: number, now = new Date()) {
	const coachId = actor.role === 'admin' ? null : actor.id;
	// Two statements: the cards (with settings and goals folded in) and the coming sessions.
	const [{ rows, total }, upcoming] = await Promise.all([
		repo.boardRows(db, coachId, now, localDay(now), BOARD_PAGE, (page - 1) * BOARD_PAGE),
		repo.plannedSessions(db, coachId, now, new Date(now.getTime() + 14 * 86_400_000))
	]);
	const settings = rows.length ? { noContactWeeks: rows[0].no_contact_weeks ?? 4, targetSessions: rows[0].target_sessions ?? 40 } : await repo.getSettings(db);
	return {
		settings,
		pages: Math.max(1, Math.ceil(total / BOARD_PAGE)),
		total,
		rows: rows.map((r) => ({
			...r,
			progress: planProgress(r.goals),
			flagged: noContact(r.last_at, settings.noContactWeeks, now, r.assigned_at)
		})),
		upcoming
	};
}

// Administration -------------------------------------------------------------

export async function assignCoach(db: Db, admin: Actor, coachLogin: string, learnerLogin: string) {
	const f: Record<string, string> = {};
	const cId = normaliseLogin(coachLogin ?? '');
	const lId = normaliseLogin(learnerLogin ?? '');
	const coach = cId ? await repo.findUserByLogin(db, cId.login) : undefined;
	const learner = lId ? await repo.findUserByLogin(db, lId.login) : undefined;
	if (!coach || coach.role === 'learner') f.coach = 'coach_not_a_coach';
	if (!learner || learner.role !== 'learner') f.learner = 'coach_not_a_learner';
	if (Object.keys(f).length) throw new Invalid('error_invalid_form', f);
	await db.transaction().execute(async (trx) => {
		if (await repo.insertAssignment(trx, coach!.id, learner!.id, admin.id))
			await recordAudit(trx, { actorId: admin.id, action: 'coach_assignment.create', subjectType: 'app_user', subjectId: learner!.id, after: { coachId: coach!.id } });
	});
}

export async function unassignCoach(db: Db, admin: Actor, coachId: number, learnerId: number) {
	await db.transaction().execute(async (trx) => {
		if (!(await repo.deleteAssignment(trx, coachId, learnerId))) throw new NotFound();
		await recordAudit(trx, { actorId: admin.id, action: 'coach_assignment.delete', subjectType: 'app_user', subjectId: learnerId, before: { coachId } });
	});
}

export interface NeedInput {
	code: string;
	ar: string;
	fr: string;
	zgh: string;
}

function needName(input: NeedInput, f: Record<string, string>) {
	const name = { ar: oneLine(input.ar), fr: oneLine(input.fr), zgh: oneLine(input.zgh) };
	for (const l of ['ar', 'fr', 'zgh'] as const) {
		if (!name[l]) f[l] = 'error_required';
		else if (name[l].length > 120) f[l] = 'error_too_long';
	}
	return name;
}

export async function addNeed(db: Db, admin: Actor, input: NeedInput) {
	const f: Record<string, string> = {};
	const code = (input.code ?? '').trim().toLowerCase();
	if (!/^[a-z][a-z0-9_]{1,39}$/.test(code)) f.code = 'coach_need_code_invalid';
	const name = needName(input, f);
	if (!f.code && (await repo.listNeeds(db)).some((n) => n.code === code)) f.code = 'coach_need_code_taken';
	if (Object.keys(f).length) throw new Invalid('error_invalid_form', f);
	await db.transaction().execute(async (trx) => {
		const id = await repo.insertNeed(trx, code, name);
		await recordAudit(trx, { actorId: admin.id, action: 'coaching_need.create', subjectType: 'coaching_need', subjectId: id, after: { code, name } });
	});
}

export async function renameNeed(db: Db, admin: Actor, id: number, input: NeedInput) {
	const f: Record<string, string> = {};
	const name = needName(input, f);
	if (Object.keys(f).length) throw new Invalid('error_invalid_form', f);
	await db.transaction().execute(async (trx) => {
		if (!(await repo.updateNeedName(trx, id, name))) throw new NotFound();
		await recordAudit(trx, { actorId: admin.id, action: 'coaching_need.update', subjectType: 'coaching_need', subjectId: id, after: { name } });
	});
}

export async function updateSettings(db: Db, admin: Actor, input: { noContactWeeks: string; targetSessions: string }) {
	const f: Record<string, string> = {};
	const weeks = Number(input.noContactWeeks);
	const target = Number(input.targetSessions);
	if (!Number.isInteger(weeks) || weeks < 1 || weeks > 52) f.noContactWeeks = 'coach_weeks_invalid';
	if (!Number.isInteger(target) || target < 1 || target > 100000) f.targetSessions = 'coach_target_invalid';
	if (Object.keys(f).length) throw new Invalid('error_invalid_form', f);
	await db.transaction().execute(async (trx) => {
		const before = await repo.getSettings(trx);
		await repo.saveSettings(trx, { noContactWeeks: weeks, targetSessions: target });
		await recordAudit(trx, { actorId: admin.id, action: 'coaching_settings.update', subjectType: 'coaching_settings', subjectId: 1, before, after: { noContactWeeks: weeks, targetSessions: target } });
	});
}

export interface FeedEvent {
	id: string;
	start: Date;
	end: Date;
	summary: string;
	location?: string;
	url: string;
}

/** Planned coaching sessions for a calendar feed: hers for a learner, the coach's own for staff. */
export async function coachingFeedEvents(db: Db, user: { id: number; role: string }, origin: string, title: string, now = new Date()): Promise<FeedEvent[]> {
	const from = new Date(now.getTime() - 30 * 86_400_000);
	const rows =
		user.role === 'learner'
			? (await repo.plannedForLearner(db, user.id, from)).map((s) => ({ ...s, learner_id: user.id, url: `${origin}/learn/plan` }))
			: (await repo.plannedSessions(db, user.id, from, new Date(now.getTime() + 365 * 86_400_000))).map((s) => ({ ...s, url: `${origin}/coach/${s.learner_id}/sessions/${s.id}` }));
	return rows.map((s) => ({
		id: `coaching-session-${s.id}@amssawas`,
		start: s.starts_at,
		end: new Date(s.starts_at.getTime() + s.minutes * 60_000),
		summary: title,
		location: s.place ?? s.meeting_url ?? undefined,
		url: s.url
	}));
}
