import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { seedDemo } from '../../src/lib/server/demo/seed';
import { issueCertificates } from '../../src/lib/server/certificates/certificates.service';
import { scanReminders } from '../../src/lib/server/notifications/triggers';
import type { NotifyConfig } from '../../src/lib/server/notifications/config';
import { freshDb } from './db';

let h: DbHandle;
const config: NotifyConfig = { mailFrom: 'x@example.org', origin: 'https://lms.example.ma' };

beforeAll(async () => {
	h = await freshDb();
	await seedDemo(h.db);
	// Everyone reads e-mail in this test, so every trigger shows in the outbox (the demo gives it to learners 1 to 5 only).
	const users = await h.db.selectFrom('app_user').select('id').execute();
	await h.db.deleteFrom('notification_preference').execute();
	await h.db.insertInto('notification_preference').values(users.map((u) => ({ user_id: u.id, email: `u${u.id}@example.org`, email_on: true, quiet_start: 0, quiet_end: 0 }))).execute();
}, 180_000);
afterAll(() => h.close());

describe('reminder triggers on the demo data', () => {
	it('finds a quiz closing in 48 h not done, a certificate issued, a coaching appointment tomorrow and an intervention waiting for its coach; a second scan adds nothing', { timeout: 120_000 }, async () => {
		const now = new Date();
		const l1 = await h.db.selectFrom('app_user').select('id').where('login', '=', '+212600000001').executeTakeFirstOrThrow();
		const quiz = await h.db.selectFrom('quiz').select(['id', 'module_id']).where('kind', '=', 'graded').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
		await h.db.updateTable('quiz').set({ closes_at: new Date(now.getTime() + 30 * 3600_000) }).where('id', '=', quiz.id).execute();
		const done = await h.db.selectFrom('quiz_attempt').select('user_id').where('quiz_id', '=', quiz.id).where('status', '=', 'submitted').execute();
		const leadership = await h.db.selectFrom('module').select('id').where('slug', '=', 'leadership').executeTakeFirstOrThrow();
		await h.db.updateTable('module').set({ cert_require_lessons: false, cert_require_quiz: false, cert_require_attendance: false }).where('id', '=', leadership.id).execute();
		await issueCertificates(h.db, { id: null }, { moduleId: leadership.id }, { userIds: [l1.id], origin: config.origin });
		const coaching = await h.db.selectFrom('coaching_session').select(['id', 'learner_id']).where('status', '=', 'planned').orderBy('id').executeTakeFirstOrThrow();
		await h.db.updateTable('coaching_session').set({ starts_at: new Date(now.getTime() + 20 * 3600_000) }).where('id', '=', coaching.id).execute();
		const submitted = await h.db
			.selectFrom('intervention as i')
			.innerJoin('coach_assignment as ca', 'ca.learner_id', 'i.learner_id')
			.select(['i.id', 'ca.coach_id'])
			.where('i.status', '=', 'submitted')
			.execute();
		expect(submitted.length).toBeGreaterThan(0);

		const first = await scanReminders(h.db, config, now);
		expect(first).toBeGreaterThan(0);
		const rows = await h.db.selectFrom('notification').select(['kind', 'user_id', 'locale', 'payload']).execute();
		const of = (kind: string) => rows.filter((r) => r.kind === kind);

		const closing = of('quiz_closing').map((r) => r.user_id);
		expect(closing.length).toBeGreaterThan(0);
		for (const d of done) expect(closing).not.toContain(d.user_id);
		expect(of('certificate_issued').map((r) => r.user_id)).toEqual([l1.id]);
		expect(of('certificate_issued')[0].payload.body).toMatch(/AMS-/);
		expect(of('coaching_tomorrow').map((r) => r.user_id)).toContain(coaching.learner_id);
		expect(new Set(of('intervention_to_verify').map((r) => r.user_id))).toEqual(new Set(submitted.map((s) => s.coach_id)));
		// Each message in its reader's language: a French reader's quiz reminder is in French.
		const fr = of('quiz_closing').find((r) => r.locale === 'fr');
		if (fr) expect(fr.payload.body).toContain('se ferme le');

		expect(await scanReminders(h.db, config, now)).toBe(0);
		expect(await scanReminders(h.db, config, new Date(now.getTime() + 5 * 60_000))).toBe(0);
	});
});
