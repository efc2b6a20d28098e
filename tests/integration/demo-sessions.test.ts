import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { seedDemo } from '../../src/lib/server/demo/seed';
import { demoLearner } from '../../src/lib/server/demo/people';
import { attendanceRates } from '../../src/lib/server/attendance/rates.repository';
import { belowThreshold } from '../../src/lib/server/attendance/rules';
import { freshDb } from './db';

let h: DbHandle;
beforeAll(async () => {
	h = await freshDb();
	await seedDemo(h.db);
});
afterAll(() => h.close());

describe('demo sessions', () => {
	it('past and upcoming sessions in every module, in person in Béni Mellal and Azilal, remote, hybrid, one happening now', async () => {
		const rows = await h.db.selectFrom('class_session as s').innerJoin('module as m', 'm.id', 's.module_id').select(['m.slug', 's.mode', 's.place', 's.starts_at', 's.ends_at', 's.cancelled_at']).execute();
		const now = Date.now();
		for (const slug of ['leadership', 'negotiation', 'gender-budgeting', 'participatory-planning']) {
			const mine = rows.filter((r) => r.slug === slug);
			expect(mine.some((r) => r.ends_at.getTime() < now)).toBe(true);
			expect(mine.some((r) => r.starts_at.getTime() > now)).toBe(true);
		}
		expect(new Set(rows.map((r) => r.mode))).toEqual(new Set(['in_person', 'remote', 'hybrid']));
		expect(rows.some((r) => r.place?.includes('Béni Mellal'))).toBe(true);
		expect(rows.some((r) => r.place?.includes('Azilal'))).toBe(true);
		expect(rows.filter((r) => !r.cancelled_at && r.starts_at.getTime() <= now && r.ends_at.getTime() >= now)).toHaveLength(1);
		expect(rows.some((r) => r.cancelled_at)).toBe(true);
	});

	it('keep learners 1 and 2 above the threshold in every module; learner 3 below in leadership; some others below', async () => {
		const ids = new Map((await h.db.selectFrom('app_user').select(['id', 'login']).execute()).map((u) => [u.login, u.id]));
		const id = (n: number) => ids.get(demoLearner(n).login)!;
		const modules = await h.db.selectFrom('module').select(['id', 'slug', 'attendance_threshold']).execute();
		let belowSomewhere = 0;
		for (const m of modules) {
			const rates = await attendanceRates(h.db, m.id);
			expect(rates.size).toBe(40);
			for (const n of [1, 2]) expect(rates.get(id(n))!.ratePct!).toBeGreaterThanOrEqual(m.attendance_threshold);
			expect(belowThreshold(rates.get(id(3))!, m.attendance_threshold)).toBe(m.slug === 'leadership');
			belowSomewhere += [...rates.values()].filter((r) => belowThreshold(r, m.attendance_threshold)).length;
		}
		expect(belowSomewhere).toBeGreaterThanOrEqual(5);
	});
});
