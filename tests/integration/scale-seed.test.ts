import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { freshDb } from './db';
import type { DbHandle } from '../../src/lib/server/db/index';
import { seedDemo } from '../../src/lib/server/demo/seed';
import { seedScale } from '../../src/lib/server/demo/scale';
import { verifyPassword } from '../../src/lib/server/auth/password';

describe('demo:seed --learners N (a programme at scale, for measuring)', () => {
	let h: DbHandle;
	beforeAll(async () => {
		h = await freshDb();
		await seedDemo(h.db);
	}, 120_000);
	afterAll(() => h?.close());

	it('adds N learners in cohorts of 40, each enrolled in every published module, with the records staff pages read', async () => {
		const r = await seedScale(h.db, 90);
		const published = Number((await sql<{ n: number }>`select count(*) as n from module where status = 'published'`.execute(h.db)).rows[0].n);
		expect(r.learners).toBe(90);
		expect(r.cohorts).toBe(3);
		expect(r.enrolments).toBe(90 * published);
		const members = (await sql<{ name: string; n: number }>`select c.name, count(*)::int as n from cohort c join cohort_member m on m.cohort_id = c.id where c.name like 'Scale cohort%' group by c.name order by c.name`.execute(h.db)).rows;
		expect(members.map((m) => m.n)).toEqual([40, 40, 10]);
		// Two past sessions per cohort and module, every member marked in each.
		expect(r.classSessions).toBe(3 * published * 2);
		expect(r.attendance).toBe(90 * published * 2);
		expect(r.attempts).toBeGreaterThan(90);
		expect(r.answers).toBeGreaterThan(r.attempts);
		expect(r.coachingSessions).toBeGreaterThanOrEqual(90);
		// Interventions only in sittings of her own commune.
		const foreign = (await sql<{ n: number }>`select count(*)::int as n from intervention i join app_user u on u.id = i.learner_id join council_sitting s on s.id = i.sitting_id where u.login like '+21270%' and s.commune_id <> u.commune_id`.execute(h.db)).rows[0].n;
		expect(foreign).toBe(0);
	}, 120_000);

	it('gives the scale learners the demo password, so the bench can log them in', async () => {
		const u = await h.db.selectFrom('app_user').select(['password_hash', 'role', 'is_demo']).where('login', '=', '+212700000001').executeTakeFirstOrThrow();
		expect(u.role).toBe('learner');
		expect(u.is_demo).toBe(true);
		expect(await verifyPassword(u.password_hash!, 'amssawas-demo-2026')).toBe(true);
	});

	it('a second call adds N more after the first, filling the last cohort to 40 first', async () => {
		await seedScale(h.db, 40);
		const n = (await sql<{ n: number }>`select count(*)::int as n from app_user where login like '+21270%'`.execute(h.db)).rows[0].n;
		expect(n).toBe(130);
		const last = await h.db.selectFrom('app_user').select('login').where('login', '=', '+212700000130').executeTakeFirst();
		expect(last).toBeDefined();
		const sizes = (await sql<{ n: number }>`select count(*)::int as n from cohort c join cohort_member m on m.cohort_id = c.id where c.name like 'Scale cohort%' group by c.name order by c.name`.execute(h.db)).rows;
		expect(sizes.map((x) => x.n)).toEqual([40, 40, 40, 10]);
	}, 120_000);
});
