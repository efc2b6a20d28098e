import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import type { AuthzHttp, Persona } from './types';

/** The demo records the rows act on: the leadership module (trainer1's, not trainer2's) and learner 1's records in it. */
export async function demoIds(db: Kysely<Database>) {
	const user = async (login: string) => (await db.selectFrom('app_user').select('id').where('login', '=', login).executeTakeFirstOrThrow()).id;
	const mod = await db.selectFrom('module').select(['id', 'cover_file_id']).where('slug', '=', 'leadership').executeTakeFirstOrThrow();
	const learner = await user('+212600000001');
	const lessons = await db.selectFrom('lesson').select('id').where('module_id', '=', mod.id).where('deleted_at', 'is', null).orderBy('position').execute();
	const attempt = await db
		.selectFrom('quiz_attempt as a')
		.innerJoin('quiz as q', 'q.id', 'a.quiz_id')
		.select(['a.id', 'a.quiz_id'])
		.where('q.module_id', '=', mod.id)
		.where('q.status', '=', 'published')
		.where('a.user_id', '=', learner)
		.where('a.status', '=', 'submitted')
		.orderBy('a.id')
		.executeTakeFirstOrThrow();
	const item = await db.selectFrom('quiz_item').select(['id', 'question_id']).where('quiz_id', '=', attempt.quiz_id).where('question_id', 'is not', null).orderBy('position').executeTakeFirstOrThrow();
	const session = await db
		.selectFrom('class_session')
		.select(['id', 'cohort_id'])
		.where('module_id', '=', mod.id)
		.where('cancelled_at', 'is', null)
		.where('ends_at', '<', new Date())
		.orderBy('starts_at')
		.executeTakeFirstOrThrow();
	const image = await db
		.selectFrom('lesson_media as lm')
		.innerJoin('stored_file as f', 'f.id', 'lm.file_id')
		.select('f.id')
		.where('lm.lesson_id', 'in', lessons.map((l) => l.id))
		.where('f.kind', '=', 'image')
		.orderBy('lm.id')
		.executeTakeFirst();
	return {
		moduleId: mod.id,
		lessonId: lessons[0].id,
		quizId: attempt.quiz_id,
		attemptId: attempt.id,
		itemId: item.id,
		questionId: item.question_id!,
		sessionId: session.id,
		cohortId: session.cohort_id,
		/** An image of leadership's lessons (or its cover). */
		imageId: image?.id ?? mod.cover_file_id,
		learnerId: learner,
		otherLearnerId: await user('+212600000002'),
		trainer1Id: await user('trainer1@amssawas.ma'),
		trainer2Id: await user('trainer2@amssawas.ma')
	};
}

export type DemoIds = Awaited<ReturnType<typeof demoIds>>;

let serial = 0;
/** Something unique for names of records made for the purpose. */
export const unique = () => `${Date.now().toString(36)}${(serial += 1)}`;

/** The id at the end of a redirect's location, e.g. 303 → /trainer/modules/12?saved=created. */
export function idFrom(res: { status: number; location: string; text: string }, pattern: RegExp, what: string): number {
	const m = pattern.exec(res.location);
	if (!m) throw new Error(`could not make ${what}: ${res.status} ${res.location} ${res.text.slice(0, 300)}`);
	return Number(m[1]);
}

/** A module made by trainer1 (so she is its staff, trainer2 is not) with one lesson. */
export async function makeModule(http: AuthzHttp, by: Persona = 'moduleTrainer'): Promise<{ moduleId: number; lessonId: number }> {
	const slug = `authz-${unique()}`;
	const made = await http.post(by, '/trainer/modules/new', { slug, title_ar: `وحدة ${slug}`, title_fr: `Module ${slug}`, hours: '1', passMark: '60', attendanceThreshold: '75', selfEnrolKey: '' });
	const moduleId = idFrom(made, /\/trainer\/modules\/(\d+)/, 'a module');
	const lessonId = await makeLesson(http, moduleId, by);
	return { moduleId, lessonId };
}

export async function makeLesson(http: AuthzHttp, moduleId: number, by: Persona = 'moduleTrainer'): Promise<number> {
	const res = await http.post(by, `/trainer/modules/${moduleId}/lessons/new?/create`, { title_ar: 'درس', title_fr: 'Leçon', body_ar: 'نص', body_fr: 'Texte', videoUrl: '' });
	return idFrom(res, /\/lessons\/(\d+)/, 'a lesson');
}
