import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DbHandle } from '../../src/lib/server/db/index';
import { seedDemo } from '../../src/lib/server/demo/seed';
import { DEMO_COHORT, DEMO_MODULES, DEMO_PROGRAMME, demoProgress, seedContent } from '../../src/lib/server/demo/content';
import { DEMO_LEARNER_COUNT } from '../../src/lib/server/demo/people';
import { freshDb } from './db';

const SLUGS = ['leadership', 'negotiation', 'gender-budgeting', 'participatory-planning'];
const TIFINAGH = /^[\u2D30-\u2D7F0-9 ,.:?!«»–-]+$/;
const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

let h: DbHandle;
beforeAll(async () => {
	h = await freshDb();
	await seedDemo(h.db);
});
afterAll(() => h.close());

async function counts() {
	const n = async (t: 'programme' | 'module' | 'lesson' | 'cohort' | 'cohort_member' | 'enrolment' | 'lesson_progress') =>
		Number((await h.db.selectFrom(t).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n);
	return {
		programme: await n('programme'),
		module: await n('module'),
		lesson: await n('lesson'),
		cohort: await n('cohort'),
		cohort_member: await n('cohort_member'),
		enrolment: await n('enrolment'),
		lesson_progress: await n('lesson_progress')
	};
}

describe('demo content', () => {
	it('creates the programme and the four published modules, by both trainers', async () => {
		const programme = await h.db.selectFrom('programme').selectAll().where('slug', '=', DEMO_PROGRAMME.slug).executeTakeFirstOrThrow();
		expect(programme.title).toEqual({ ar: 'أمساواس 2025–2026', fr: 'AMSSAWASS 2025–2026', zgh: 'ⴰⵎⵙⴰⵡⴰⵙ 2025–2026' });
		const modules = await h.db
			.selectFrom('module as m')
			.innerJoin('app_user as u', 'u.id', 'm.created_by')
			.select(['m.slug', 'm.status', 'm.programme_id', 'm.published_at', 'm.has_unpublished_changes', 'm.hours', 'm.title', 'm.summary', 'u.login'])
			.orderBy('m.position')
			.execute();
		expect(modules.map((m) => m.slug)).toEqual(SLUGS);
		for (const m of modules) {
			expect(m.status).toBe('published');
			expect(m.programme_id).toBe(programme.id);
			expect(m.published_at).toBeInstanceOf(Date);
			expect(m.has_unpublished_changes).toBe(false);
			expect(m.hours).toBeGreaterThanOrEqual(6);
			expect(m.hours).toBeLessThanOrEqual(12);
			expect(m.title.ar && m.title.fr).toBeTruthy();
			expect(m.title.zgh).toMatch(TIFINAGH);
			expect(m.summary.ar && m.summary.fr).toBeTruthy();
		}
		const byTrainer = modules.reduce<Record<string, number>>((acc, m) => ({ ...acc, [m.login]: (acc[m.login] ?? 0) + 1 }), {});
		expect(byTrainer).toEqual({ 'trainer1@amssawas.ma': 2, 'trainer2@amssawas.ma': 2 });
	});

	it('gives each module 3 to 5 lessons with real bodies in Arabic and French and a Tifinagh title', async () => {
		const modules = await h.db.selectFrom('module').select(['id', 'slug']).execute();
		for (const m of modules) {
			const lessons = await h.db.selectFrom('lesson').selectAll().where('module_id', '=', m.id).where('deleted_at', 'is', null).orderBy('position').execute();
			expect(lessons.length, m.slug).toBeGreaterThanOrEqual(3);
			expect(lessons.length, m.slug).toBeLessThanOrEqual(5);
			expect(lessons.map((l) => l.position)).toEqual(lessons.map((_, i) => i + 1));
			for (const l of lessons) {
				const where = `${m.slug} #${l.position}`;
				expect(l.title.ar, where).toMatch(/[\u0600-\u06FF]/);
				expect(l.title.fr, where).toMatch(/[a-zé]/);
				expect(l.title.zgh, where).toMatch(TIFINAGH);
				expect(l.body.zgh, where).toBeUndefined();
				expect(words(l.body.ar ?? ''), where).toBeGreaterThanOrEqual(200);
				expect(words(l.body.fr ?? ''), where).toBeGreaterThanOrEqual(200);
				for (const body of [l.body.ar!, l.body.fr!]) {
					expect(body, where).toMatch(/^## /m);
					expect(body, where).toMatch(/^## (Exercice|تمرين)$/m);
					expect(body, where).not.toMatch(/lorem|ipsum|TODO|XXX/i);
				}
			}
		}
	});

	it('stores a published snapshot whose lessons are the lesson rows', async () => {
		const modules = await h.db.selectFrom('module').select(['id', 'slug', 'title', 'summary', 'hours', 'published_content']).execute();
		for (const m of modules) {
			const snap = m.published_content as { title: unknown; summary: unknown; hours: number; lessons: { id: number; position: number; title: unknown; body: unknown; videoUrl: string | null }[] };
			expect(snap.title).toEqual(m.title);
			expect(snap.summary).toEqual(m.summary);
			expect(snap.hours).toBe(m.hours);
			const rows = await h.db.selectFrom('lesson').select(['id', 'position', 'title', 'body']).where('module_id', '=', m.id).orderBy('position').execute();
			expect(snap.lessons).toEqual(rows.map((r) => ({ id: r.id, position: r.position, title: r.title, body: r.body, videoUrl: null })));
		}
	});

	it('enrols the 40 demo learners in all four modules through the cohort', async () => {
		const cohort = await h.db.selectFrom('cohort').selectAll().where('name', '=', DEMO_COHORT.name).executeTakeFirstOrThrow();
		const iso = (d: Date | string | null) => (d instanceof Date ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : d);
		expect([iso(cohort.starts_on), iso(cohort.ends_on)]).toEqual(['2025-10-01', '2026-06-30']);
		const members = await h.db
			.selectFrom('cohort_member as cm')
			.innerJoin('app_user as u', 'u.id', 'cm.user_id')
			.select(['u.role', 'u.login'])
			.where('cm.cohort_id', '=', cohort.id)
			.execute();
		expect(members).toHaveLength(DEMO_LEARNER_COUNT);
		expect(members.every((m) => m.role === 'learner' && m.login.startsWith('+2126000000'))).toBe(true);
		const enrolments = await h.db
			.selectFrom('enrolment as e')
			.innerJoin('module as m', 'm.id', 'e.module_id')
			.innerJoin('cohort_member as cm', (j) => j.onRef('cm.user_id', '=', 'e.user_id').on('cm.cohort_id', '=', cohort.id))
			.select(['m.slug', 'e.source', 'e.status'])
			.execute();
		expect(enrolments).toHaveLength(DEMO_LEARNER_COUNT * 4);
		expect(enrolments.every((e) => e.source === 'cohort' && e.status === 'active')).toBe(true);
		for (const slug of SLUGS) expect(enrolments.filter((e) => e.slug === slug)).toHaveLength(DEMO_LEARNER_COUNT);
	});

	it('spreads progress: some finished a module, many midway, a few not started', async () => {
		const rows = await h.db
			.selectFrom('app_user as u')
			.innerJoin('enrolment as e', 'e.user_id', 'u.id')
			.innerJoin('lesson as l', 'l.module_id', 'e.module_id')
			.leftJoin('lesson_progress as p', (j) => j.onRef('p.lesson_id', '=', 'l.id').onRef('p.user_id', '=', 'u.id'))
			.select(['u.id as user', 'e.module_id as module', 'p.completed_at', 'p.last_viewed_at'])
			.where('u.role', '=', 'learner')
			.execute();
		const perModule = new Map<string, { total: number; done: number }>();
		const perLearner = new Map<number, { done: number; viewed: number }>();
		for (const r of rows) {
			const k = `${r.user}:${r.module}`;
			const pm = perModule.get(k) ?? { total: 0, done: 0 };
			pm.total++;
			if (r.completed_at) pm.done++;
			perModule.set(k, pm);
			const pl = perLearner.get(r.user) ?? { done: 0, viewed: 0 };
			if (r.completed_at) pl.done++;
			if (r.last_viewed_at) pl.viewed++;
			perLearner.set(r.user, pl);
			if (r.completed_at) expect(r.last_viewed_at!.getTime()).toBeGreaterThanOrEqual(r.completed_at.getTime());
		}
		const states = [...perModule.values()].map((m) => (m.done === 0 ? 'none' : m.done === m.total ? 'complete' : 'partial'));
		expect(states.filter((s) => s === 'complete').length).toBeGreaterThanOrEqual(10);
		expect(states.filter((s) => s === 'partial').length).toBeGreaterThanOrEqual(10);
		expect(states.filter((s) => s === 'none').length).toBeGreaterThanOrEqual(10);
		const learners = [...perLearner.values()];
		expect(learners.filter((l) => l.viewed === 0).length).toBeGreaterThanOrEqual(2);
		expect(learners.filter((l) => l.viewed === 0).length).toBeLessThanOrEqual(6);
		const modulesFinished = [...perLearner.keys()].filter((u) => [...perModule.entries()].some(([k, m]) => k.startsWith(`${u}:`) && m.done === m.total));
		expect(modulesFinished.length).toBeGreaterThanOrEqual(10);
		// Dates spread over the past weeks, none in the future.
		const dates = (await h.db.selectFrom('lesson_progress').select(['last_viewed_at', 'completed_at']).execute()).flatMap((p) => [p.last_viewed_at, p.completed_at]).filter((d): d is Date => d instanceof Date);
		const ages = dates.map((d) => (Date.now() - d.getTime()) / 86_400_000);
		expect(Math.min(...ages)).toBeGreaterThanOrEqual(-1);
		expect(Math.max(...ages)).toBeLessThanOrEqual(70);
		expect(Math.max(...ages) - Math.min(...ages)).toBeGreaterThanOrEqual(28);
	});

	it('progress is deterministic: the same learner gets the same steps', () => {
		const now = new Date('2026-03-01T12:00:00Z');
		expect(demoProgress(12, 16, now)).toEqual(demoProgress(12, 16, now));
		expect(new Set(Array.from({ length: 40 }, (_, i) => demoProgress(i + 1, 16, now).filter((s) => s.completedAt).length)).size).toBeGreaterThanOrEqual(10);
	});

	it('seeding twice changes nothing', async () => {
		const before = await counts();
		expect(before).toMatchObject({ programme: 1, module: 4, cohort: 1, cohort_member: 40, enrolment: 160 });
		expect(before.lesson).toBe(DEMO_MODULES.reduce((n, m) => n + m.lessons.length, 0));
		expect(await seedDemo(h.db)).toEqual({ seeded: false, users: 0 });
		const learnerIds = (await h.db.selectFrom('app_user').select('id').where('role', '=', 'learner').orderBy('login').execute()).map((u) => u.id);
		const trainers = (await h.db.selectFrom('app_user').select('id').where('role', '=', 'trainer').orderBy('login').execute()).map((u) => u.id);
		expect(await seedContent(h.db, { trainerIds: [trainers[0], trainers[1]], learnerIds })).toMatchObject({ seeded: false });
		expect(await counts()).toEqual(before);
	});
});
