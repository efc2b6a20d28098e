import * as v from 'valibot';
import { sql } from 'kysely';
import type { Db } from '../db/index';
import type { Localized } from '../db/schema';
import { Invalid, NotFound } from '../errors';
import { recordAudit } from '../audit/audit.repository';
import { validate, text } from '../validation';
import { newSecret } from './code';
import { fromLocal, toLocalParts } from '../time';
import type { ClassSessionRow, SessionMode } from './tables';

export interface Actor {
	id: number;
}

export const MODES: SessionMode[] = ['in_person', 'remote', 'hybrid'];

const SessionInput = v.object({
	moduleId: v.pipe(v.string(), v.regex(/^\d+$/, 'error_required'), v.transform(Number)),
	cohortId: v.pipe(v.string(), v.regex(/^\d+$/, 'error_required'), v.transform(Number)),
	title: text(200),
	date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'att_date_invalid')),
	startTime: v.pipe(v.string(), v.regex(/^\d{1,2}:\d{2}$/, 'att_time_invalid')),
	endTime: v.pipe(v.string(), v.regex(/^\d{1,2}:\d{2}$/, 'att_time_invalid')),
	mode: v.picklist(MODES, 'error_required'),
	place: text(300, false),
	meetingUrl: text(500, false),
	lateAfterMinutes: v.pipe(v.optional(v.string(), ''), v.transform((s) => (s.trim() === '' ? 15 : Number(s))), v.number('att_late_invalid'), v.integer('att_late_invalid'), v.minValue(0, 'att_late_invalid'), v.maxValue(600, 'att_late_invalid'))
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

/** Validated columns of a session from the form: local Morocco times become instants. */
async function sessionValues(db: Db, input: SessionInput) {
	const s = validate(SessionInput, input);
	const fields: Record<string, string> = {};
	const startsAt = fromLocal(s.date, s.startTime);
	const endsAt = fromLocal(s.date, s.endTime);
	if (!startsAt) fields.startTime = 'att_time_invalid';
	if (!endsAt) fields.endTime = 'att_time_invalid';
	if (startsAt && endsAt && endsAt <= startsAt) fields.endTime = 'att_end_before_start';
	if (s.mode !== 'remote' && !s.place) fields.place = 'att_place_required';
	if (s.mode !== 'in_person' && !s.meetingUrl) fields.meetingUrl = 'att_link_required';
	if (s.meetingUrl && !checkUrl(s.meetingUrl)) fields.meetingUrl = 'att_link_invalid';
	if (!(await db.selectFrom('module').select('id').where('id', '=', s.moduleId).executeTakeFirst())) fields.moduleId = 'error_required';
	if (!(await db.selectFrom('cohort').select('id').where('id', '=', s.cohortId).executeTakeFirst())) fields.cohortId = 'error_required';
	if (Object.keys(fields).length) throw new Invalid('error_invalid_form', fields);
	return {
		module_id: s.moduleId,
		cohort_id: s.cohortId,
		title: s.title,
		starts_at: startsAt!,
		ends_at: endsAt!,
		mode: s.mode,
		place: s.mode === 'remote' ? null : s.place,
		meeting_url: s.mode === 'in_person' ? null : s.meetingUrl,
		late_after_minutes: s.lateAfterMinutes
	};
}

export async function createSession(db: Db, actor: Actor, input: SessionInput): Promise<number> {
	const values = await sessionValues(db, input);
	return db.transaction().execute(async (trx) => {
		const { id } = await trx
			.insertInto('class_session')
			.values({ ...values, trainer_id: actor.id, created_by: actor.id, check_in_secret: newSecret() })
			.returning('id')
			.executeTakeFirstOrThrow();
		await recordAudit(trx, { actorId: actor.id, action: 'class_session.create', subjectType: 'class_session', subjectId: id, after: values });
		return id;
	});
}

export async function updateSession(db: Db, actor: Actor, id: number, input: SessionInput): Promise<void> {
	const values = await sessionValues(db, input);
	await db.transaction().execute(async (trx) => {
		const before = await trx.selectFrom('class_session').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
		if (!before) throw new NotFound();
		await trx.updateTable('class_session').set({ ...values, updated_at: new Date() }).where('id', '=', id).execute();
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
	startsAt: Date;
	endsAt: Date;
	mode: SessionMode;
	place: string | null;
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
			's.starts_at as startsAt',
			's.ends_at as endsAt',
			's.mode',
			's.place',
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

/** Form values of an existing session, in Morocco local time. */
export function sessionFormValues(s: SessionView): Record<string, string> {
	const start = toLocalParts(s.startsAt);
	const end = toLocalParts(s.endsAt);
	return {
		moduleId: String(s.moduleId),
		cohortId: String(s.cohortId),
		title: s.title,
		date: start.date,
		startTime: start.time,
		endTime: end.time,
		mode: s.mode,
		place: s.place ?? '',
		meetingUrl: s.meetingUrl ?? '',
		lateAfterMinutes: String(s.lateAfterMinutes)
	};
}

export async function setSheetFile(db: Db, actor: Actor, sessionId: number, fileId: number): Promise<void> {
	const row = await db.updateTable('class_session').set({ sheet_file_id: fileId, updated_at: new Date() }).where('id', '=', sessionId).returning('id').executeTakeFirst();
	if (!row) throw new NotFound();
	await recordAudit(db, { actorId: actor.id, action: 'class_session.sheet_upload', subjectType: 'class_session', subjectId: sessionId, after: { fileId } });
}

/** Largest scan of a signed sheet accepted. */
export const SHEET_MAX_BYTES = 10 * 1024 * 1024;
