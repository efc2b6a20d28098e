import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { Invalid, RateLimited } from '../../src/lib/server/errors';
import { addMemberByLogin, createCohort, removeMember, updateCohort } from '../../src/lib/server/enrolment/cohort.service';
import { activeModuleIdsFor, isEnrolled, learnerProgress } from '../../src/lib/server/enrolment/enrolment.repository';
import { publishModule } from '../../src/lib/server/content/content.service';
import { enrolCohort, enrolUsers, selfEnrol, SELF_ENROL_KEY, withdrawCohort, withdrawUser } from '../../src/lib/server/enrolment/enrolment.service';
import { progressCsv, usersCsv } from '../../src/lib/server/enrolment/exports';
import { ImportRejected, previewImport, runImport } from '../../src/lib/server/enrolment/import.service';
import { readCsv } from '../../src/lib/server/enrolment/csv';
import { inspectInvitation } from '../../src/lib/server/users/invitations';
import { freshDb } from './db';
import { makeUser } from './factories';

let h: DbHandle;
let admin: { id: number };
let programmeId: number;
let moduleA: number;
let moduleB: number;
let lessonsA: number[];

beforeAll(async () => {
	h = await freshDb();
	admin = await makeUser(h.db, { role: 'admin' });
	programmeId = (await h.db.insertInto('programme').values({ slug: 'amssawas-test', title: JSON.stringify({ fr: 'Programme test' }) }).returning('id').executeTakeFirstOrThrow()).id;
	const mod = (slug: string, position: number, extra: object = {}) =>
		h.db
			.insertInto('module')
			.values({ slug, position, programme_id: programmeId, title: JSON.stringify({ ar: `وحدة ${slug}`, fr: `Module ${slug}` }), hours: 4.5, ...extra })
			.returning('id')
			.executeTakeFirstOrThrow()
			.then((r) => r.id);
	moduleA = await mod('leadership-t', 1, { status: 'published', self_enrol_key: 'Tadla-2026' });
	moduleB = await mod('negotiation-t', 2);
	lessonsA = [];
	for (const position of [1, 2, 3]) {
		lessonsA.push((await h.db.insertInto('lesson').values({ module_id: moduleA, position, title: JSON.stringify({ fr: `L${position}` }) }).returning('id').executeTakeFirstOrThrow()).id);
	}
	await publishModule(h.db, admin, moduleA);
});
afterAll(() => h.close());

const auditActions = (subjectType: string, subjectId: number | string) =>
	h.db.selectFrom('audit_event').select(['action', 'actor_id', 'after']).where('subject_type', '=', subjectType).where('subject_id', '=', String(subjectId)).orderBy('id').execute();
const count = async (table: 'app_user' | 'cohort' | 'cohort_member' | 'invitation' | 'enrolment') =>
	Number((await h.db.selectFrom(table).select(h.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('cohorts', () => {
	it('are created and edited with validated dates, names unique whatever the case, and audited', async () => {
		const id = await createCohort(h.db, admin, { name: 'Promotion Azilal', startsOn: '2026-01-10', endsOn: '' });
		await expect(createCohort(h.db, admin, { name: 'promotion azilal' })).rejects.toMatchObject({ fields: { name: 'cohort_name_taken' } });
		await expect(createCohort(h.db, admin, { name: '', startsOn: '2026-13-40', endsOn: '2026-01-01' })).rejects.toMatchObject({ fields: { name: 'error_required', startsOn: 'cohort_date_invalid' } });
		await expect(updateCohort(h.db, admin, id, { name: 'Promotion Azilal', startsOn: '2026-03-01', endsOn: '2026-02-01' })).rejects.toMatchObject({ fields: { endsOn: 'cohort_dates_order' } });
		await updateCohort(h.db, admin, id, { name: 'Promotion Azilal 2026', startsOn: '2026-01-10', endsOn: '2026-06-30' });
		expect((await auditActions('cohort', id)).map((e) => e.action)).toEqual(['cohort.create', 'cohort.update']);
	});

	it('members are added by login written any usual way, once, and removed', async () => {
		const cohort = await createCohort(h.db, admin, { name: 'Members test' });
		const u = await makeUser(h.db, { login: '0677001122' });
		expect(await addMemberByLogin(h.db, admin, cohort, '+212 677 00 11 22')).toEqual({ userId: u.id, added: true, enrolled: 0 });
		expect(await addMemberByLogin(h.db, admin, cohort, '0677001122')).toEqual({ userId: u.id, added: false, enrolled: 0 });
		await expect(addMemberByLogin(h.db, admin, cohort, '0677999999')).rejects.toMatchObject({ fields: { login: 'cohort_member_unknown' } });
		await removeMember(h.db, admin, cohort, u.id);
		expect(await count('cohort_member')).toBe(0);
		expect((await auditActions('user', u.id)).map((e) => e.action)).toEqual(['user.create', 'cohort.member_add', 'cohort.member_remove']);
	});
});

describe('enrolment', () => {
	it('enrols a whole cohort in a module; unenrolling keeps progress, and re-enrolling reactivates', async () => {
		const cohort = await createCohort(h.db, admin, { name: 'Cohort enrol' });
		const a = await makeUser(h.db);
		const b = await makeUser(h.db);
		await addMemberByLogin(h.db, admin, cohort, a.login);
		await addMemberByLogin(h.db, admin, cohort, b.login);
		expect(await enrolCohort(h.db, admin, cohort, { moduleId: moduleA })).toEqual({ enrolled: 2, modules: 1, people: 2 });
		// Again: nothing new, no duplicate rows.
		expect(await enrolCohort(h.db, admin, cohort, { moduleId: moduleA })).toMatchObject({ enrolled: 0 });
		expect(await isEnrolled(h.db, a.id, moduleA)).toBe(true);

		await h.db.insertInto('lesson_progress').values({ user_id: a.id, lesson_id: lessonsA[0], completed_at: new Date() }).execute();
		expect(await withdrawCohort(h.db, admin, cohort, moduleA)).toBe(2);
		expect(await isEnrolled(h.db, a.id, moduleA)).toBe(false);
		expect(await activeModuleIdsFor(h.db, a.id)).toEqual([]);
		const kept = await h.db.selectFrom('lesson_progress').selectAll().where('user_id', '=', a.id).execute();
		expect(kept).toHaveLength(1);

		expect(await enrolUsers(h.db, admin, [a.id], { moduleId: moduleA }, 'admin')).toMatchObject({ enrolled: 1 });
		const row = await h.db.selectFrom('enrolment').selectAll().where('user_id', '=', a.id).where('module_id', '=', moduleA).execute();
		expect(row).toHaveLength(1);
		expect(row[0]).toMatchObject({ status: 'active', withdrawn_at: null, source: 'admin' });
		const { items } = await learnerProgress(h.db, { moduleId: moduleA, page: 1, pageSize: 10 });
		expect(items.find((i) => i.user_id === a.id)).toMatchObject({ done: 1, total_lessons: 3 });
		// A lesson still in draft is not one to do yet: trainers count what learners see.
		const draft = (await h.db.insertInto('lesson').values({ module_id: moduleA, position: 4, title: JSON.stringify({ fr: 'L4' }) }).returning('id').executeTakeFirstOrThrow()).id;
		await h.db.insertInto('lesson_progress').values({ user_id: a.id, lesson_id: draft, completed_at: new Date() }).execute();
		expect((await learnerProgress(h.db, { moduleId: moduleA, page: 1, pageSize: 10 })).items.find((i) => i.user_id === a.id)).toMatchObject({ done: 1, total_lessons: 3 });
		await publishModule(h.db, admin, moduleA);
		expect((await learnerProgress(h.db, { moduleId: moduleA, page: 1, pageSize: 10 })).items.find((i) => i.user_id === a.id)).toMatchObject({ done: 2, total_lessons: 4 });
		expect((await auditActions('user', a.id)).map((e) => e.action)).toEqual(['user.create', 'cohort.member_add', 'enrolment.add', 'enrolment.withdraw', 'enrolment.add']);
		expect((await auditActions('cohort', cohort)).map((e) => e.action)).toEqual(['cohort.create', 'cohort.member_add', 'cohort.member_add', 'cohort.enrol', 'cohort.enrol', 'cohort.withdraw']);
	});

	it('a councillor who joins a cohort late is enrolled in the modules its members follow, when asked', async () => {
		const cohort = await createCohort(h.db, admin, { name: 'Cohort late' });
		const first = await makeUser(h.db);
		await addMemberByLogin(h.db, admin, cohort, first.login);
		await enrolCohort(h.db, admin, cohort, { moduleId: moduleA });
		await enrolCohort(h.db, admin, cohort, { moduleId: moduleB });

		const late = await makeUser(h.db);
		expect(await addMemberByLogin(h.db, admin, cohort, late.login, { enrolInModules: true })).toEqual({ userId: late.id, added: true, enrolled: 2 });
		expect(await activeModuleIdsFor(h.db, late.id)).toEqual([moduleA, moduleB].sort((x, y) => x - y));
		expect((await auditActions('user', late.id)).map((e) => e.action)).toEqual(['user.create', 'cohort.member_add', 'enrolment.add', 'enrolment.add']);
		// Asked again: nothing new.
		expect(await addMemberByLogin(h.db, admin, cohort, late.login, { enrolInModules: true })).toMatchObject({ added: false, enrolled: 0 });

		const other = await makeUser(h.db);
		expect(await addMemberByLogin(h.db, admin, cohort, other.login)).toMatchObject({ added: true, enrolled: 0 });
		expect(await activeModuleIdsFor(h.db, other.id)).toEqual([]);
	});

	it('enrols a person in all modules of a programme; unenrols one', async () => {
		const u = await makeUser(h.db);
		expect(await enrolUsers(h.db, admin, [u.id], { programmeId }, 'programme')).toEqual({ enrolled: 2, modules: 2, people: 1 });
		expect(await activeModuleIdsFor(h.db, u.id)).toEqual([moduleA, moduleB].sort((x, y) => x - y));
		expect(await withdrawUser(h.db, admin, u.id, moduleB)).toBe(1);
		expect(await withdrawUser(h.db, admin, u.id, moduleB)).toBe(0);
		expect(await activeModuleIdsFor(h.db, u.id)).toEqual([moduleA]);
		await expect(enrolUsers(h.db, admin, [u.id], { moduleId: 999999 }, 'admin')).rejects.toBeInstanceOf(Invalid);
	});

	it('self-enrolment needs the right key of a published module, and wrong keys are limited', async () => {
		const u = await makeUser(h.db);
		await expect(selfEnrol(h.db, u.id, 'leadership-t', 'wrong')).rejects.toMatchObject({ key: 'enrol_key_wrong' });
		// A draft module with no key: same answer, nothing revealed.
		await expect(selfEnrol(h.db, u.id, 'negotiation-t', 'Tadla-2026')).rejects.toMatchObject({ key: 'enrol_key_wrong' });
		expect(await selfEnrol(h.db, u.id, ' Leadership-T ', '  tadla-2026 ')).toEqual({ moduleId: moduleA, slug: 'leadership-t' });
		expect(await isEnrolled(h.db, u.id, moduleA)).toBe(true);
		expect((await auditActions('user', u.id)).at(-1)).toMatchObject({ action: 'enrolment.add', actor_id: u.id, after: { moduleId: moduleA, source: 'self' } });

		const guesser = await makeUser(h.db);
		for (let i = 0; i < SELF_ENROL_KEY.max; i++) await expect(selfEnrol(h.db, guesser.id, 'leadership-t', `guess-${i}`)).rejects.toBeInstanceOf(Invalid);
		await expect(selfEnrol(h.db, guesser.id, 'leadership-t', 'Tadla-2026')).rejects.toBeInstanceOf(RateLimited);
	});

	it('50 concurrent wrong keys from one learner get at most 10 comparisons; the right key in the burst is refused', async () => {
		const u = await makeUser(h.db);
		const burst = Array.from({ length: 50 }, (_, i) => selfEnrol(h.db, u.id, 'leadership-t', `guess-${i}`).catch((e) => e));
		burst.push(selfEnrol(h.db, u.id, 'leadership-t', 'Tadla-2026').catch((e) => e));
		const results = await Promise.all(burst);
		expect(results.filter((r) => r instanceof Invalid).length).toBeLessThanOrEqual(SELF_ENROL_KEY.max);
		const refused = results.filter((r) => r instanceof RateLimited);
		expect(refused.length).toBeGreaterThanOrEqual(51 - SELF_ENROL_KEY.max);
		for (const r of refused) expect(r.retryAfterSeconds).toBeGreaterThan(14 * 60);
		expect(results[50]).toBeInstanceOf(RateLimited);
		expect(await isEnrolled(h.db, u.id, moduleA)).toBe(false);
	});
});

describe('CSV import of councillors', () => {
	const good = [
		'\uFEFFname_ar;name_latin;login;commune;cohort;language',
		'فاطمة الزهراء;Fatima Zahra;0661000001;beni mellal;Promo Import;fr',
		'"خديجة; بنت علي";Khadija;+212 661 000 002;أزيلال;Promo Import;',
		'زينب;Zineb;zineb@example.ma;;;zgh'
	].join('\r\n');

	it('with any problem, reports every one and writes nothing', async () => {
		const before = { users: await count('app_user'), cohorts: await count('cohort'), invitations: await count('invitation') };
		const bad = good.replace('beni mellal', 'Casablanca').replace('zineb@example.ma', 'not-a-login').replace(';zgh', ';en');
		const preview = await previewImport(h.db, new TextEncoder().encode(bad));
		expect(preview.problems).toEqual([
			{ line: 2, column: 'commune', key: 'import_commune_unknown', params: { value: 'Casablanca' } },
			{ line: 4, column: 'login', key: 'import_login_invalid', params: { value: 'not-a-login' } },
			{ line: 4, column: 'language', key: 'import_language_invalid', params: { value: 'en' } }
		]);
		expect(preview.lines.map((l) => l.status)).toEqual(['error', 'new', 'error']);
		const e = await runImport(h.db, admin, bad).catch((x) => x);
		expect(e).toBeInstanceOf(ImportRejected);
		expect(e.problems).toHaveLength(3);
		expect({ users: await count('app_user'), cohorts: await count('cohort'), invitations: await count('invitation') }).toEqual(before);
	});

	it('a valid file imports in one go with invitations; the same file again creates no one', async () => {
		const users = await count('app_user');
		const preview = await previewImport(h.db, good);
		expect(preview.problems).toEqual([]);
		expect(preview.counts).toEqual({ new: 3, existing: 0, error: 0, cohortsNew: ['Promo Import'] });
		const dry = await runImport(h.db, admin, good, { dryRun: true });
		expect(dry.created).toHaveLength(3);
		expect(await count('app_user')).toBe(users);

		const r = await runImport(h.db, admin, good);
		expect(r).toMatchObject({ existing: 0, cohortsCreated: ['Promo Import'], membershipsAdded: 2 });
		expect(r.created.map((p) => p.login)).toEqual(['+212661000001', '+212661000002', 'zineb@example.ma']);
		for (const p of r.created) expect(await inspectInvitation(h.db, p.token)).toMatchObject({ status: 'valid', userId: p.id });
		const khadija = await h.db.selectFrom('app_user as u').innerJoin('commune as c', 'c.id', 'u.commune_id').select(['u.name_ar', 'u.locale', 'u.role', 'c.name_fr']).where('u.login', '=', '+212661000002').executeTakeFirstOrThrow();
		expect(khadija).toEqual({ name_ar: 'خديجة; بنت علي', locale: 'ar', role: 'learner', name_fr: 'Azilal' });
		expect(await count('app_user')).toBe(users + 3);

		const again = await runImport(h.db, admin, good);
		expect(again).toEqual({ created: [], existing: 3, cohortsCreated: [], membershipsAdded: 0 });
		expect(await count('app_user')).toBe(users + 3);
		expect((await previewImport(h.db, good)).counts).toMatchObject({ new: 0, existing: 3 });

		const imports = await h.db.selectFrom('audit_event').select(['action', 'after']).where('action', '=', 'users.import').execute();
		expect(imports).toHaveLength(2);
		expect(imports[0].after).toMatchObject({ rows: 3, created: 3, cohortsCreated: ['Promo Import'] });
	});

	it('an existing account only gains the cohort: her names stay', async () => {
		const u = await makeUser(h.db, { login: '0661000009' });
		const r = await runImport(h.db, admin, `name_ar,name_latin,login,cohort\nاسم آخر,Other Name,0661000009,Promo Existing\n`);
		expect(r).toMatchObject({ created: [], existing: 1, cohortsCreated: ['Promo Existing'], membershipsAdded: 1 });
		const row = await h.db.selectFrom('app_user').select(['name_latin']).where('id', '=', u.id).executeTakeFirstOrThrow();
		expect(row.name_latin).not.toBe('Other Name');
	});

	it('refuses a file over the size limit', async () => {
		const big = 'name_ar,name_latin,login\n' + 'x'.repeat(300 * 1024);
		expect((await previewImport(h.db, big)).problems).toEqual([expect.objectContaining({ key: 'import_too_large' })]);
	});
});

describe('CSV exports', () => {
	it('users and progress, with a BOM, that read back with Arabic intact', async () => {
		const users = await usersCsv(h.db);
		expect(users.startsWith('\uFEFF')).toBe(true);
		const read = readCsv(users);
		expect(read.ok && read.header).toEqual(['name_ar', 'name_latin', 'login', 'commune', 'language', 'role', 'status', 'cohorts', 'created_at']);
		expect(users).toContain('خديجة; بنت علي');
		const progress = readCsv(await progressCsv(h.db, { moduleId: moduleA }));
		expect(progress.ok).toBe(true);
		if (!progress.ok) return;
		expect(progress.header.slice(0, 3)).toEqual(['name_ar', 'name_latin', 'login']);
		const done = progress.records.find((r) => r.cells.includes('2') && r.cells.includes('4'));
		expect(done?.cells).toContain('leadership-t');
	});
});
