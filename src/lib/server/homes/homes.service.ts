// What each home page needs, gathered in one round of queries run in parallel.
import type { Db } from '../db/index';
import { learnerModules } from '../content/learning.service';
import { nextLearnerSession, sessionsFrom } from '../attendance/sessions.service';
import { fromLocal, localDay } from '../time';
import { belowAttendance, certificatesOf, lessonsNotStarted, nextQuizFor, programmeGlance, quizzesClosingSoon, quizzesNotTaken } from './homes.repository';

export { HOME_LIST } from './homes.repository';

export async function learnerHome(db: Db, userId: number, now = new Date()) {
	const [modules, session, quiz, certificates] = await Promise.all([learnerModules(db, userId), nextLearnerSession(db, userId, now), nextQuizFor(db, userId, now), certificatesOf(db, userId)]);
	const done = modules.reduce((s, m) => s + m.done, 0);
	const total = modules.reduce((s, m) => s + m.total, 0);
	// The next lesson: in the module she opened last, else the first module not finished.
	const open = modules.filter((m) => m.nextLessonId);
	const resume = [...open].sort((a, b) => (b.lastViewedAt?.getTime() ?? 0) - (a.lastViewedAt?.getTime() ?? 0))[0] ?? null;
	return { modules, session, quiz, certificates, progress: { done, total }, nextLesson: resume && { slug: resume.slug, lessonId: resume.nextLessonId!, title: resume.title, started: resume.done > 0 } };
}

/** Start of today in Morocco. */
function startOfToday(now: Date): Date {
	return fromLocal(localDay(now), '00:00') ?? now;
}

/** A trainer's home: her sessions today and next, who falls behind and quizzes closing soon in her modules (an admin's: everyone's). */
export async function trainerHome(db: Db, user: { id: number; role: string }, now = new Date()) {
	const mine = user.role === 'admin' ? undefined : user.id;
	const [sessions, attendance, lessons, quizzes, closing] = await Promise.all([
		sessionsFrom(db, startOfToday(now), 6, mine),
		belowAttendance(db, now, mine),
		lessonsNotStarted(db, now, mine),
		quizzesNotTaken(db, now, mine),
		quizzesClosingSoon(db, now, mine)
	]);
	const today = localDay(now);
	// Today: it runs at some time today, also one that began before midnight and is still going.
	const runsToday = (s: { startsAt: Date; endsAt: Date }) => localDay(s.startsAt) <= today && localDay(s.endsAt) >= today;
	return { sessions: sessions.map((s) => ({ session: s, today: runsToday(s) })), behind: { attendance, lessons, quizzes }, closing };
}

export async function adminHome(db: Db, now = new Date()) {
	return programmeGlance(db, now);
}
