import type { Db } from '../db/index';
import { newSecret } from '../attendance/code';
import { fromLocal, localDay } from '../time';
import type { AttendanceHow, AttendanceStatus, SessionMode } from '../attendance/tables';
import { DEMO_COHORT } from './content';
import type { DemoContext } from './context';

/*
 * Demo class sessions with attendance (issue 5), dated from ctx.now.
 *
 * Each module has 8 weekly sessions in the past, 2 to come, 09:00–12:00 in Morocco:
 *   leadership              in person, Béni Mellal and Azilal (one upcoming session cancelled)
 *   negotiation             remote (one past session cancelled: not counted)
 *   gender-budgeting        hybrid, Azilal and a video call
 *   participatory-planning  in person in Azilal, remote, and one session happening NOW
 *                           (started an hour ago, ends in three hours: the check-in
 *                           screen, self check-in and the bench use it; only learners 1
 *                           and 2 are already marked there).
 *
 * Marks, against the modules' threshold (75 % unless a module says otherwise):
 *   - learners 1 (0600000001) and 2 are present at every session of every module:
 *     ABOVE the threshold everywhere (the certificate tests rely on them being eligible);
 *   - learner 3 attends only 3 of the 8 leadership sessions: BELOW in leadership only;
 *   - learners 9, 17, 26 and 33 miss 4 of 8 sessions in two modules each: below there;
 *   - everyone else misses at most one session (some are late or excused), which keeps
 *     them at or above 75 % even with the session in progress not yet marked.
 */
const WEEK = 7 * 24 * 3600_000;

interface Plan {
	slug: 'leadership' | 'negotiation' | 'gender-budgeting' | 'participatory-planning';
	titles: [string, string];
	place: (k: number) => { mode: SessionMode; place: string | null; meeting_url: string | null };
	trainer: 0 | 1;
}

const BENI_MELLAL = 'Béni Mellal — بني ملال · Centre de formation';
const AZILAL = 'Azilal — أزيلال · Salle de réunion de la commune';
/** The same places, one text per language (issue 13 §11: a page in Arabic shows them in Arabic). */
const PLACES: Record<string, { ar: string; fr: string }> = {
	[BENI_MELLAL]: { ar: 'بني ملال · مركز التكوين', fr: 'Béni Mellal · Centre de formation' },
	[AZILAL]: { ar: 'أزيلال · قاعة اجتماعات الجماعة', fr: 'Azilal · Salle de réunion de la commune' }
};
const places = (place: string | null) => JSON.stringify(place ? PLACES[place] : {});
/** "القيادة · الحصة 3" / "Leadership · séance 3" (Tamazight left out on purpose: the page says so). */
const titles = (plan: Plan, label: { ar: string; fr: string }) => JSON.stringify({ ar: `${plan.titles[1]} · ${label.ar}`, fr: `${plan.titles[0]} · ${label.fr}` });
const nth = (n: number) => ({ ar: `الحصة ${n}`, fr: `séance ${n}` });
const jitsi = (room: string) => `https://meet.jit.si/amssawas-${room}`;

const PLANS: Plan[] = [
	{ slug: 'leadership', titles: ['Leadership', 'القيادة'], trainer: 0, place: (k) => ({ mode: 'in_person', place: k % 2 ? AZILAL : BENI_MELLAL, meeting_url: null }) },
	{ slug: 'negotiation', titles: ['Négociation', 'التفاوض'], trainer: 1, place: () => ({ mode: 'remote', place: null, meeting_url: jitsi('negociation') }) },
	{ slug: 'gender-budgeting', titles: ['Budget sensible au genre', 'الميزانية المستجيبة للنوع'], trainer: 0, place: () => ({ mode: 'hybrid', place: AZILAL, meeting_url: jitsi('budget') }) },
	{
		slug: 'participatory-planning',
		titles: ['Planification participative', 'التخطيط التشاركي'],
		trainer: 1,
		place: (k) => (k % 3 === 2 ? { mode: 'remote', place: null, meeting_url: jitsi('planification') } : { mode: 'in_person', place: AZILAL, meeting_url: null })
	}
];

const STRUGGLING = [9, 17, 26, 33];

/** The mark of demo learner n (1-based) at past session k (0..7) of module mi. */
export function demoMark(n: number, mi: number, k: number): AttendanceStatus {
	if (n <= 2) return 'present';
	if (n === 3) return mi === 0 && k >= 3 ? 'absent' : 'present';
	if (STRUGGLING.includes(n) && (n + mi) % 2 === 0) return [1, 3, 5, 6].includes(k) ? 'absent' : 'present';
	if (n % 3 === 0 && k === (n + mi) % 8) return 'absent';
	if (n % 4 === 1 && k === (n * 3 + mi) % 8) return 'excused';
	if (n % 2 === 0 && k === (n * 5 + mi + 2) % 8) return 'late';
	return 'present';
}

export async function seedSessions(db: Db, ctx: DemoContext): Promise<void> {
	const cohort = await db.selectFrom('cohort').select('id').where('name', '=', DEMO_COHORT.name).executeTakeFirst();
	if (!cohort) return;
	const now = ctx.now;
	const at = (day: Date, time: string) => fromLocal(localDay(day), time)!;
	for (const [mi, plan] of PLANS.entries()) {
		const mod = await db.selectFrom('module').select('id').where('slug', '=', plan.slug).executeTakeFirst();
		if (!mod) continue;
		const trainerId = ctx.trainerIds[plan.trainer];
		const base = { module_id: mod.id, cohort_id: cohort.id, trainer_id: trainerId, created_by: trainerId, late_after_minutes: 15 };
		// Staggered by module so two modules never meet on the same day.
		const past = Array.from({ length: 8 }, (_, k) => {
			const day = new Date(now.getTime() - (8 - k) * WEEK - mi * 24 * 3600_000);
			const where = plan.place(k);
			return { ...base, ...where, places: places(where.place), titles: titles(plan, nth(k + 1)), title: `${plan.titles[0]} · ${plan.titles[1]} ${k + 1}`, starts_at: at(day, '09:00'), ends_at: at(day, '12:00'), check_in_secret: newSecret() };
		});
		const upcoming = [1, 2].map((w, j) => {
			const day = new Date(now.getTime() + w * WEEK + mi * 24 * 3600_000);
			const where = plan.place(8 + j);
			return { ...base, ...where, places: places(where.place), titles: titles(plan, nth(9 + j)), title: `${plan.titles[0]} · ${plan.titles[1]} ${9 + j}`, starts_at: at(day, '09:00'), ends_at: at(day, '12:00'), check_in_secret: newSecret() };
		});
		const pastIds = (await db.insertInto('class_session').values(past).returning('id').execute()).map((r) => r.id);
		const upcomingIds = (await db.insertInto('class_session').values(upcoming).returning('id').execute()).map((r) => r.id);
		if (plan.slug === 'leadership') {
			await db.updateTable('class_session').set({ cancelled_at: now, cancel_reason: 'Salle indisponible — القاعة غير متاحة' }).where('id', '=', upcomingIds[1]).execute();
		}
		// A cancelled past session: not counted in anyone's rate, no marks.
		if (plan.slug === 'negotiation') {
			const day = new Date(now.getTime() - 4.5 * WEEK);
			await db
				.insertInto('class_session')
				.values({ ...base, ...plan.place(0), places: places(plan.place(0).place), titles: titles(plan, { ar: 'مؤجلة', fr: 'reportée' }), title: `${plan.titles[0]} · ${plan.titles[1]} (reportée)`, starts_at: at(day, '15:00'), ends_at: at(day, '17:00'), check_in_secret: newSecret(), cancelled_at: new Date(day.getTime() - WEEK), cancel_reason: 'Coupure d’électricité — انقطاع الكهرباء' })
				.execute();
		}
		const marks = pastIds.flatMap((sessionId, k) =>
			ctx.learnerIds.map((userId, i) => {
				const status = demoMark(i + 1, mi, k);
				const mode = past[k].mode;
				const how: AttendanceHow | null = status === 'present' || status === 'late' ? (mode === 'remote' ? 'remote' : mode === 'hybrid' ? ((i + k) % 3 === 0 ? 'remote' : 'in_person') : 'in_person') : null;
				return { class_session_id: sessionId, user_id: userId, status, how, remark: null, source: 'roll_call' as const, marked_by: trainerId, marked_at: past[k].ends_at };
			})
		);
		if (marks.length) {
			await db.insertInto('attendance').values(marks).execute();
			await db
				.insertInto('attendance_change')
				.values(marks.map((m) => ({ class_session_id: m.class_session_id, user_id: m.user_id, old_status: null, new_status: m.status, old_how: null, new_how: m.how, remark: null, source: m.source, changed_by: m.marked_by, changed_at: m.marked_at })))
				.execute();
		}
		if (plan.slug === 'participatory-planning') {
			const live = await db
				.insertInto('class_session')
				.values({
					...base,
					mode: 'in_person',
					place: BENI_MELLAL,
					places: places(BENI_MELLAL),
					titles: titles(plan, { ar: 'ورشة', fr: 'atelier' }),
					meeting_url: null,
					title: `${plan.titles[0]} · ${plan.titles[1]} — atelier`,
					starts_at: new Date(now.getTime() - 3600_000),
					ends_at: new Date(now.getTime() + 3 * 3600_000),
					check_in_secret: newSecret()
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			const first = ctx.learnerIds.slice(0, 2).map((user_id) => ({ class_session_id: live.id, user_id, status: 'present' as const, how: 'in_person' as const, source: 'roll_call' as const, marked_by: trainerId, marked_at: now }));
			await db.insertInto('attendance').values(first).execute();
			await db.insertInto('attendance_change').values(first.map((m) => ({ class_session_id: m.class_session_id, user_id: m.user_id, new_status: m.status, new_how: m.how, source: m.source, changed_by: m.marked_by, changed_at: m.marked_at }))).execute();
		}
	}
}
