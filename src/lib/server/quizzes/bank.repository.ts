import { sql } from 'kysely';
import type { Db } from '../db/index';
import type { QuestionContent } from './model';

/** A module's question categories with how many (not deleted) questions each holds, by name. */
export async function listCategories(db: Db, moduleId: number): Promise<{ id: number; name: string; questions: number }[]> {
	return db
		.selectFrom('question_category as c')
		.leftJoin('question as q', (j) => j.onRef('q.category_id', '=', 'c.id').on('q.deleted_at', 'is', null))
		.where('c.module_id', '=', moduleId)
		.groupBy(['c.id', 'c.name'])
		.select(['c.id', 'c.name', sql<number>`count(q.id)::int`.as('questions')])
		.orderBy('c.name')
		.execute();
}

/** The category's id, created when missing (safe when two imports race on the same name). */
export async function ensureCategory(db: Db, moduleId: number, name: string): Promise<number> {
	const clean = name.trim();
	const inserted = await db
		.insertInto('question_category')
		.values({ module_id: moduleId, name: clean })
		.onConflict((oc) => oc.columns(['module_id', 'name']).doNothing())
		.returning('id')
		.executeTakeFirst();
	if (inserted) return inserted.id;
	const row = await db
		.selectFrom('question_category')
		.select('id')
		.where('module_id', '=', moduleId)
		.where('name', '=', clean)
		.executeTakeFirstOrThrow();
	return row.id;
}

/**
 * Adds questions to a module's bank, creating categories by name when missing
 * (a GIFT `$CATEGORY:` path such as `leadership/pre-test` is one name).
 * Returns the new ids in the order given. Pass a transaction to make it all-or-nothing.
 */
export async function insertQuestions(
	db: Db,
	moduleId: number,
	items: { category: string | null; content: QuestionContent; points?: number }[],
	createdBy: number
): Promise<number[]> {
	const categoryIds = new Map<string, number>();
	for (const item of items) {
		const name = item.category?.trim();
		if (name && !categoryIds.has(name)) categoryIds.set(name, await ensureCategory(db, moduleId, name));
	}
	const ids: number[] = [];
	for (const item of items) {
		const name = item.category?.trim();
		const row = await db
			.insertInto('question')
			.values({
				module_id: moduleId,
				category_id: name ? categoryIds.get(name)! : null,
				type: item.content.type,
				content: JSON.stringify(item.content),
				points: item.points ?? 1,
				created_by: createdBy
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		ids.push(row.id);
	}
	return ids;
}

/** A module's bank (deleted questions left out), by category name (uncategorised last), then id. */
export async function listQuestions(
	db: Db,
	moduleId: number,
	opts: { category?: string } = {}
): Promise<{ id: number; category: string | null; content: QuestionContent; points: number }[]> {
	let q = db
		.selectFrom('question as q')
		.leftJoin('question_category as c', 'c.id', 'q.category_id')
		.where('q.module_id', '=', moduleId)
		.where('q.deleted_at', 'is', null)
		.select(['q.id', 'c.name as category', 'q.content', 'q.points'])
		.orderBy(sql`c.name nulls last`)
		.orderBy('q.id');
	if (opts.category !== undefined) q = q.where('c.name', '=', opts.category.trim());
	const rows = await q.execute();
	return rows.map((r) => ({ id: r.id, category: r.category, content: r.content, points: Number(r.points) }));
}

export function findQuestion(db: Db, id: number) {
	return db
		.selectFrom('question as q')
		.leftJoin('question_category as c', 'c.id', 'q.category_id')
		.where('q.id', '=', id)
		.where('q.deleted_at', 'is', null)
		.select(['q.id', 'q.module_id', 'q.category_id', 'c.name as category', 'q.content', 'q.points', 'q.type'])
		.executeTakeFirst();
}

export async function updateQuestion(db: Db, id: number, categoryId: number | null, content: QuestionContent, points: number) {
	await db
		.updateTable('question')
		.set({ category_id: categoryId, type: content.type, content: JSON.stringify(content), points, updated_at: new Date() })
		.where('id', '=', id)
		.execute();
}

export async function softDeleteQuestion(db: Db, id: number) {
	await db.updateTable('question').set({ deleted_at: new Date() }).where('id', '=', id).execute();
	// A deleted question leaves the quizzes that chose it; attempts keep their frozen copy.
	await db.deleteFrom('quiz_item').where('question_id', '=', id).execute();
}
