/** Quizzes and their questions, as trainers set them up. */
import * as v from 'valibot';
import { sql } from 'kysely';
import type { Db } from '../db/index';
import { recordAudit } from '../audit/audit.repository';
import { Invalid, NotFound } from '../errors';
import { validate } from '../validation';
import type { QuestionContent, Texts } from './model';
import type { FeedbackTiming, QuizKind, QuizLayout, QuizRow } from './tables';
import { ensureCategory, findQuestion, insertQuestions, softDeleteQuestion, updateQuestion } from './bank.repository';
import { fromLocalInput } from './local-time';
import type { QuestionForm } from './question-form';
import type { Actor as ActorOf } from '../actor';

type Actor = ActorOf<number>;

export const QUIZ_KINDS: QuizKind[] = ['pre', 'post', 'practice', 'graded'];
export const FEEDBACK_TIMINGS: FeedbackTiming[] = ['immediate', 'after_submit', 'after_close'];
export const LAYOUTS: QuizLayout[] = ['one_per_page', 'all_on_one'];

const optionalInt = (min: number, max: number, key: string) =>
	v.pipe(
		v.string(),
		v.trim(),
		v.transform((s) => (s === '' ? null : Number(s))),
		v.nullable(v.pipe(v.number(key), v.integer(key), v.minValue(min, key), v.maxValue(max, key)))
	);
const optionalDate = v.pipe(
	v.string(),
	v.trim(),
	v.check((s) => s === '' || fromLocalInput(s) !== null, 'quiz_date_invalid'),
	v.transform((s) => (s === '' ? null : fromLocalInput(s)))
);

const QuizInput = v.pipe(
	v.object({
		kind: v.picklist(QUIZ_KINDS, 'error_required'),
		title: v.pipe(
			v.record(v.picklist(['ar', 'fr', 'zgh']), v.pipe(v.string(), v.maxLength(160, 'error_too_long'))),
			v.check((m) => Object.values(m).some((t) => t.trim()), 'content_title_required')
		),
		intro: v.record(v.picklist(['ar', 'fr', 'zgh']), v.pipe(v.string(), v.maxLength(4000, 'error_too_long'))),
		passMark: optionalInt(0, 100, 'content_percent_invalid'),
		attemptsAllowed: optionalInt(1, 100, 'content_number_invalid'),
		timeLimitMinutes: optionalInt(1, 600, 'content_number_invalid'),
		opensAt: optionalDate,
		closesAt: optionalDate,
		shuffleQuestions: v.boolean(),
		shuffleOptions: v.boolean(),
		feedback: v.picklist(FEEDBACK_TIMINGS, 'error_required'),
		layout: v.picklist(LAYOUTS, 'error_required')
	}),
	v.forward(
		v.check((d) => !d.opensAt || !d.closesAt || d.closesAt > d.opensAt, 'quiz_close_after_open'),
		['closesAt']
	)
);
export type QuizInput = v.InferInput<typeof QuizInput>;

function quizColumns(d: v.InferOutput<typeof QuizInput>) {
	return {
		kind: d.kind,
		title: JSON.stringify(d.title),
		intro: JSON.stringify(d.intro),
		pass_mark: d.passMark,
		// A practice quiz is ungraded and unlimited.
		attempts_allowed: d.kind === 'practice' ? null : d.attemptsAllowed,
		time_limit_minutes: d.timeLimitMinutes,
		opens_at: d.opensAt,
		closes_at: d.closesAt,
		shuffle_questions: d.shuffleQuestions,
		shuffle_options: d.shuffleOptions,
		feedback: d.feedback,
		layout: d.layout
	};
}

async function mustFindModule(db: Db, moduleId: number) {
	const m = await db.selectFrom('module').select(['id', 'slug', 'pass_mark', 'title']).where('id', '=', moduleId).executeTakeFirst();
	if (!m) throw new NotFound();
	return m;
}

export async function createQuiz(db: Db, actor: Actor, moduleId: number, input: QuizInput): Promise<number> {
	const d = validate(QuizInput, input);
	await mustFindModule(db, moduleId);
	const pos = await db
		.selectFrom('quiz')
		.select(sql<number>`coalesce(max(position), 0)::int + 1`.as('next'))
		.where('module_id', '=', moduleId)
		.executeTakeFirstOrThrow();
	const row = await db
		.insertInto('quiz')
		.values({ module_id: moduleId, ...quizColumns(d), position: pos.next, created_by: actor.id })
		.returning('id')
		.executeTakeFirstOrThrow();
	await recordAudit(db, { actorId: actor.id, action: 'quiz.create', subjectType: 'quiz', subjectId: row.id, after: { moduleId, kind: d.kind } });
	return row.id;
}

export async function updateQuiz(db: Db, actor: Actor, quizId: number, input: QuizInput): Promise<void> {
	const d = validate(QuizInput, input);
	const before = await mustFindQuiz(db, quizId);
	await db.updateTable('quiz').set({ ...quizColumns(d), updated_at: new Date() }).where('id', '=', quizId).execute();
	await recordAudit(db, {
		actorId: actor.id,
		action: 'quiz.update',
		subjectType: 'quiz',
		subjectId: quizId,
		before: { kind: before.kind, passMark: before.pass_mark, attempts: before.attempts_allowed, timeLimit: before.time_limit_minutes },
		after: { kind: d.kind, passMark: d.passMark, attempts: d.attemptsAllowed, timeLimit: d.timeLimitMinutes }
	});
}

export async function setQuizStatus(db: Db, actor: Actor, quizId: number, status: 'draft' | 'published'): Promise<void> {
	const quiz = await mustFindQuiz(db, quizId);
	if (status === 'published' && (await quizItems(db, quizId)).length === 0) throw new Invalid('quiz_publish_empty');
	await db.updateTable('quiz').set({ status, updated_at: new Date() }).where('id', '=', quizId).execute();
	await recordAudit(db, { actorId: actor.id, action: `quiz.${status === 'published' ? 'publish' : 'unpublish'}`, subjectType: 'quiz', subjectId: quizId, before: { status: quiz.status } });
}

export async function mustFindQuiz(db: Db, quizId: number, moduleId?: number): Promise<QuizRow> {
	let q = db.selectFrom('quiz').selectAll().where('id', '=', quizId);
	if (moduleId !== undefined) q = q.where('module_id', '=', moduleId);
	const quiz = await q.executeTakeFirst();
	if (!quiz) throw new NotFound();
	return quiz;
}

export function moduleQuizzes(db: Db, moduleId: number) {
	return db
		.selectFrom('quiz as z')
		.select([
			'z.id',
			'z.kind',
			'z.title',
			'z.status',
			'z.position',
			sql<number>`(select count(*)::int from quiz_item i where i.quiz_id = z.id)`.as('items'),
			// What a learner is asked (a random item asks its count) and what those are drawn from.
			sql<number>`(select coalesce(sum(coalesce(i.random_count, 1)), 0)::int from quiz_item i where i.quiz_id = z.id)`.as('asked'),
			sql<number>`(select count(*)::int from quiz_item i where i.quiz_id = z.id and i.question_id is not null)
				+ (select count(*)::int from question q where q.deleted_at is null and q.category_id in (select i.category_id from quiz_item i where i.quiz_id = z.id))`.as('pool'),
			sql<number>`(select count(*)::int from quiz_attempt a join app_user u on u.id = a.user_id where a.quiz_id = z.id and a.status = 'submitted' and u.role = 'learner')`.as('submitted')
		])
		.where('z.module_id', '=', moduleId)
		.orderBy('z.position')
		.orderBy('z.id')
		.execute();
}

export function quizItems(db: Db, quizId: number) {
	return db
		.selectFrom('quiz_item as i')
		.leftJoin('question as q', 'q.id', 'i.question_id')
		.leftJoin('question_category as c', 'c.id', 'i.category_id')
		.select(['i.id', 'i.position', 'i.question_id', 'i.category_id', 'i.random_count', 'q.content', 'q.points', 'c.name as category'])
		.where('i.quiz_id', '=', quizId)
		.orderBy('i.position')
		.orderBy('i.id')
		.execute();
}

async function nextPosition(db: Db, quizId: number): Promise<number> {
	const r = await db
		.selectFrom('quiz_item')
		.select(sql<number>`coalesce(max(position), 0)::int + 1`.as('next'))
		.where('quiz_id', '=', quizId)
		.executeTakeFirstOrThrow();
	return r.next;
}

/** Adds chosen bank questions (of the quiz's module) at the end; ones already there are skipped. */
export async function addQuestionsToQuiz(db: Db, actor: Actor, quizId: number, questionIds: number[]): Promise<number> {
	const quiz = await mustFindQuiz(db, quizId);
	if (questionIds.length === 0) return 0;
	const valid = await db
		.selectFrom('question')
		.select('id')
		.where('id', 'in', questionIds)
		.where('module_id', '=', quiz.module_id)
		.where('deleted_at', 'is', null)
		.orderBy('id')
		.execute();
	let pos = await nextPosition(db, quizId);
	let added = 0;
	for (const q of valid) {
		const r = await db
			.insertInto('quiz_item')
			.values({ quiz_id: quizId, position: pos, question_id: q.id })
			.onConflict((oc) => oc.columns(['quiz_id', 'question_id']).doNothing())
			.returning('id')
			.executeTakeFirst();
		if (r) {
			pos++;
			added++;
		}
	}
	await recordAudit(db, { actorId: actor.id, action: 'quiz.items.add', subjectType: 'quiz', subjectId: quizId, after: { questions: valid.map((q) => q.id) } });
	return added;
}

/** N questions drawn at random from a category for each attempt (replaces the count when the category is already there). */
export async function addRandomToQuiz(db: Db, actor: Actor, quizId: number, categoryId: number, count: number): Promise<void> {
	const quiz = await mustFindQuiz(db, quizId);
	if (!Number.isInteger(count) || count < 1 || count > 100) throw new Invalid('error_invalid_form', { count: 'content_number_invalid' });
	const cat = await db.selectFrom('question_category').select('id').where('id', '=', categoryId).where('module_id', '=', quiz.module_id).executeTakeFirst();
	if (!cat) throw new Invalid('error_invalid_form', { category: 'error_required' });
	await db
		.insertInto('quiz_item')
		.values({ quiz_id: quizId, position: await nextPosition(db, quizId), category_id: categoryId, random_count: count })
		.onConflict((oc) => oc.columns(['quiz_id', 'category_id']).doUpdateSet({ random_count: count }))
		.execute();
	await recordAudit(db, { actorId: actor.id, action: 'quiz.items.random', subjectType: 'quiz', subjectId: quizId, after: { categoryId, count } });
}

export async function removeQuizItem(db: Db, actor: Actor, quizId: number, itemId: number): Promise<void> {
	await db.deleteFrom('quiz_item').where('id', '=', itemId).where('quiz_id', '=', quizId).execute();
	await recordAudit(db, { actorId: actor.id, action: 'quiz.items.remove', subjectType: 'quiz', subjectId: quizId, before: { itemId } });
}

export async function moveQuizItem(db: Db, quizId: number, itemId: number, by: -1 | 1): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const items = await trx.selectFrom('quiz_item').select(['id', 'position']).where('quiz_id', '=', quizId).orderBy('position').orderBy('id').forUpdate().execute();
		const i = items.findIndex((x) => x.id === itemId);
		const j = i + by;
		if (i < 0 || j < 0 || j >= items.length) return;
		[items[i], items[j]] = [items[j], items[i]];
		for (const [k, it] of items.entries()) await trx.updateTable('quiz_item').set({ position: k + 1 }).where('id', '=', it.id).execute();
	});
}

/* ---------- the question bank ---------- */

export async function createQuestion(db: Db, actor: Actor, moduleId: number, form: QuestionForm): Promise<number> {
	await mustFindModule(db, moduleId);
	const [id] = await insertQuestions(db, moduleId, [{ category: form.category, content: form.content, points: form.points }], actor.id);
	await recordAudit(db, { actorId: actor.id, action: 'question.create', subjectType: 'question', subjectId: id, after: { moduleId, type: form.content.type } });
	return id;
}

export async function editQuestion(db: Db, actor: Actor, moduleId: number, questionId: number, form: QuestionForm): Promise<void> {
	const q = await findQuestion(db, questionId);
	if (!q || q.module_id !== moduleId) throw new NotFound();
	const categoryId = form.category ? await ensureCategory(db, moduleId, form.category) : null;
	await updateQuestion(db, questionId, categoryId, form.content, form.points);
	await recordAudit(db, { actorId: actor.id, action: 'question.update', subjectType: 'question', subjectId: questionId, before: q.content, after: form.content });
}

export async function deleteQuestion(db: Db, actor: Actor, moduleId: number, questionId: number): Promise<void> {
	const q = await findQuestion(db, questionId);
	if (!q || q.module_id !== moduleId) throw new NotFound();
	await softDeleteQuestion(db, questionId);
	await recordAudit(db, { actorId: actor.id, action: 'question.delete', subjectType: 'question', subjectId: questionId, before: q.content });
}

export async function mustFindQuestion(db: Db, moduleId: number, questionId: number) {
	const q = await findQuestion(db, questionId);
	if (!q || q.module_id !== moduleId) throw new NotFound();
	return { ...q, points: Number(q.points), content: q.content as QuestionContent };
}

