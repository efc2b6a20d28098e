import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migrator, NO_MIGRATIONS } from 'kysely';
import type { DbHandle } from '../../src/lib/server/db/index';
import { providerFrom } from '../../src/lib/server/db/migrate';
import { loadMigrations } from '../../src/lib/server/db/migrations.fs';
import { logIn } from '../../src/lib/server/auth/auth.service';
import { hasDemoAccounts, isEmpty, seedDemo } from '../../src/lib/server/demo/seed';
import { DEMO_PASSWORD } from '../../src/lib/server/demo/people';
import { freshDb } from './db';

let h: DbHandle;
beforeAll(async () => {
	h = await freshDb();
});
afterAll(() => h.close());

describe('demo data', () => {
	it('starts from an empty database with the region’s communes as reference data', async () => {
		expect(await isEmpty(h.db)).toBe(true);
		expect(await hasDemoAccounts(h.db)).toBe(false);
		const provinces = await h.db.selectFrom('commune').select('province_fr').distinct().execute();
		expect(provinces.map((p) => p.province_fr).sort()).toEqual(['Azilal', 'Béni Mellal', 'Fquih Ben Salah', 'Khouribga', 'Khénifra']);
	});

	it('creates one admin, one observer, two trainers and 40 councillors from 20 communes over the five provinces', { timeout: 120_000 }, async () => {
		expect(await seedDemo(h.db)).toEqual({ seeded: true, users: 44 });
		const byRole = await h.db.selectFrom('app_user').select(['role']).select((eb) => eb.fn.countAll<number>().as('n')).groupBy('role').execute();
		expect(Object.fromEntries(byRole.map((r) => [r.role, Number(r.n)]))).toEqual({ admin: 1, observer: 1, trainer: 2, learner: 40 });
		const learners = await h.db
			.selectFrom('app_user as u')
			.innerJoin('commune as c', 'c.id', 'u.commune_id')
			.select(['u.name_ar', 'u.name_latin', 'u.login', 'c.id as commune', 'c.province_fr'])
			.where('u.role', '=', 'learner')
			.execute();
		expect(learners).toHaveLength(40);
		expect(new Set(learners.map((l) => l.commune)).size).toBe(20);
		expect(new Set(learners.map((l) => l.province_fr)).size).toBe(5);
		expect(new Set(learners.map((l) => l.name_latin)).size).toBe(40);
		for (const l of learners) {
			expect(l.name_ar).toMatch(/^[\u0600-\u06FF ]+$/);
			expect(l.name_latin).toMatch(/^[A-Za-zÀ-ÿ' -]+$/);
		}
		expect(await hasDemoAccounts(h.db)).toBe(true);
	});

	it('the README logins work with the shared demo password', async () => {
		for (const login of ['admin@amssawas.ma', 'observer@amssawas.ma', 'trainer1@amssawas.ma', 'trainer2@amssawas.ma', '0600000001', '0600000040']) {
			await expect(logIn(h.db, { login, password: DEMO_PASSWORD, address: '10.8.0.1' })).resolves.toMatchObject({ userId: expect.any(Number) });
		}
	});

	it('council demo: one intervention typed in by her coach, six verified ones serving a plan goal as its evidence', async () => {
		const byStaff = await h.db.selectFrom('intervention').select(['learner_id', 'created_by']).whereRef('created_by', '<>', 'learner_id').execute();
		expect(byStaff).toHaveLength(1);
		const coached = await h.db.selectFrom('coach_assignment').select('coach_id').where('learner_id', '=', byStaff[0].learner_id).execute();
		expect(coached.map((c) => c.coach_id)).toContain(byStaff[0].created_by);
		const linked = await h.db
			.selectFrom('goal_evidence as e')
			.innerJoin('intervention as i', 'i.id', 'e.intervention_id')
			.select(['i.status', 'i.goal_id', 'e.goal_id as evidence_goal'])
			.where('e.kind', '=', 'intervention')
			.execute();
		expect(linked).toHaveLength(6);
		expect(linked.every((l) => l.status === 'verified' && l.goal_id === l.evidence_goal)).toBe(true);
	});

	it('running it again changes nothing', async () => {
		expect(await seedDemo(h.db)).toEqual({ seeded: false, users: 0 });
		const { n } = await h.db.selectFrom('app_user').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
		expect(Number(n)).toBe(44);
	});
});

describe('migrations', () => {
	it('go all the way down and up again', async () => {
		const db = await freshDb();
		try {
			const migrator = new Migrator({ db: db.db, provider: providerFrom(await loadMigrations()) });
			const down = await migrator.migrateTo(NO_MIGRATIONS);
			expect(down.error).toBeUndefined();
			const tables = await db.db.introspection.getTables();
			expect(tables.map((t) => t.name).filter((n) => !n.startsWith('kysely_'))).toEqual([]);
			const up = await migrator.migrateToLatest();
			expect(up.error).toBeUndefined();
			expect((await db.db.selectFrom('commune').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n).toBeGreaterThan(0);
		} finally {
			await db.close();
		}
	});
});
