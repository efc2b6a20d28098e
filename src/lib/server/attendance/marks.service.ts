import type { Db } from '../db/index';
import { Forbidden, Invalid, NotFound, RateLimited } from '../errors';
import { recordAudit } from '../audit/audit.repository';
import { releaseAttempt, reserveAttempt, type Limit } from '../auth/rate-limit';
import { checkCode, normaliseCode } from './code';
import { checkInOpen, checkInStatus, isUpgrade, STATUSES } from './rules';
import { isOnRoster } from './sessions.service';
import { localDay } from '../time';
import type { AttendanceHow, AttendanceStatus, MarkSource } from './tables';

/** Wrong check-in codes: 10 per learner in 10 minutes, then wait. */
export const CHECK_IN_GUESSES: Limit = { bucket: 'attendance:check-in', max: 10, windowMs: 10 * 60 * 1000 };

export interface MarkInput {
	userId: number;
	status: AttendanceStatus;
	how?: AttendanceHow | null;
	remark?: string | null;
}

interface Change {
	userId: number;
	old: { status: AttendanceStatus; how: AttendanceHow | null; remark: string | null } | null;
	status: AttendanceStatus;
	how: AttendanceHow | null;
	remark: string | null;
}

/**
 * Writes one mark and its history line, in the caller's transaction. The row is
 * locked (or created) first, so two trainers marking the same learner at once
 * are serialised: the last write wins and the history holds both, each with the
 * value it replaced. `onlyUpgrade` (self check-in) leaves a higher mark alone.
 */
async function writeMark(
	trx: Db,
	sessionId: number,
	m: { userId: number; status: AttendanceStatus; how: AttendanceHow | null; remark: string | null },
	source: MarkSource,
	actorId: number,
	now: Date,
	onlyUpgrade = false
): Promise<Change | null> {
	const lock = () =>
		trx.selectFrom('attendance').select(['status', 'how', 'remark']).where('class_session_id', '=', sessionId).where('user_id', '=', m.userId).forUpdate().executeTakeFirst();
	let old = await lock();
	if (!old) {
		const inserted = await trx
			.insertInto('attendance')
			.values({ class_session_id: sessionId, user_id: m.userId, status: m.status, how: m.how, remark: m.remark, source, marked_by: actorId, marked_at: now })
			.onConflict((oc) => oc.columns(['class_session_id', 'user_id']).doNothing())
			.returning('id')
			.executeTakeFirst();
		if (inserted) {
			await history(trx, sessionId, { userId: m.userId, old: null, status: m.status, how: m.how, remark: m.remark }, source, actorId, now);
			return { userId: m.userId, old: null, status: m.status, how: m.how, remark: m.remark };
		}
		// Someone else created it meanwhile: wait for their transaction and read what they wrote.
		old = await lock();
		if (!old) throw new Error('attendance row vanished');
	}
	if (onlyUpgrade && !isUpgrade(old.status, m.status)) return null;
	if (old.status === m.status && old.how === m.how && old.remark === m.remark) return null;
	await trx
		.updateTable('attendance')
		.set({ status: m.status, how: m.how, remark: m.remark, source, marked_by: actorId, marked_at: now })
		.where('class_session_id', '=', sessionId)
		.where('user_id', '=', m.userId)
		.execute();
	const change = { userId: m.userId, old, status: m.status, how: m.how, remark: m.remark };
	await history(trx, sessionId, change, source, actorId, now);
	return change;
}

async function history(trx: Db, sessionId: number, c: Change, source: MarkSource, actorId: number, now: Date) {
	await trx
		.insertInto('attendance_change')
		.values({
			class_session_id: sessionId,
			user_id: c.userId,
			old_status: c.old?.status ?? null,
			new_status: c.status,
			old_how: c.old?.how ?? null,
			new_how: c.how,
			remark: c.remark,
			source,
			changed_by: actorId,
			changed_at: now
		})
		.execute();
}

function cleanRemark(raw: string | null | undefined): string | null {
	const r = (raw ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
	if (r.length > 300) throw new Invalid('error_invalid_form', { remark: 'error_too_long' });
	return r || null;
}

/**
 * The roll call: sets marks for learners of the session. Marks for people not
 * on the session's roster are refused. A change made after the session's day
 * (Morocco time; the day it ends, for one that runs past midnight) is also an audit event.
 */
export async function setMarks(db: Db, actor: { id: number }, sessionId: number, marks: MarkInput[], now = new Date()): Promise<number> {
	const session = await db.selectFrom('class_session').select(['id', 'mode', 'ends_at', 'cancelled_at']).where('id', '=', sessionId).executeTakeFirst();
	if (!session) throw new NotFound();
	if (session.cancelled_at) throw new Invalid('att_session_cancelled');
	const clean = marks.map((m) => {
		if (!STATUSES.includes(m.status)) throw new Invalid('error_invalid_form');
		const how = session.mode === 'hybrid' ? (m.how === 'in_person' || m.how === 'remote' ? m.how : null) : session.mode === 'remote' ? 'remote' : 'in_person';
		return { userId: m.userId, status: m.status, how: m.status === 'present' || m.status === 'late' ? how : null, remark: cleanRemark(m.remark) };
	});
	for (const m of clean) if (!(await isOnRoster(db, sessionId, m.userId))) throw new Forbidden('att_not_on_roster');
	const late = localDay(now) > localDay(session.ends_at);
	return db.transaction().execute(async (trx) => {
		let changed = 0;
		for (const m of clean) {
			const c = await writeMark(trx, sessionId, m, 'roll_call', actor.id, now);
			if (!c) continue;
			changed++;
			if (late) {
				await recordAudit(trx, {
					actorId: actor.id,
					action: 'attendance.change_after_day',
					subjectType: 'class_session',
					subjectId: sessionId,
					before: { userId: m.userId, status: c.old?.status ?? null, how: c.old?.how ?? null },
					after: { userId: m.userId, status: c.status, how: c.how, remark: c.remark }
				});
			}
		}
		return changed;
	});
}

/** "Mark all present": everyone on the roster without a mark yet (existing marks are kept). */
export async function markAllPresent(db: Db, actor: { id: number }, sessionId: number, userIds: { userId: number; marked: boolean }[], now = new Date()) {
	return setMarks(db, actor, sessionId, userIds.filter((u) => !u.marked).map((u) => ({ userId: u.userId, status: 'present' as const })), now);
}

export type CheckInResult = { sessionId: number; title: string; status: AttendanceStatus; changed: boolean };

/**
 * Self check-in with the code shown by the trainer. `sessionId` comes from the
 * QR code's link (absent when the code is typed). Wrong, expired and foreign
 * codes count as guesses, limited per learner.
 */
export async function checkIn(
	db: Db,
	learner: { id: number },
	input: { code: string; sessionId?: number | null; how?: AttendanceHow | null },
	now = new Date()
): Promise<CheckInResult> {
	const key = String(learner.id);
	const code = normaliseCode(input.code);
	if (!/^[A-Z0-9]{6}$/.test(code)) throw new Invalid('att_checkin_wrong', { code: 'att_checkin_wrong' });
	// Counted before the code is compared: a concurrent burst gets at most `max` comparisons.
	const wait = await reserveAttempt(db, CHECK_IN_GUESSES, key, now);
	if (wait > 0) throw new RateLimited(wait);
	const guessFailed = (errorKey: string) => new Invalid(errorKey, { code: errorKey });

	// The sessions whose check-in is open now (few at any moment), and the one the link named.
	const since = new Date(now.getTime() - 24 * 3600_000);
	const until = new Date(now.getTime() + 24 * 3600_000);
	const sessions = await db
		.selectFrom('class_session')
		.select(['id', 'title', 'module_id', 'cohort_id', 'mode', 'starts_at', 'ends_at', 'cancelled_at', 'late_after_minutes', 'check_in_secret'])
		.where((eb) => eb.or([eb.and([eb('starts_at', '<=', until), eb('ends_at', '>=', since)]), ...(input.sessionId ? [eb('id', '=', input.sessionId)] : [])]))
		.execute();
	const named = input.sessionId ? sessions.find((s) => s.id === input.sessionId) : undefined;
	if (input.sessionId && !named) throw guessFailed('att_checkin_wrong');
	if (named && !checkInOpen(named, now)) throw guessFailed('att_checkin_closed');
	const open = sessions.filter((s) => checkInOpen(s, now));
	const match = open.find((s) => checkCode(s.check_in_secret, s.id, code, now) === 'valid');
	if (!match) {
		const candidates = named ? [named] : open;
		const expired = candidates.some((s) => checkCode(s.check_in_secret, s.id, code, now) === 'expired');
		throw guessFailed(expired ? 'att_checkin_expired' : 'att_checkin_wrong');
	}
	if (named && match.id !== named.id) throw guessFailed('att_checkin_other_session');
	// A right code is not a guess: give its count back.
	await releaseAttempt(db, CHECK_IN_GUESSES, key);
	if (!(await isOnRoster(db, match.id, learner.id))) throw new Forbidden('att_checkin_not_enrolled');

	const status = checkInStatus(match, now);
	const how: AttendanceHow = match.mode === 'hybrid' ? (input.how === 'remote' ? 'remote' : 'in_person') : match.mode === 'remote' ? 'remote' : 'in_person';
	const current = () => db.selectFrom('attendance').select('status').where('class_session_id', '=', match.id).where('user_id', '=', learner.id).executeTakeFirst();
	// Already marked as high (scanning twice, or the trainer was quicker): nothing to write.
	const before = await current();
	if (before && !isUpgrade(before.status, status)) return { sessionId: match.id, title: match.title, status: before.status, changed: false };
	const change = await db.transaction().execute((trx) => writeMark(trx, match.id, { userId: learner.id, status, how, remark: null }, 'self_check_in', learner.id, now, true));
	if (change) return { sessionId: match.id, title: match.title, status, changed: true };
	return { sessionId: match.id, title: match.title, status: (await current())?.status ?? status, changed: false };
}

/** The history of one session, newest first (staff). */
export async function sessionHistory(db: Db, sessionId: number, limit = 200) {
	return db
		.selectFrom('attendance_change as h')
		.innerJoin('app_user as u', 'u.id', 'h.user_id')
		.leftJoin('app_user as by', 'by.id', 'h.changed_by')
		.select(['h.id', 'h.old_status as oldStatus', 'h.new_status as newStatus', 'h.source', 'h.changed_at as changedAt', 'u.name_ar as nameAr', 'u.name_latin as nameLatin', 'by.name_ar as byNameAr', 'by.name_latin as byNameLatin'])
		.where('h.class_session_id', '=', sessionId)
		.orderBy('h.id', 'desc')
		.limit(limit)
		.execute();
}
