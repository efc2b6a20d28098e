import type { Db } from '../db/index';
import type { Locale } from '../db/schema';
import { pick, type Localized } from '../../localized';
import { formatDate, formatDateTime } from '../../i18n/format';
import { render } from './messages';
import type { NotifyConfig } from './config';
import { queueReminders, type ReminderEvent } from './delivery.service';
import { recipients } from './notification.repository';
import { whatsappLink } from './rules';

const HOUR = 3600_000;
const iso = (d: Date | string) => new Date(d).toISOString();

interface SessionFacts {
	id: number;
	titles: Localized;
	title: string;
	starts_at: Date;
	mode: 'in_person' | 'remote' | 'hybrid';
	place: string | null;
	places: Localized;
	meeting_url: string | null;
	cancel_reason: string | null;
	module_slug: string;
}

/** Where to go: the place, the link, or both, by the session's mode. */
function where(s: { mode: string; place: string | null; places?: Localized; meeting_url: string | null }, locale: Locale): string {
	const place = pick(s.places ?? {}, locale).text || s.place || '';
	const link = s.meeting_url ?? '';
	if (s.mode === 'remote' || (s.mode === 'video' && link)) return link ? render('notify_where_link', { link }, locale) : '';
	if (s.mode === 'hybrid' && place && link) return render('notify_where_both', { place, link }, locale);
	return place ? render('notify_where_place', { place }, locale) : link ? render('notify_where_link', { link }, locale) : '';
}

const sessionTitle = (s: SessionFacts, locale: Locale) => pick(s.titles, locale).text || s.title;

/** The learners a session is for: her cohort's members actively enrolled in its module. */
async function sessionLearners(db: Db, sessionIds: number[]): Promise<Map<number, number[]>> {
	const out = new Map<number, number[]>();
	if (!sessionIds.length) return out;
	const rows = await db
		.selectFrom('class_session as s')
		.innerJoin('cohort_member as cm', 'cm.cohort_id', 's.cohort_id')
		.innerJoin('enrolment as e', (j) => j.onRef('e.module_id', '=', 's.module_id').onRef('e.user_id', '=', 'cm.user_id').on('e.status', '=', 'active'))
		.innerJoin('app_user as u', 'u.id', 'cm.user_id')
		.select(['s.id as sessionId', 'u.id as userId'])
		.where('s.id', 'in', sessionIds)
		.where('u.role', '=', 'learner')
		.execute();
	for (const r of rows) out.set(r.sessionId, [...(out.get(r.sessionId) ?? []), r.userId]);
	return out;
}

function sessionsQuery(db: Db) {
	return db
		.selectFrom('class_session as s')
		.innerJoin('module as m', 'm.id', 's.module_id')
		.select(['s.id', 's.titles', 's.title', 's.starts_at', 's.mode', 's.place', 's.places', 's.meeting_url', 's.cancel_reason', 'm.slug as module_slug']);
}

async function sessionEvents(db: Db, from: Date, to: Date, kind: 'session_tomorrow' | 'session_soon'): Promise<ReminderEvent[]> {
	const sessions = (await sessionsQuery(db).where('s.cancelled_at', 'is', null).where('s.starts_at', '>', from).where('s.starts_at', '<=', to).execute()) as SessionFacts[];
	const learners = await sessionLearners(db, sessions.map((s) => s.id));
	return sessions.map((s) => ({
		kind,
		// The start time is in the key: a session moved to another day is reminded again.
		key: `${kind}:${s.id}:${iso(s.starts_at)}`,
		userIds: learners.get(s.id) ?? [],
		build: (locale) => {
			const title = sessionTitle(s, locale);
			const w = where(s, locale);
			return kind === 'session_tomorrow'
				? { subject: render('notify_kind_session_tomorrow', {}, locale), body: render('notify_session_tomorrow', { title, when: formatDateTime(s.starts_at, locale), where: w }, locale).trim(), url: '/learn/agenda' }
				: { subject: render('notify_kind_session_soon', {}, locale), body: render('notify_session_soon', { title, time: formatDateTime(s.starts_at, locale), where: w }, locale).trim(), url: '/learn/agenda' };
		}
	}));
}

/** A class session was cancelled or moved: tell its learners (called by the attendance service). */
export async function sessionChanged(db: Db, config: NotifyConfig, sessionId: number, change: 'cancelled' | 'moved', now = new Date()): Promise<number> {
	const s = (await sessionsQuery(db).where('s.id', '=', sessionId).executeTakeFirst()) as SessionFacts | undefined;
	if (!s || new Date(s.starts_at).getTime() < now.getTime() - 2 * HOUR) return 0;
	const learners = await sessionLearners(db, [s.id]);
	const kind = change === 'cancelled' ? 'session_cancelled' : 'session_moved';
	return queueReminders(db, config, [
		{
			kind,
			key: change === 'cancelled' ? `${kind}:${s.id}:${iso(s.starts_at)}` : `${kind}:${s.id}:${iso(s.starts_at)}:${s.mode}:${s.place ?? ''}:${s.meeting_url ?? ''}`,
			userIds: learners.get(s.id) ?? [],
			build: (locale) => ({
				subject: render(`notify_kind_${kind}`, {}, locale),
				body:
					change === 'cancelled'
						? render('notify_session_cancelled', { title: sessionTitle(s, locale), when: formatDateTime(s.starts_at, locale), reason: s.cancel_reason ?? '' }, locale)
						: render('notify_session_moved', { title: sessionTitle(s, locale), when: formatDateTime(s.starts_at, locale), where: where(s, locale) }, locale).trim(),
				url: '/learn/agenda'
			})
		}
	], now);
}

async function quizEvents(db: Db, now: Date): Promise<ReminderEvent[]> {
	const rows = await db
		.selectFrom('quiz as q')
		.innerJoin('module as m', 'm.id', 'q.module_id')
		.innerJoin('enrolment as e', (j) => j.onRef('e.module_id', '=', 'q.module_id').on('e.status', '=', 'active'))
		.select(['q.id', 'q.title', 'q.closes_at', 'm.slug', 'e.user_id'])
		.where('q.status', '=', 'published')
		.where('q.closes_at', '>', now)
		.where('q.closes_at', '<=', new Date(now.getTime() + 48 * HOUR))
		.where(({ not, exists, selectFrom }) =>
			not(exists(selectFrom('quiz_attempt as a').select('a.id').whereRef('a.quiz_id', '=', 'q.id').whereRef('a.user_id', '=', 'e.user_id').where('a.status', '=', 'submitted')))
		)
		.execute();
	const byQuiz = new Map<number, { row: (typeof rows)[number]; users: number[] }>();
	for (const r of rows) {
		const g = byQuiz.get(r.id) ?? { row: r, users: [] };
		g.users.push(r.user_id);
		byQuiz.set(r.id, g);
	}
	return [...byQuiz.values()].map(({ row, users }) => ({
		kind: 'quiz_closing' as const,
		key: `quiz_closing:${row.id}:${iso(row.closes_at!)}`,
		userIds: users,
		build: (locale: Locale) => ({
			subject: render('notify_kind_quiz_closing', {}, locale),
			body: render('notify_quiz_closing', { title: pick(row.title as Localized, locale).text, when: formatDateTime(row.closes_at!, locale) }, locale),
			url: `/learn/${row.slug}/quiz/${row.id}`
		})
	}));
}

async function certificateEvents(db: Db, now: Date): Promise<ReminderEvent[]> {
	const rows = await db
		.selectFrom('certificate')
		.select(['id', 'serial', 'user_id', 'title'])
		.where('revoked_at', 'is', null)
		.where('issued_at', '>', new Date(now.getTime() - 72 * HOUR))
		.execute();
	return rows.map((c) => ({
		kind: 'certificate_issued' as const,
		key: `certificate_issued:${c.id}`,
		userIds: [c.user_id],
		build: (locale: Locale) => ({
			subject: render('notify_kind_certificate_issued', {}, locale),
			body: render('notify_certificate_issued', { title: pick(c.title, locale).text, serial: c.serial }, locale),
			url: '/certificates'
		})
	}));
}

async function coachingEvents(db: Db, now: Date): Promise<ReminderEvent[]> {
	const rows = await db
		.selectFrom('coaching_session')
		.select(['id', 'learner_id', 'starts_at', 'mode', 'place', 'meeting_url'])
		.where('status', '=', 'planned')
		.where('starts_at', '>', new Date(now.getTime() + 2 * HOUR))
		.where('starts_at', '<=', new Date(now.getTime() + 26 * HOUR))
		.execute();
	return rows.map((c) => ({
		kind: 'coaching_tomorrow' as const,
		key: `coaching_tomorrow:${c.id}:${iso(c.starts_at)}`,
		userIds: [c.learner_id],
		build: (locale: Locale) => ({
			subject: render('notify_kind_coaching_tomorrow', {}, locale),
			body: render('notify_coaching_tomorrow', { when: formatDateTime(c.starts_at, locale), where: where({ ...c, mode: c.mode === 'video' ? 'remote' : c.mode }, locale) }, locale).trim(),
			url: '/learn/agenda'
		})
	}));
}

async function interventionEvents(db: Db): Promise<ReminderEvent[]> {
	const rows = await db
		.selectFrom('intervention as i')
		.innerJoin('coach_assignment as ca', 'ca.learner_id', 'i.learner_id')
		.innerJoin('app_user as u', 'u.id', 'i.learner_id')
		.innerJoin('council_sitting as s', 's.id', 'i.sitting_id')
		.select(['i.id', 'i.updated_at', 'ca.coach_id', 'u.name_ar', 'u.name_latin', 's.sitting_date'])
		.where('i.status', '=', 'submitted')
		.execute();
	return rows.map((r) => ({
		kind: 'intervention_to_verify' as const,
		// Submitted again after a return: a new reminder.
		key: `intervention_to_verify:${r.id}:${iso(r.updated_at)}`,
		userIds: [r.coach_id],
		build: (locale: Locale) => ({
			subject: render('notify_kind_intervention_to_verify', {}, locale),
			body: render('notify_intervention_to_verify', { name: locale === 'ar' ? r.name_ar : r.name_latin, when: formatDate(r.sitting_date as unknown as string, locale) }, locale),
			url: `/trainer/council`
		})
	}));
}

/**
 * Looks at what is coming up and queues the reminders due now. Run every few minutes by any
 * number of processes: each reminder's dedupe key is taken once, so nothing is queued twice.
 */
export async function scanReminders(db: Db, config: NotifyConfig, now = new Date()): Promise<number> {
	const events = [
		...(await sessionEvents(db, new Date(now.getTime() + 2 * HOUR), new Date(now.getTime() + 26 * HOUR), 'session_tomorrow')),
		...(await sessionEvents(db, now, new Date(now.getTime() + 75 * 60_000), 'session_soon')),
		...(await quizEvents(db, now)),
		...(await certificateEvents(db, now)),
		...(await coachingEvents(db, now)),
		...(await interventionEvents(db))
	];
	return queueReminders(db, config, events, now);
}


export interface WhatsappLine {
	userId: number;
	nameAr: string;
	nameLatin: string;
	locale: Locale;
	phone: string | null;
	whatsappOn: boolean;
	text: string;
	link: string | null;
}

/** The trainer's "send reminders" list: each enrolled councillor with a wa.me link, the text in her language. */
export async function whatsappForSession(db: Db, config: NotifyConfig, sessionId: number): Promise<WhatsappLine[]> {
	const s = (await sessionsQuery(db).select('s.cancelled_at').where('s.id', '=', sessionId).executeTakeFirst()) as (SessionFacts & { cancelled_at: Date | null }) | undefined;
	if (!s) return [];
	const ids = (await sessionLearners(db, [s.id])).get(s.id) ?? [];
	const people = await recipients(db, ids);
	return people
		.sort((a, b) => a.nameLatin.localeCompare(b.nameLatin))
		.map((r) => {
			const title = sessionTitle(s, r.locale);
			const when = formatDateTime(s.starts_at, r.locale);
			const body = s.cancelled_at
				? render('notify_session_cancelled', { title, when, reason: s.cancel_reason ?? '' }, r.locale)
				: render('notify_session_tomorrow', { title, when, where: where(s, r.locale) }, r.locale).trim();
			const text = `${body}\n${config.origin}/learn/agenda`;
			return { userId: r.userId, nameAr: r.nameAr, nameLatin: r.nameLatin, locale: r.locale, phone: r.phone, whatsappOn: r.whatsappOn, text, link: r.phone && r.whatsappOn ? whatsappLink(r.phone, text) : null };
		});
}
