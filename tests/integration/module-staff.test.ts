import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import type { DbHandle } from '../../src/lib/server/db/index';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { requireModuleStaff, requireSessionStaff, staffScope } from '../../src/lib/server/web/guards';
import { requireReader } from '../../src/lib/server/web/reader-guard';
import { createModule } from '../../src/lib/server/content/content.service';
import { staffModules } from '../../src/lib/server/content/staff';
import { listSessions } from '../../src/lib/server/attendance/sessions.service';
import { listModules } from '../../src/lib/server/enrolment/enrolment.repository';
import { seedDemo } from '../../src/lib/server/demo/seed';
import { DEMO_ADMIN, DEMO_TRAINERS, demoLearner } from '../../src/lib/server/demo/people';
import { assignTrainer, removeTrainer } from '../../src/lib/server/staffing/staff.service';
import { staffOfModule, teachersOf } from '../../src/lib/server/staffing/staff.repository';
import { Conflict, Invalid, NotFound } from '../../src/lib/server/errors';
import { down as dropStaff, up as addStaff } from '../../migrations/2026-12-07T120_module_staff';
import { freshDb } from './db';
import { makeUser } from './factories';

let h: DbHandle;
const people: Record<'admin' | 'trainer1' | 'trainer2' | 'learner', SessionUser> = {} as never;
const modules: Record<string, number> = {};

const as = (user: SessionUser | null) => ({ locals: { user, session: null, locale: 'fr' }, url: new URL('http://app.test/trainer') }) as never;

/** What a guard did: 'pass', the HTTP status it refused with, or 'login'. */
async function outcome(run: () => unknown): Promise<'pass' | 'login' | number> {
	try {
		await run();
		return 'pass';
	} catch (e) {
		if (isRedirect(e) && e.location.startsWith('/login')) return 'login';
		if (isHttpError(e)) return e.status;
		throw e;
	}
}

async function person(login: string): Promise<SessionUser> {
	const u = await h.db.selectFrom('app_user').select(['id', 'login', 'name_ar', 'name_latin', 'role', 'locale']).where('login', '=', login).executeTakeFirstOrThrow();
	return { id: u.id, login: u.login, nameAr: u.name_ar, nameLatin: u.name_latin, role: u.role, locale: u.locale };
}

beforeAll(async () => {
	h = await freshDb();
	await seedDemo(h.db);
	people.admin = await person(DEMO_ADMIN.login);
	people.trainer1 = await person(DEMO_TRAINERS[0].login);
	people.trainer2 = await person(DEMO_TRAINERS[1].login);
	people.learner = await person(demoLearner(1).login);
	for (const m of await h.db.selectFrom('module').select(['id', 'slug']).execute()) modules[m.slug] = m.id;
}, 120_000);
afterAll(() => h.close());

describe('module staff in the demo', () => {
	it('trainer1 teaches leadership and negotiation, trainer2 gender budgeting, both participatory planning; never trainer2 on leadership', async () => {
		const rows = await h.db.selectFrom('module_staff as s').innerJoin('module as m', 'm.id', 's.module_id').select(['m.slug', 's.user_id']).execute();
		const on = (slug: string) => rows.filter((r) => r.slug === slug).map((r) => r.user_id).sort();
		const [t1, t2] = [people.trainer1.id, people.trainer2.id];
		expect(on('leadership')).toEqual([t1]);
		expect(on('negotiation')).toEqual([t1]);
		expect(on('gender-budgeting')).toEqual([t2]);
		expect(on('participatory-planning')).toEqual([t1, t2].sort());
		expect(await teachersOf(h.db, 'participatory-planning')).toHaveLength(2);
	});
});

describe('the guards', () => {
	it('a module: its staff and admins pass; another trainer, a learner and nobody are refused', async () => {
		const lead = modules.leadership;
		expect(await outcome(() => requireModuleStaff(as(people.trainer1), h.db, lead))).toBe('pass');
		expect(await outcome(() => requireModuleStaff(as(people.admin), h.db, lead))).toBe('pass');
		expect(await outcome(() => requireModuleStaff(as(people.trainer2), h.db, lead))).toBe(403);
		expect(await outcome(() => requireModuleStaff(as(people.learner), h.db, lead))).toBe(403);
		expect(await outcome(() => requireModuleStaff(as(null), h.db, lead))).toBe('login');
		// A module that does not exist tells a trainer nothing more than one she is not on.
		expect(await outcome(() => requireModuleStaff(as(people.trainer2), h.db, 999_999))).toBe(403);
	});

	it('a class session (roll call, check-in screen, sign-in sheet): the staff of its module', async () => {
		const s = await h.db.selectFrom('class_session').select('id').where('module_id', '=', modules.leadership).executeTakeFirstOrThrow();
		expect(await outcome(() => requireSessionStaff(as(people.trainer1), h.db, s.id))).toBe('pass');
		expect(await outcome(() => requireSessionStaff(as(people.admin), h.db, s.id))).toBe('pass');
		expect(await outcome(() => requireSessionStaff(as(people.trainer2), h.db, s.id))).toBe(403);
		expect(await outcome(() => requireSessionStaff(as(people.learner), h.db, s.id))).toBe(403);
		expect(await outcome(() => requireSessionStaff(as(people.admin), h.db, 999_999))).toBe(404);
		expect(await outcome(() => requireSessionStaff(as(people.trainer2), h.db, 999_999))).toBe(403);
	});

	it('the learners’ view of a module: learners (the enrolment is checked further on), its staff and admins', async () => {
		expect(await outcome(() => requireReader(as(people.trainer1), h.db, 'leadership'))).toBe('pass');
		expect(await outcome(() => requireReader(as(people.trainer2), h.db, 'leadership'))).toBe(403);
		expect(await outcome(() => requireReader(as(people.trainer2), h.db, 'participatory-planning'))).toBe('pass');
		expect(await outcome(() => requireReader(as(people.admin), h.db, 'leadership'))).toBe('pass');
		expect(await outcome(() => requireReader(as(people.learner), h.db, 'leadership'))).toBe('pass');
	});

	it('a trainer’s lists hold only her modules and their sessions; an admin’s hold all', async () => {
		const scope2 = await staffScope(h.db, people.trainer2);
		expect(await staffScope(h.db, people.admin)).toBeUndefined();
		expect((await staffModules(h.db, scope2)).map((m) => m.slug).sort()).toEqual(['gender-budgeting', 'participatory-planning']);
		expect((await listModules(h.db, { ids: scope2 })).map((m) => m.slug).sort()).toEqual(['gender-budgeting', 'participatory-planning']);
		expect(await staffModules(h.db, await staffScope(h.db, people.admin))).toHaveLength(4);
		const sessions = await listSessions(h.db, { moduleIds: scope2 });
		expect(sessions.total).toBeGreaterThan(0);
		expect(new Set(sessions.items.map((s) => s.moduleId))).toEqual(new Set([modules['gender-budgeting'], modules['participatory-planning']]));
		const nobody = await makeUser(h.db, { role: 'trainer', invite: true });
		expect(await staffModules(h.db, await staffScope(h.db, { ...people.trainer1, id: nobody.id }))).toEqual([]);
		expect((await listSessions(h.db, { moduleIds: [] })).total).toBe(0);
	});
});

describe('assigning trainers', () => {
	it('an admin adds a trainer (audited): from then on she passes the module’s guard; removing her (audited) refuses her again', async () => {
		const lead = modules.leadership;
		expect(await outcome(() => requireModuleStaff(as(people.trainer2), h.db, lead))).toBe(403);
		await assignTrainer(h.db, people.admin, lead, people.trainer2.id);
		expect(await outcome(() => requireModuleStaff(as(people.trainer2), h.db, lead))).toBe('pass');
		expect((await staffOfModule(h.db, lead)).map((s) => s.userId)).toEqual([people.trainer1.id, people.trainer2.id]);
		await removeTrainer(h.db, people.admin, lead, people.trainer2.id);
		expect(await outcome(() => requireModuleStaff(as(people.trainer2), h.db, lead))).toBe(403);

		const audit = await h.db.selectFrom('audit_event').select(['actor_id', 'action', 'subject_type', 'subject_id', 'before', 'after']).where('action', 'like', 'module.staff.%').orderBy('id').execute();
		expect(audit.map((a) => [a.actor_id, a.action, a.subject_type, a.subject_id])).toEqual([
			[people.admin.id, 'module.staff.add', 'module', String(lead)],
			[people.admin.id, 'module.staff.remove', 'module', String(lead)]
		]);
		expect(audit[0].after).toMatchObject({ userId: people.trainer2.id, slug: 'leadership' });
		expect(audit[1].before).toMatchObject({ userId: people.trainer2.id, slug: 'leadership' });
	});

	it('refuses a learner, a disabled trainer, someone already on it, and removing someone not on it; nothing changes', async () => {
		const lead = modules.leadership;
		const before = await h.db.selectFrom('audit_event').select(({ fn }) => fn.countAll<number>().as('n')).where('action', 'like', 'module.staff.%').executeTakeFirstOrThrow();
		await expect(assignTrainer(h.db, people.admin, lead, people.learner.id)).rejects.toBeInstanceOf(Invalid);
		const gone = await makeUser(h.db, { role: 'trainer', invite: true });
		await h.db.updateTable('app_user').set({ disabled_at: new Date() }).where('id', '=', gone.id).execute();
		await expect(assignTrainer(h.db, people.admin, lead, gone.id)).rejects.toBeInstanceOf(Invalid);
		await expect(assignTrainer(h.db, people.admin, lead, people.trainer1.id)).rejects.toBeInstanceOf(Conflict);
		await expect(removeTrainer(h.db, people.admin, lead, people.trainer2.id)).rejects.toBeInstanceOf(Invalid);
		await expect(assignTrainer(h.db, people.admin, 999_999, people.trainer2.id)).rejects.toBeInstanceOf(NotFound);
		const after = await h.db.selectFrom('audit_event').select(({ fn }) => fn.countAll<number>().as('n')).where('action', 'like', 'module.staff.%').executeTakeFirstOrThrow();
		expect(Number(after.n)).toBe(Number(before.n));
		expect((await staffOfModule(h.db, lead)).map((s) => s.userId)).toEqual([people.trainer1.id]);
	});

	it('a trainer who creates a module is its first staff member', async () => {
		const id = await createModule(h.db, people.trainer2, { slug: 'staff-test-module', title: { ar: 'وحدة', fr: 'Module' }, summary: {}, hours: '2', passMark: '60', attendanceThreshold: '75', selfEnrolKey: '' });
		expect((await staffOfModule(h.db, id)).map((s) => s.userId)).toEqual([people.trainer2.id]);
		expect(await outcome(() => requireModuleStaff(as(people.trainer2), h.db, id))).toBe('pass');
		expect(await outcome(() => requireModuleStaff(as(people.trainer1), h.db, id))).toBe(403);
	});
});

describe('the migration', () => {
	it('makes each existing module’s creator its first staff member', async () => {
		const t = await h.db.transaction().execute(async (trx) => {
			await dropStaff(trx);
			await addStaff(trx);
			return trx.selectFrom('module_staff as s').innerJoin('module as m', 'm.id', 's.module_id').select(['m.id', 'm.created_by', 's.user_id']).execute();
		});
		const created = await h.db.selectFrom('module').select(['id', 'created_by']).execute();
		expect(t.map((r) => [r.id, r.user_id]).sort()).toEqual(created.filter((m) => m.created_by !== null).map((m) => [m.id, m.created_by]).sort());
	});
});
