import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { createLesson, createModule, deleteLesson, moveLesson, publishModule, unpublishModule, updateLesson, updateModule, activeLessons } from '../../src/lib/server/content/content.service';
import { learnerModules, markDone, recordView, viewModule } from '../../src/lib/server/content/learning.service';
import { Forbidden, Invalid } from '../../src/lib/server/errors';
import { freshDb } from './db';
import { makeUser, enrol as enrolIn } from './factories';

let h: DbHandle;
let trainer: { id: number; role: 'trainer' };
let learner: { id: number; role: 'learner' };
let outsider: { id: number; role: 'learner' };

const moduleInput = (slug: string) => ({
	slug,
	title: { ar: 'القيادة', fr: 'Leadership' },
	summary: { fr: 'Prendre la parole' },
	hours: '6',
	passMark: '60',
	attendanceThreshold: '75',
	selfEnrolKey: ''
});
const lesson = (n: number) => ({ title: { ar: `الدرس ${n}`, fr: `Leçon ${n}` }, body: { ar: `## نص ${n}`, fr: `## Texte ${n}` }, videoUrl: '' });

beforeAll(async () => {
	h = await freshDb();
	trainer = { id: (await makeUser(h.db, { role: 'trainer', invite: true })).id, role: 'trainer' };
	learner = { id: (await makeUser(h.db, { invite: true })).id, role: 'learner' };
	outsider = { id: (await makeUser(h.db, { invite: true })).id, role: 'learner' };
});
afterAll(() => h.close());

const enrol = (userId: number, moduleId: number, status: 'active' | 'withdrawn' = 'active') => enrolIn(h.db, userId, moduleId, status);

describe('authoring', () => {
	it('validates modules: slug shape and uniqueness, a title in some language, numbers in range', async () => {
		const e = await createModule(h.db, trainer, { ...moduleInput('Bad Slug!'), title: {}, hours: '-1', passMark: '120', attendanceThreshold: 'abc' }).catch((x) => x);
		expect(e).toBeInstanceOf(Invalid);
		expect(e.fields).toEqual({ slug: 'content_slug_invalid', title: 'content_title_required', hours: 'content_number_invalid', passMark: 'content_percent_invalid', attendanceThreshold: 'content_number_invalid' });
		await createModule(h.db, trainer, moduleInput('taken'));
		await expect(createModule(h.db, trainer, moduleInput('taken'))).rejects.toMatchObject({ fields: { slug: 'content_slug_taken' } });
	});

	it('learners see the published version until the trainer publishes again', async () => {
		const id = await createModule(h.db, trainer, moduleInput('versions'));
		await enrol(learner.id, id);
		await expect(publishModule(h.db, trainer, id)).rejects.toMatchObject({ key: 'content_publish_empty' });
		const l1 = await createLesson(h.db, trainer, id, lesson(1));
		await expect(viewModule(h.db, learner, 'versions')).rejects.toBeInstanceOf(Forbidden);
		await publishModule(h.db, trainer, id);
		expect((await viewModule(h.db, learner, 'versions')).snapshot.lessons.map((l) => l.title.fr)).toEqual(['Leçon 1']);

		await updateLesson(h.db, trainer, id, l1, { ...lesson(1), title: { fr: 'Leçon 1 revue' } });
		await createLesson(h.db, trainer, id, lesson(2));
		await updateModule(h.db, trainer, id, { ...moduleInput('versions'), title: { fr: 'Leadership 2' } });
		const before = await viewModule(h.db, learner, 'versions');
		expect(before.snapshot.lessons.map((l) => l.title.fr)).toEqual(['Leçon 1']);
		expect(before.snapshot.title.fr).toBe('Leadership');
		const row = await h.db.selectFrom('module').select(['has_unpublished_changes']).where('id', '=', id).executeTakeFirstOrThrow();
		expect(row.has_unpublished_changes).toBe(true);

		await publishModule(h.db, trainer, id);
		const after = await viewModule(h.db, learner, 'versions');
		expect(after.snapshot.lessons.map((l) => l.title.fr)).toEqual(['Leçon 1 revue', 'Leçon 2']);
		expect(after.snapshot.title.fr).toBe('Leadership 2');
	});

	it('reorders and deletes lessons without gaps, and audits each act', async () => {
		const id = await createModule(h.db, trainer, moduleInput('order'));
		const [a, b, c] = [await createLesson(h.db, trainer, id, lesson(1)), await createLesson(h.db, trainer, id, lesson(2)), await createLesson(h.db, trainer, id, lesson(3))];
		await moveLesson(h.db, trainer, id, c, -1);
		expect((await activeLessons(h.db, id)).map((l) => l.id)).toEqual([a, c, b]);
		await moveLesson(h.db, trainer, id, a, -1); // already first: no change
		await deleteLesson(h.db, trainer, id, c);
		expect((await activeLessons(h.db, id)).map((l) => [l.id, l.position])).toEqual([[a, 1], [b, 2]]);
		const actions = await h.db.selectFrom('audit_event').select('action').where('subject_type', '=', 'module').where('subject_id', '=', String(id)).orderBy('id').execute();
		expect(actions.map((x) => x.action)).toEqual(['module.create', 'lesson.create', 'lesson.create', 'lesson.create', 'lesson.move', 'lesson.delete']);
	});

	it('freezes the lesson media with the published version', async () => {
		const id = await createModule(h.db, trainer, moduleInput('media'));
		const l1 = await createLesson(h.db, trainer, id, lesson(1));
		const file = await h.db
			.insertInto('stored_file')
			.values({ storage_key: 'k-media-1', kind: 'audio', mime: 'audio/mpeg', size: 1234, sha256: 'x', original_name: 'تسجيل.mp3', uploaded_by: trainer.id })
			.returning('id')
			.executeTakeFirstOrThrow();
		await h.db.insertInto('lesson_media').values({ lesson_id: l1, file_id: file.id, role: 'narration', locale: 'ar' }).execute();
		await publishModule(h.db, trainer, id);
		const snap = (await viewModule(h.db, trainer, 'media')).snapshot;
		expect(snap.lessons[0].media).toEqual([
			{ id: file.id, kind: 'audio', mime: 'audio/mpeg', size: 1234, width: null, height: null, name: 'تسجيل.mp3', role: 'narration', locale: 'ar' }
		]);
	});

	it('refuses a video link that is not https', async () => {
		const id = await createModule(h.db, trainer, moduleInput('video'));
		await expect(createLesson(h.db, trainer, id, { ...lesson(1), videoUrl: 'javascript:alert(1)' })).rejects.toMatchObject({ fields: { videoUrl: 'content_video_invalid' } });
		await expect(createLesson(h.db, trainer, id, { ...lesson(1), videoUrl: 'https://www.youtube.com/watch?v=abc' })).resolves.toEqual(expect.any(Number));
	});
});

describe('learning', () => {
	it('only enrolled learners see published modules; unpublishing hides it and keeps progress', async () => {
		const id = await createModule(h.db, trainer, moduleInput('access'));
		const l1 = await createLesson(h.db, trainer, id, lesson(1));
		const l2 = await createLesson(h.db, trainer, id, lesson(2));
		await publishModule(h.db, trainer, id);
		await enrol(learner.id, id);

		await expect(viewModule(h.db, outsider, 'access')).rejects.toBeInstanceOf(Forbidden);
		await expect(markDone(h.db, outsider, 'access', l1)).rejects.toBeInstanceOf(Forbidden);
		expect((await viewModule(h.db, trainer, 'access')).snapshot.lessons).toHaveLength(2);

		await markDone(h.db, learner, 'access', l1);
		await markDone(h.db, learner, 'access', l1); // a double tap
		const rows = await h.db.selectFrom('lesson_progress').selectAll().where('user_id', '=', learner.id).where('lesson_id', '=', l1).execute();
		expect(rows).toHaveLength(1);
		expect(rows[0].completed_at).toBeInstanceOf(Date);

		const mine = (await learnerModules(h.db, learner.id)).find((m) => m.slug === 'access')!;
		expect(mine).toMatchObject({ total: 2, done: 1, nextLessonId: l2 });
		const page = await viewModule(h.db, learner, 'access');
		expect([...page.done]).toEqual([l1]);
		expect(page.viewedAt.get(l1)).toBe(rows[0].last_viewed_at.getTime());
		expect(page.viewedAt.has(l2)).toBe(false);

		await unpublishModule(h.db, trainer, id);
		expect((await learnerModules(h.db, learner.id)).find((m) => m.slug === 'access')).toBeUndefined();
		await expect(viewModule(h.db, learner, 'access')).rejects.toBeInstanceOf(Forbidden);
		await publishModule(h.db, trainer, id);
		expect((await learnerModules(h.db, learner.id)).find((m) => m.slug === 'access')).toMatchObject({ done: 1 });

		await enrol(learner.id, id, 'withdrawn');
		await expect(viewModule(h.db, learner, 'access')).rejects.toBeInstanceOf(Forbidden);
		expect(await h.db.selectFrom('lesson_progress').select('lesson_id').where('user_id', '=', learner.id).where('lesson_id', '=', l1).executeTakeFirst()).toBeTruthy();
	});

	it('a lesson from another module cannot be marked through this one', async () => {
		const a = await createModule(h.db, trainer, moduleInput('mod-a'));
		const b = await createModule(h.db, trainer, moduleInput('mod-b'));
		await createLesson(h.db, trainer, a, lesson(1));
		const lb = await createLesson(h.db, trainer, b, lesson(1));
		await publishModule(h.db, trainer, a);
		await enrol(learner.id, a);
		await expect(markDone(h.db, learner, 'mod-a', lb)).rejects.toMatchObject({ status: 404 });
	});

	it('remembers the last lesson opened, writing at most once a minute', async () => {
		const id = await createModule(h.db, trainer, moduleInput('views'));
		const l1 = await createLesson(h.db, trainer, id, lesson(1));
		await publishModule(h.db, trainer, id);
		await enrol(learner.id, id);
		await recordView(h.db, learner.id, l1);
		const first = await h.db.selectFrom('lesson_progress').select('last_viewed_at').where('user_id', '=', learner.id).where('lesson_id', '=', l1).executeTakeFirstOrThrow();
		await recordView(h.db, learner.id, l1);
		const second = await h.db.selectFrom('lesson_progress').select('last_viewed_at').where('user_id', '=', learner.id).where('lesson_id', '=', l1).executeTakeFirstOrThrow();
		expect(second.last_viewed_at.getTime()).toBe(first.last_viewed_at.getTime());
		expect((await learnerModules(h.db, learner.id)).find((m) => m.slug === 'views')!.lastViewedAt).toBeInstanceOf(Date);
	});
});
