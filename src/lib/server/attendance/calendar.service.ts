// Times are written in UTC: every calendar app shows them in the phone's own zone.
import ical, { ICalEventStatus } from 'ical-generator';
import type { Db } from '../db/index';
import type { Locale } from '../db/schema';
import { generateToken, hashToken } from '../auth/tokens';
import { recordAudit } from '../audit/audit.repository';
import { learnerSessions, staffSessions, type SessionView } from './sessions.service';

/** A new private feed token for this person (replacing any earlier one); shown once, only its hash kept. */
export async function createFeedToken(db: Db, userId: number): Promise<string> {
	const token = generateToken();
	await db
		.insertInto('calendar_feed')
		.values({ user_id: userId, token_hash: hashToken(token) })
		.onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: hashToken(token) }))
		.execute();
	await recordAudit(db, { actorId: userId, action: 'calendar_feed.create', subjectType: 'app_user', subjectId: userId });
	return token;
}

export async function revokeFeedToken(db: Db, userId: number): Promise<void> {
	await db.deleteFrom('calendar_feed').where('user_id', '=', userId).execute();
	await recordAudit(db, { actorId: userId, action: 'calendar_feed.revoke', subjectType: 'app_user', subjectId: userId });
}

export async function feedCreatedAt(db: Db, userId: number): Promise<Date | null> {
	const row = await db.selectFrom('calendar_feed').select('created_at').where('user_id', '=', userId).executeTakeFirst();
	return row?.created_at ?? null;
}

/** The person a feed token belongs to, if it is still valid and the account is enabled. */
export async function feedOwner(db: Db, token: string) {
	if (!/^[a-z2-7]{20,64}$/.test(token)) return null;
	return db
		.selectFrom('calendar_feed as f')
		.innerJoin('app_user as u', 'u.id', 'f.user_id')
		.select(['u.id', 'u.role', 'u.locale'])
		.where('f.token_hash', '=', hashToken(token))
		.where('u.disabled_at', 'is', null)
		.executeTakeFirst();
}

export interface FeedTexts {
	calendarName: string;
	cancelled: string;
	moduleTitle: (s: SessionView) => string;
}

/** The iCalendar text of a person's sessions (cancelled ones stay, marked cancelled, so phones remove them). */
export async function feedFor(db: Db, user: { id: number; role: string; locale: Locale }, texts: FeedTexts, origin: string, extra: { id: string; start: Date; end: Date; summary: string; location?: string; url: string }[] = []): Promise<string> {
	const sessions = user.role === 'learner' ? await learnerSessions(db, user.id) : await staffSessions(db, user);
	const cal = ical({ name: texts.calendarName, prodId: { company: 'Amssawas', product: 'LMS', language: user.locale.toUpperCase() } });
	for (const s of sessions) {
		cal.createEvent({
			id: `class-session-${s.id}@amssawas`,
			start: s.startsAt,
			end: s.endsAt,
			summary: `${s.cancelledAt ? `${texts.cancelled}: ` : ''}${s.title} · ${texts.moduleTitle(s)}`,
			description: [s.cancelReason ? `${texts.cancelled}: ${s.cancelReason}` : '', s.meetingUrl ?? ''].filter(Boolean).join('\n') || undefined,
			location: s.place ?? s.meetingUrl ?? undefined,
			url: user.role === 'learner' ? `${origin}/learn/agenda` : `${origin}/trainer/sessions/${s.id}`,
			status: s.cancelledAt ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED
		});
	}
	for (const e of extra) cal.createEvent(e);
	return cal.toString();
}
