import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { seedDemo } from '../../src/lib/server/demo/seed';
import { DEMO_ADMIN, DEMO_TRAINERS, demoLearner } from '../../src/lib/server/demo/people';
import { attendanceRates } from '../../src/lib/server/attendance/rates.repository';
import { belowThreshold } from '../../src/lib/server/attendance/rules';
import { adminHome, learnerHome, trainerHome } from '../../src/lib/server/homes/homes.service';
import { HOME_LIST } from '../../src/lib/server/homes/homes.repository';
import { freshDb } from './db';

let h: DbHandle;
const idOf = async (login: string) => (await h.db.selectFrom('app_user').select('id').where('login', '=', login).executeTakeFirstOrThrow()).id;

beforeAll(async () => {
	h = await freshDb();
	await seedDemo(h.db);
});
afterAll(() => h.close());

describe('home pages', () => {
	it("a learner's home: the session in progress first, her progress over all modules, the next lesson and quiz", async () => {
		const me = await idOf(demoLearner(5).login);
		const home = await learnerHome(h.db, me);
		// The demo's workshop started an hour ago: it is the one she checks in to.
		expect(home.session?.titles).toMatchObject({ fr: 'Planification participative · atelier' });
		expect(home.session!.startsAt.getTime()).toBeLessThan(Date.now());
		expect(home.progress.total).toBe(home.modules.reduce((s, m) => s + m.total, 0));
		expect(home.progress.total).toBeGreaterThan(0);
		expect(home.nextLesson).not.toBeNull();
		expect(home.quiz).not.toBeNull();
		// Once she has submitted that quiz, the home offers another one.
		const first = home.quiz!.id;
		await h.db
			.insertInto('quiz_attempt')
			.values({ quiz_id: first, user_id: me, attempt_no: 1, status: 'submitted', questions: '[]', submitted_at: new Date(), score: 1, max_score: 1, score_pct: 100 })
			.execute();
		expect((await learnerHome(h.db, me)).quiz?.id).not.toBe(first);
		expect((await learnerHome(h.db, me)).certificates).toEqual({ total: 0, items: [] });
	});

	it("a trainer's home: her sessions today and next, learners under the attendance threshold as the reports count them", async () => {
		// Trainer 2 leads the workshop happening now; trainer 1 made the leadership module.
		const second = { id: await idOf(DEMO_TRAINERS[1].login), role: 'trainer' };
		const hers = await trainerHome(h.db, second);
		expect(hers.sessions.length).toBeGreaterThan(0);
		expect(hers.sessions.length).toBeLessThanOrEqual(6);
		expect(hers.sessions.every((s) => s.session.trainerId === second.id)).toBe(true);
		expect(hers.sessions[0]).toMatchObject({ today: true });
		expect(hers.behind.attendance.items.some((b) => b.moduleSlug === 'leadership')).toBe(false);
		const trainer = { id: await idOf(DEMO_TRAINERS[0].login), role: 'trainer' };
		const home = await trainerHome(h.db, trainer);
		// Same learners as the module report would flag, lowest rate first, bounded.
		const leadership = (await h.db.selectFrom('module').select(['id', 'attendance_threshold']).where('slug', '=', 'leadership').executeTakeFirstOrThrow());
		const rates = await attendanceRates(h.db, leadership.id);
		const flagged = [...rates].filter(([, r]) => belowThreshold(r, leadership.attendance_threshold)).map(([id]) => id);
		const listed = home.behind.attendance.items.filter((b) => b.moduleSlug === 'leadership').map((b) => b.userId);
		expect(flagged.length).toBeGreaterThan(0);
		expect(home.behind.attendance.items.length).toBeLessThanOrEqual(HOME_LIST);
		for (const id of listed) expect(flagged).toContain(id);
		const learner3 = await idOf(demoLearner(3).login);
		expect(home.behind.attendance.items[0]).toMatchObject({ userId: learner3, moduleSlug: 'leadership', value: 37.5, threshold: 75 });
		const values = home.behind.attendance.items.map((b) => b.value);
		expect(values).toEqual([...values].sort((a, b) => a - b));
		expect(home.behind.attendance.total).toBeGreaterThanOrEqual(home.behind.attendance.items.length);
	});

	it('lists quizzes closing this week with who has not taken them, and learners who missed closed quizzes', async () => {
		const now = new Date();
		const quizzes = await h.db.selectFrom('quiz as z').innerJoin('module as m', 'm.id', 'z.module_id').select(['z.id', 'm.id as moduleId']).where('m.slug', '=', 'negotiation').where('z.status', '=', 'published').orderBy('z.id').execute();
		expect(quizzes.length).toBeGreaterThanOrEqual(2);
		await h.db.updateTable('quiz').set({ closes_at: new Date(now.getTime() + 2 * 24 * 3600_000) }).where('id', '=', quizzes[0].id).execute();
		await h.db.updateTable('quiz').set({ kind: 'graded', opens_at: new Date(now.getTime() - 9 * 24 * 3600_000), closes_at: new Date(now.getTime() - 3600_000) }).where('id', '=', quizzes[1].id).execute();
		const enrolled = (await h.db.selectFrom('enrolment').select((e) => e.fn.countAll<number>().as('n')).where('module_id', '=', quizzes[0].moduleId).where('status', '=', 'active').executeTakeFirstOrThrow()).n;
		const submitted = async (quizId: number) => (await h.db.selectFrom('quiz_attempt').select('user_id').distinct().where('quiz_id', '=', quizId).where('status', '=', 'submitted').execute()).length;
		const home = await trainerHome(h.db, { id: await idOf(DEMO_ADMIN.login), role: 'admin' }, now);
		const closing = home.closing.find((q) => q.id === quizzes[0].id);
		expect(closing).toMatchObject({ moduleSlug: 'negotiation' });
		expect(closing!.missing).toBe(Number(enrolled) - (await submitted(quizzes[0].id)));
		expect(home.behind.quizzes.total).toBe(Number(enrolled) - (await submitted(quizzes[1].id)));
		expect(home.behind.quizzes.items.length).toBe(Math.min(HOME_LIST, home.behind.quizzes.total));
	});

	it("the administrator's glance counts people, enrolment, attendance, quiz gain and certificates", async () => {
		const g = await adminHome(h.db);
		expect(g).toMatchObject({ learners: 40, trainers: 2, modulesPublished: 4, certificates: 0, certificatesRecent: 0 });
		expect(g.learnersEnrolled).toBeLessThanOrEqual(40);
		expect(g.enrolments).toBeGreaterThanOrEqual(g.learnersEnrolled);
		expect(g.attendancePct).toBeGreaterThan(75);
		expect(g.attendancePct).toBeLessThan(100);
		expect(g.belowThreshold).toBeGreaterThan(0);
		expect(g.gainPairs).toBeLessThanOrEqual(g.learners);
		if (g.gainPairs > 0) expect(g.avgPost).not.toBeNull();
	});
});
