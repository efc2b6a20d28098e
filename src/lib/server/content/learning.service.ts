import { sql } from 'kysely';
import type { Db } from '../db/index';
import type { Role } from '../db/schema';
import { Forbidden, NotFound } from '../errors';
import type { PublishedModule } from './snapshot';
import { publishedSnapshot } from './snapshot-cache';

export interface Viewer {
	id: number;
	role: Role;
}

const isStaff = (v: Viewer) => v.role === 'trainer' || v.role === 'admin';

/** Published modules the learner is actively enrolled in, with her progress. */
export async function learnerModules(db: Db, userId: number) {
	const rows = await db
		.selectFrom('enrolment as e')
		.innerJoin('module as m', 'm.id', 'e.module_id')
		.select(['m.id', 'm.slug', 'm.position', 'm.published_at', 'm.cover_file_id'])
		.where('e.user_id', '=', userId)
		.where('e.status', '=', 'active')
		.where('m.status', '=', 'published')
		.orderBy('m.position')
		.orderBy('m.id')
		.execute();
	const [progress, snapshots] = await Promise.all([
		progressRows(db, userId, rows.map((r) => r.id)),
		Promise.all(rows.map((r) => publishedSnapshot(db, r.id, r.published_at)))
	]);
	return rows.flatMap((r, i) => {
		const snap = snapshots[i];
		if (!snap) return [];
		const mine = progress.filter((p) => p.module_id === r.id);
		const ids = snap.lessons.map((l) => l.id);
		const done = new Set(mine.filter((p) => p.completed_at).map((p) => p.lesson_id));
		const lastViewed = mine.filter((p) => ids.includes(p.lesson_id)).sort((a, b) => b.last_viewed_at.getTime() - a.last_viewed_at.getTime())[0];
		return [{
			id: r.id,
			slug: r.slug,
			coverFileId: r.cover_file_id,
			title: snap.title,
			summary: snap.summary,
			hours: snap.hours,
			total: ids.length,
			done: ids.filter((id) => done.has(id)).length,
			nextLessonId: ids.find((id) => !done.has(id)) ?? null,
			lastViewedAt: lastViewed?.last_viewed_at ?? null
		}];
	});
}

function progressRows(db: Db, userId: number, moduleIds: number[]) {
	if (moduleIds.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('lesson_progress as p')
		.innerJoin('lesson as l', 'l.id', 'p.lesson_id')
		.select(['p.lesson_id', 'p.completed_at', 'p.last_viewed_at', 'l.module_id'])
		.where('p.user_id', '=', userId)
		.where('l.module_id', 'in', moduleIds)
		.execute();
}

/**
 * The published module as a learner may see it: staff always; a learner only
 * when it is published and she is actively enrolled (otherwise Forbidden).
 */
export async function viewModule(db: Db, viewer: Viewer, slug: string) {
	// One round trip: the module, her enrolment and her progress in its lessons
	// ([lesson id, done, last viewed in ms], as JSON) — the module and lesson pages are the busiest.
	const m = await db
		.selectFrom('module as m')
		.leftJoin('enrolment as e', (j) => j.onRef('e.module_id', '=', 'm.id').on('e.user_id', '=', viewer.id).on('e.status', '=', 'active'))
		.select(['m.id', 'm.slug', 'm.status', 'm.published_at', 'm.cover_file_id', 'e.id as enrolment_id'])
		.select(
			sql<[number, boolean, number][]>`(select coalesce(json_agg(json_build_array(p.lesson_id, p.completed_at is not null, floor(extract(epoch from p.last_viewed_at) * 1000))), '[]'::json)
				from lesson_progress p join lesson l on l.id = p.lesson_id where p.user_id = ${viewer.id} and l.module_id = m.id)`.as('progress')
		)
		.where('m.slug', '=', slug)
		.executeTakeFirst();
	if (!m) throw new NotFound();
	if (!isStaff(viewer) && (m.status !== 'published' || !m.enrolment_id)) throw new Forbidden('content_not_enrolled');
	const snapshot = await publishedSnapshot(db, m.id, m.published_at);
	if (!snapshot) throw new NotFound('content_not_published');
	const done = new Set(m.progress.filter(([, completed]) => completed).map(([id]) => id));
	const viewedAt = new Map(m.progress.map(([id, , at]) => [id, Number(at)]));
	return { id: m.id, slug: m.slug, coverFileId: m.cover_file_id, publishedAt: m.published_at?.getTime() ?? 0, snapshot, done, viewedAt };
}

export function lessonIn(snapshot: PublishedModule, lessonId: number) {
	const i = snapshot.lessons.findIndex((l) => l.id === lessonId);
	if (i < 0) throw new NotFound();
	return { lesson: snapshot.lessons[i], prev: snapshot.lessons[i - 1] ?? null, next: snapshot.lessons[i + 1] ?? null, index: i };
}

const VIEW_EVERY_MS = 60_000;

/** Whether a lesson view is worth writing: not when it was recorded under a minute ago. */
export function viewIsStale(lastViewedAt: number | undefined, now = Date.now()): boolean {
	return lastViewedAt === undefined || now - lastViewedAt >= VIEW_EVERY_MS;
}

/** Remembers where she stopped; writes at most once a minute per lesson. */
export async function recordView(db: Db, userId: number, lessonId: number): Promise<void> {
	await db
		.insertInto('lesson_progress')
		.values({ user_id: userId, lesson_id: lessonId })
		.onConflict((oc) =>
			oc
				.columns(['user_id', 'lesson_id'])
				.doUpdateSet({ last_viewed_at: sql`now()` })
				.where('lesson_progress.last_viewed_at', '<', sql<Date>`now() - interval '1 minute'`)
		)
		.execute();
}

/** Idempotent: a double tap keeps the first completion time. */
export async function markDone(db: Db, viewer: Viewer, slug: string, lessonId: number, done = true): Promise<void> {
	const { snapshot } = await viewModule(db, viewer, slug);
	lessonIn(snapshot, lessonId);
	await db
		.insertInto('lesson_progress')
		.values({ user_id: viewer.id, lesson_id: lessonId, completed_at: done ? new Date() : null })
		.onConflict((oc) =>
			oc.columns(['user_id', 'lesson_id']).doUpdateSet({
				completed_at: done ? sql`coalesce(lesson_progress.completed_at, now())` : null,
				last_viewed_at: sql`now()`
			})
		)
		.execute();
}
