import { sql } from 'kysely';
import type { Db } from '../db/index';
import { hashPassword } from '../auth/password';
import { DEMO_ADMIN, DEMO_LEARNER_COUNT, DEMO_OBSERVER, DEMO_PASSWORD, DEMO_TRAINERS, demoLearner } from './people';
import { seedContent } from './content';
import type { DemoContext } from './context';
import { seedQuizzes } from './quizzes';
import { seedSessions } from './sessions';
import { linkDemoInterventionsToGoals, seedCouncil } from './council';
import { seedModuleStaff } from './staff';
import { seedCoaching } from './coaching';
import { seedStories } from './stories';
import { seedNotificationPreferences } from './notifications';

export interface SeedResult {
	seeded: boolean;
	users: number;
}

export async function isEmpty(db: Db): Promise<boolean> {
	const { n } = await db.selectFrom('app_user').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
	return n === 0;
}

export async function hasDemoAccounts(db: Db): Promise<boolean> {
	const row = await db.selectFrom('app_user').select('id').where('is_demo', '=', true).where('disabled_at', 'is', null).limit(1).executeTakeFirst();
	return Boolean(row);
}

/** The demo people: 1 admin, 2 trainers, 40 councillors from 20 communes in the 5 provinces. */
export async function seedDemo(db: Db): Promise<SeedResult> {
	if (await db.selectFrom('app_user').select('id').where('login', '=', DEMO_ADMIN.login).executeTakeFirst()) {
		return { seeded: false, users: 0 };
	}
	// One hash for the shared, published demo password keeps seeding fast.
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	return db.transaction().execute(async (trx) => {
		const communes = await trx
			.selectFrom('commune')
			.select(['id', 'province_fr'])
			.orderBy('province_fr')
			.orderBy('id')
			.execute();
		const byProvince = new Map<string, number[]>();
		for (const c of communes) byProvince.set(c.province_fr, [...(byProvince.get(c.province_fr) ?? []), c.id]);
		// Four communes in each of the five provinces: twenty communes, two councillors each.
		const chosen = [...byProvince.values()].flatMap((ids) => ids.slice(0, 4));
		const base = { password_hash: passwordHash, is_demo: true } as const;
		const rows = [
			{ ...base, login: DEMO_ADMIN.login, login_kind: 'email' as const, name_ar: DEMO_ADMIN.nameAr, name_latin: DEMO_ADMIN.nameLatin, role: 'admin' as const, locale: 'ar' as const, commune_id: null },
			{ ...base, login: DEMO_OBSERVER.login, login_kind: 'email' as const, name_ar: DEMO_OBSERVER.nameAr, name_latin: DEMO_OBSERVER.nameLatin, role: 'observer' as const, locale: 'fr' as const, commune_id: null },
			...DEMO_TRAINERS.map((t, i) => ({ ...base, login: t.login, login_kind: 'email' as const, name_ar: t.nameAr, name_latin: t.nameLatin, role: 'trainer' as const, locale: i === 0 ? ('ar' as const) : ('fr' as const), commune_id: null })),
			...Array.from({ length: DEMO_LEARNER_COUNT }, (_, i) => {
				const l = demoLearner(i + 1);
				return { ...base, login: l.login, login_kind: 'phone' as const, name_ar: l.nameAr, name_latin: l.nameLatin, role: 'learner' as const, locale: l.locale, commune_id: chosen.length ? chosen[i % chosen.length] : null };
			})
		];
		await trx.insertInto('app_user').values(rows).execute();
		// The learning content (programme, four modules, cohort, enrolments, progress).
		const ids = new Map(
			(await trx.selectFrom('app_user').select(['id', 'login']).where('login', 'in', rows.map((r) => r.login)).execute()).map((u) => [u.login, u.id])
		);
		const learnerIds = Array.from({ length: DEMO_LEARNER_COUNT }, (_, i) => ids.get(demoLearner(i + 1).login)!);
		const trainerIds: [number, number] = [ids.get(DEMO_TRAINERS[0].login)!, ids.get(DEMO_TRAINERS[1].login)!];
		await seedContent(trx, { trainerIds, learnerIds });
		const ctx: DemoContext = { adminId: ids.get(DEMO_ADMIN.login)!, trainerIds, learnerIds, now: new Date() };
		await seedSessions(trx, ctx);
		await seedQuizzes(trx, ctx);
		await seedCouncil(trx, ctx);
		await seedModuleStaff(trx, ctx);
		await seedCoaching(trx, ctx);
		await linkDemoInterventionsToGoals(trx, ctx);
		await seedStories(trx, ctx);
		await seedNotificationPreferences(trx, ctx);
		return { seeded: true, users: rows.length };
	});
}
