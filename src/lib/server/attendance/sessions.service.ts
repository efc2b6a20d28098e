import * as v from 'valibot';
import { sql } from 'kysely';
import type { Db } from '../db/index';
import type { Localized } from '../db/schema';
import { Invalid, NotFound } from '../errors';
import { recordAudit } from '../audit/audit.repository';
import { validate, text } from '../validation';
import { newSecret } from './code';
import { fromLocal } from '../time';
import type { ClassSessionRow, SessionMode } from './tables';
import { sessionChanged } from '../notifications/triggers';
import { notifyConfig } from '../notifications/config';
import type { Actor as ActorOf } from '../actor';
import type { Locale } from '../../i18n/index';

export type Actor = ActorOf<number>;

export const MODES: SessionMode[] = ['in_person', 'remote', 'hybrid'];

/** Most occurrences one "repeat weekly" can make at once (a module runs over a few months). */
export const MAX_REPEAT = 26;

const SessionInput = v.object({
	moduleId: v.pipe(v.string(), v.regex(/^\d+$/, 'error_required'), v.transform(Number)),
	cohortId: v.pipe(v.string(), v.regex(/^\d+$/, 'error_required'), v.transform(Number)),
	title_ar: text(200, false),
	title_fr: text(200, false),
	title_zgh: text(200, false),
	date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'att_date_invalid')),
	startTime: v.pipe(v.string(), v.regex(/^\d{1,2}:\d{2}$/, 'att_time_invalid')),
	endTime: v.pipe(v.string(), v.regex(/^\d{1,2}:\d{2}$/, 'att_time_invalid')),
	mode: v.picklist(MODES, 'error_required'),
	place_ar: text(300, false),
	place_fr: text(300, false),
	place_zgh: text(300, false),
	meetingUrl: text(500, false),
	lateAfterMinutes: v.pipe(v.optional(v.string(), ''), v.transform((s) => (s.trim() === '' ? 15 : Number(s))), v.number('att_late_invalid'), v.integer('att_late_invalid'), v.minValue(0, 'att_late_invalid'), v.maxValue(600, 'att_late_invalid')),
	/** How many weekly occurrences to create (1: just this one). Ignored when editing. */
	repeat: v.pipe(v.optional(v.string(), ''), v.transform((s) => (s.trim() === '' ? 1 : Number(s))), v.number('att_repeat_invalid'), v.integer('att_repeat_invalid'), v.minValue(1, 'att_repeat_invalid'), v.maxValue(MAX_REPEAT, 'att_repeat_invalid'))
});
export type SessionInput = v.InferInput<typeof SessionInput>;

function checkUrl(raw: string): boolean {
	try {
		const u = new URL(raw);
		return u.protocol === 'https:' || u.protocol === 'http:';
	} catch {
		return false;
	}
}

const LANGS = ['ar', 'fr', 'zgh'] as const;

/** The date "YYYY-MM-DD" some days later (calendar days: the wall-clock time stays, whatever Ramadan does to the offset). */
export function addDays(date: string, days: number): string {
	const d = new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/** The language a text from before titles had languages is most likely in, from its script. */
export function guessLocale(text: string): Locale {
	if (/[\u0600-\u06FF]/.test(text)) return 'ar';
	if (/[\u2D30-\u2D7F]/.test(text)) return 'zgh';
	return 'fr';
}

/** Validated columns of a session from the form (local Morocco times become instants), and how many weeks it repeats. */
async function sessionValues(db: Db, input: SessionInput) {
	const s = validate(SessionInput, input);
	const fields: Record<string, string> = {};
	const titles: Localized = {};
	const places: Localized = {};
	for (const l of LANGS) {
		if (s[`title_${l}`]) titles[l] = s[`title_${l}`];
		if (s[`place_${l}`]) places[l] = s[`place_${l}`];
	}
	const title = titles.ar || titles.fr || titles.zgh || '';
	const place = places.ar || places.fr || places.zgh || '';
	if (!title) fields.title_ar = 'att_title_one_required';
	const startsAt = fromLocal(s.date, s.startTime);
	const endsAt = fromLocal(s.date, s.endTime);
	if (!startsAt) fields.startTime = 'att_time_invalid';
	if (!endsAt) fields.endTime = 'att_time_invalid';
	if (startsAt && endsAt && endsAt <= startsAt) fields.endTime = 'att_end_before_start';
	if (s.mode !== 'remote' && !place) fields.place_ar = 'att_place_required';
	if (s.mode !== 'in_person' && !s.meetingUrl) fields.meetingUrl = 'att_link_required';
	if (s.meetingUrl && !checkUrl(s.meetingUrl)) fields.meetingUrl = 'att_link_invalid';
	if (!(await db.selectFrom('module').select('id').where('id', '=', s.moduleId).executeTakeFirst())) fields.moduleId = 'error_required';
	if (!(await db.selectFrom('cohort').select('id').where('id', '=', s.cohortId).executeTakeFirst())) fields.cohortId = 'error_required';
	if (Object.keys(fields).length) throw new Invalid('error_invalid_form', fields);
	const remote = s.mode === 'remote';
	return {
		repeat: s.repeat,
		date: s.date,
		startTime: s.startTime,
		endTime: s.endTime,
		values: {
			module_id: s.moduleId,
			cohort_id: s.cohortId,
			title,
			titles: JSON.stringify(titles),
			starts_at: startsAt!,
			ends_at: endsAt!,
			mode: s.mode,
			place: remote ? null : place,
			places: JSON.stringify(remote ? {} : places),
			meeting_url: s.mode === 'in_person' ? null : s.meetingUrl,
			late_after_minutes: s.lateAfterMinutes
		}
	};
}

/** Creates a session, or one a week for `repeat` weeks: each its own row, edited on its own afterwards. All or nothing. */
export async function createSessions(db: Db, actor: Actor, input: SessionInput): Promise<number[]> {
	const { repeat, date, startTime, endTime, values } = await sessionValues(db, input);
	const rows = Array.from({ length: repeat }, (_, k) => {
		const day = addDays(date, 7 * k);
		return { ...values, starts_at: k ? fromLocal(day, startTime)! : values.starts_at, ends_at: k ? fromLocal(day, endTime)! : values.ends_at };
	});
	return db.transaction().execute(async (trx) => {
		const ids: number[] = [];
		for (const [k, row] of rows.entries()) {
			const { id } = await trx
				.insertInto('class_session')
				.values({ ...row, trainer_id: actor.id, created_by: actor.id, check_in_secret: newSecret() })
				.returning('id')
				.executeTakeFirstOrThrow();
			ids.push(id);
			const after = repeat > 1 ? { ...row, series: { first: ids[0], index: k + 1, of: repeat } } : row;
			await recordAudit(trx, { actorId: actor.id, action: 'class_session.create', subjectType: 'class_session', subjectId: id, after });
		}
		return ids;
	});
}

export async function createSession(db: Db, actor: Actor, input: SessionInput): Promise<number> {
	return (await createSessions(db, actor, input))[0];
}

export async function updateSession(db: Db, actor: Actor, id: number, input: SessionInput): Promise<void> {
	const { values } = await sessionValues(db, input);
	await db.transaction().execute(async (trx) => {
		const before = await trx.selectFrom('class_session').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
		if (!before) throw new NotFound();
		await trx.updateTable('class_session').set({ ...values, updated_at: new Date() }).where('id', '=', id).execute();
		// Moved (time, mode, place or link changed): its learners are told, in the same transaction (outbox).
		const moved =
			new Date(before.starts_at).getTime() !== new Date(values.starts_at).getTime() ||
			new Date(before.ends_at).getTime() !== new Date(values.ends_at).getTime() ||
			before.mode !== values.mode ||
			(before.place ?? null) !== (values.place ?? null) ||
			(before.meeting_url ?? null) !== (values.meeting_url ?? null);
		if (moved && !before.cancelled_at) await sessionChanged(trx, notifyConfig(), id, 'moved');
		const { check_in_secret: _, ...shown } = before;
		await recordAudit(trx, { actorId: actor.id, action: 'class_session.update', subjectType: 'class_session', subjectId: id, before: shown, after: values });
	});
}

export async function cancelSession(db: Db, actor: Actor, id: number, rawReason: string, now = new Date()): Promise<void> {
	const reason = rawReason.normalize('NFC').replace(/\s+/g, ' ').trim();
	if (!reason) throw new Invalid('error_invalid_form', { reason: 'error_required' });
	if (reason.length > 500) throw new Invalid('error_invalid_form', { reason: 'error_too_long' });
	const row = await db
		.updateTable('class_session')
		.set({ cancelled_at: now, cancel_reason: reason, updated_at: now })
		.where('id', '=', id)
		.where('cancelled_at', 'is', null)
		.returning('id')
		.executeTakeFirst();
	if (!row) throw new NotFound();
	await sessionChanged(db, notifyConfig(), id, 'cancelled', now);
	await recordAudit(db, { actorId: actor.id, action: 'class_session.cancel', subjectType: 'class_session', subjectId: id, after: { reason } });
}

export async function restoreSession(db: Db, actor: Actor, id: number): Promise<void> {
	const row = await db.updateTable('class_session').set({ cancelled_at: null, cancel_reason: null, updated_at: new Date() }).where('id', '=', id).returning('id').executeTakeFirst();
	if (!row) throw new NotFound();
	await recordAudit(db, { actorId: actor.id, action: 'class_session.restore', subjectType: 'class_session', subjectId: id });
}

export interface SessionView {
	id: number;
	moduleId: number;
	moduleSlug: string;
	moduleTitle: Localized;
	cohortId: number;
	cohortName: string;
	title: string;
	titles: Localized;
	startsAt: Date;
	endsAt: Date;
	mode: SessionMode;
	place: string | null;
	places: Localized;
	meetingUrl: string | null;
	trainerId: number | null;
	trainerNameAr: string | null;
	trainerNameLatin: string | null;
	lateAfterMinutes: number;
	cancelledAt: Date | null;
	cancelReason: string | null;
	sheetFileId: number | null;
}

function sessionQuery(db: Db) {
	return db
		.selectFrom('class_session as s')
		.innerJoin('module as m', 'm.id', 's.module_id')
		.innerJoin('cohort as c', 'c.id', 's.cohort_id')
		.leftJoin('app_user as t', 't.id', 's.trainer_id')
		.select([
			's.id',
			's.module_id as moduleId',
			'm.slug as moduleSlug',
			'm.title as moduleTitle',
			's.cohort_id as cohortId',
			'c.name as cohortName',
			's.title',
			's.titles',
			's.starts_at as startsAt',
			's.ends_at as endsAt',
			's.mode',
			's.place',
			's.places',
			's.meeting_url as meetingUrl',
			's.trainer_id as trainerId',
			't.name_ar as trainerNameAr',
			't.name_latin as trainerNameLatin',
			's.late_after_minutes as lateAfterMinutes',
			's.cancelled_at as cancelledAt',
			's.cancel_reason as cancelReason',
			's.sheet_file_id as sheetFileId'
		]);
}

export async function findSession(db: Db, id: number): Promise<SessionView | undefined> {
	return sessionQuery(db).where('s.id', '=', id).executeTakeFirst() as Promise<SessionView | undefined>;
}

export async function mustFindSession(db: Db, id: number): Promise<SessionView> {
	const s = await findSession(db, id);
	if (!s) throw new NotFound();
	return s;
}

/** The row with its secret (check-in screen and check-in only). */
export async function sessionRow(db: Db, id: number): Promise<ClassSessionRow | undefined> {
	return db.selectFrom('class_session').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface SessionFilter {
	moduleId?: number;
	/** Only these modules (a trainer's own). */
	moduleIds?: number[];
	upcoming?: boolean;
	page?: number;
	pageSize?: number;
	now?: Date;
}

/** Staff list: upcoming soonest first, or past most recent first. */
export async function listSessions(db: Db, f: SessionFilter = {}): Promise<{ total: number; items: SessionView[] }> {
	const now = f.now ?? new Date();
	let q = sessionQuery(db);
	let count = db.selectFrom('class_session as s');
	if (f.moduleId) {
		q = q.where('s.module_id', '=', f.moduleId);
		count = count.where('s.module_id', '=', f.moduleId);
	}
	if (f.moduleIds) {
		const ids = f.moduleIds.length ? f.moduleIds : [0];
		q = q.where('s.module_id', 'in', ids);
		count = count.where('s.module_id', 'in', ids);
	}
	if (f.upcoming !== undefined) {
		q = f.upcoming ? q.where('s.ends_at', '>=', now) : q.where('s.ends_at', '<', now);
		count = f.upcoming ? count.where('s.ends_at', '>=', now) : count.where('s.ends_at', '<', now);
	}
	q = q.orderBy('s.starts_at', f.upcoming === false ? 'desc' : 'asc').orderBy('s.id');
	if (f.pageSize) q = q.limit(f.pageSize).offset(((f.page ?? 1) - 1) * f.pageSize);
	const [{ n }, items] = await Promise.all([count.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(), q.execute()]);
	return { total: n, items: items as SessionView[] };
}

/** A learner's sessions: those of her cohorts in the modules she is actively enrolled in, with her mark. */
export async function learnerSessions(db: Db, userId: number) {
	const rows = await sessionQuery(db)
		.innerJoin('cohort_member as cm', (j) => j.onRef('cm.cohort_id', '=', 's.cohort_id').on('cm.user_id', '=', userId))
		.innerJoin('enrolment as e', (j) => j.onRef('e.module_id', '=', 's.module_id').on('e.user_id', '=', userId).on('e.status', '=', 'active'))
		.leftJoin('attendance as a', (j) => j.onRef('a.class_session_id', '=', 's.id').on('a.user_id', '=', userId))
		.select(['a.status as myStatus'])
		.where('m.status', '=', 'published')
		.orderBy('s.starts_at')
		.execute();
	return rows as (SessionView & { myStatus: string | null })[];
}

/** Sessions a trainer leads (admins: every session), for the calendar feed. */
export async function staffSessions(db: Db, user: { id: number; role: string }) {
	let q = sessionQuery(db);
	if (user.role !== 'admin') q = q.where('s.trainer_id', '=', user.id);
	return (await q.orderBy('s.starts_at').execute()) as SessionView[];
}

export interface RosterEntry {
	userId: number;
	nameAr: string;
	nameLatin: string;
	communeAr: string | null;
	communeFr: string | null;
	status: 'present' | 'late' | 'excused' | 'absent' | null;
	how: 'in_person' | 'remote' | null;
	remark: string | null;
	source: 'roll_call' | 'self_check_in' | null;
}

/** The session's learners (members of its cohort actively enrolled in its module) with their marks, by Latin name. */
export async function roster(db: Db, sessionId: number): Promise<RosterEntry[]> {
	return db
		.selectFrom('class_session as s')
		.innerJoin('cohort_member as cm', 'cm.cohort_id', 's.cohort_id')
		.innerJoin('enrolment as e', (j) => j.onRef('e.module_id', '=', 's.module_id').onRef('e.user_id', '=', 'cm.user_id').on('e.status', '=', 'active'))
		.innerJoin('app_user as u', 'u.id', 'cm.user_id')
		.leftJoin('commune as co', 'co.id', 'u.commune_id')
		.leftJoin('attendance as a', (j) => j.onRef('a.class_session_id', '=', 's.id').onRef('a.user_id', '=', 'u.id'))
		.select([
			'u.id as userId',
			'u.name_ar as nameAr',
			'u.name_latin as nameLatin',
			'co.name_ar as communeAr',
			'co.name_fr as communeFr',
			'a.status',
			'a.how',
			'a.remark',
			'a.source'
		])
		.where('s.id', '=', sessionId)
		.where('u.role', '=', 'learner')
		.where('u.disabled_at', 'is', null)
		.orderBy('u.name_latin')
		.orderBy('u.id')
		.execute();
}

export async function isOnRoster(db: Db, sessionId: number, userId: number): Promise<boolean> {
	const row = await db
		.selectFrom('class_session as s')
		.innerJoin('cohort_member as cm', (j) => j.onRef('cm.cohort_id', '=', 's.cohort_id').on('cm.user_id', '=', userId))
		.innerJoin('enrolment as e', (j) => j.onRef('e.module_id', '=', 's.module_id').on('e.user_id', '=', userId).on('e.status', '=', 'active'))
		.select('s.id')
		.where('s.id', '=', sessionId)
		.executeTakeFirst();
	return !!row;
}

/** How many are marked present or late (the check-in screen's live count). */
export async function presentCount(db: Db, sessionId: number): Promise<number> {
	const { n } = await db
		.selectFrom('attendance')
		.select(sql<number>`count(*)::int`.as('n'))
		.where('class_session_id', '=', sessionId)
		.where('status', 'in', ['present', 'late'])
		.executeTakeFirstOrThrow();
	return n;
}

export async function setSheetFile(db: Db, actor: Actor, sessionId: number, fileId: number): Promise<void> {
	const row = await db.updateTable('class_session').set({ sheet_file_id: fileId, updated_at: new Date() }).where('id', '=', sessionId).returning('id').executeTakeFirst();
	if (!row) throw new NotFound();
	await recordAudit(db, { actorId: actor.id, action: 'class_session.sheet_upload', subjectType: 'class_session', subjectId: sessionId, after: { fileId } });
}

/** Largest scan of a signed sheet accepted. */
export const SHEET_MAX_BYTES = 10 * 1024 * 1024;

/** Her session in progress or the next one (a home page's first card): not cancelled, not ended more than half an hour ago. */
export async function nextLearnerSession(db: Db, userId: number, now = new Date()): Promise<SessionView | null> {
	const row = await sessionQuery(db)
		.innerJoin('cohort_member as cm', (j) => j.onRef('cm.cohort_id', '=', 's.cohort_id').on('cm.user_id', '=', userId))
		.innerJoin('enrolment as e', (j) => j.onRef('e.module_id', '=', 's.module_id').on('e.user_id', '=', userId).on('e.status', '=', 'active'))
		.where('m.status', '=', 'published')
		.where('s.cancelled_at', 'is', null)
		.where('s.ends_at', '>=', new Date(now.getTime() - 30 * 60_000))
		.orderBy('s.starts_at')
		.orderBy('s.id')
		.limit(1)
		.executeTakeFirst();
	return (row as SessionView | undefined) ?? null;
}

/** Sessions from a moment on (today's and the next ones), soonest first, not cancelled; a trainer's own, or all. */
export async function sessionsFrom(db: Db, from: Date, limit: number, trainerId?: number): Promise<SessionView[]> {
	let q = sessionQuery(db).where('s.ends_at', '>=', from).where('s.cancelled_at', 'is', null);
	if (trainerId !== undefined) q = q.where('s.trainer_id', '=', trainerId);
	return (await q.orderBy('s.starts_at').orderBy('s.id').limit(limit).execute()) as SessionView[];
}
