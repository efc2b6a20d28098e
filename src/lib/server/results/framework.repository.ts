/** All SQL of the results framework: results, indicators, period targets and comments. */
import { sql } from 'kysely';
import type { Db } from '../db/index';
import type { Localized } from '../../localized';

export interface FrameworkIndicator {
	id: number;
	code: string;
	ruleId: string;
	resultCode: string;
	resultStatement: Localized;
	statement: Localized;
	unit: Localized;
	direction: 'up' | 'down';
	baseline: number | null;
	baselineDate: string | null;
	baselineSource: string | null;
	target: number | null;
	moreThan: boolean;
	verification: string;
	responsible: string;
	updatedAt: Date;
}

export async function listIndicators(db: Db): Promise<FrameworkIndicator[]> {
	const rows = await db
		.selectFrom('indicator as i')
		.innerJoin('result as r', 'r.id', 'i.result_id')
		.select([
			'i.id',
			'i.code',
			'i.rule_id',
			'r.code as result_code',
			'r.statement as result_statement',
			'i.statement',
			'i.unit',
			'i.direction',
			'i.baseline',
			sql<string | null>`i.baseline_date::text`.as('baseline_date'),
			'i.baseline_source',
			'i.target',
			'i.more_than',
			'i.verification',
			'i.responsible',
			'i.updated_at'
		])
		.orderBy('r.position')
		.orderBy('i.position')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		code: r.code,
		ruleId: r.rule_id,
		resultCode: r.result_code,
		resultStatement: r.result_statement,
		statement: r.statement,
		unit: r.unit,
		direction: r.direction,
		baseline: r.baseline,
		baselineDate: r.baseline_date,
		baselineSource: r.baseline_source,
		target: r.target,
		moreThan: r.more_than,
		verification: r.verification,
		responsible: r.responsible,
		updatedAt: r.updated_at
	}));
}

export interface PeriodTargetRow {
	id: number;
	indicatorId: number;
	from: string;
	to: string;
	target: number;
}

export async function listTargets(db: Db, indicatorId?: number): Promise<PeriodTargetRow[]> {
	let q = db
		.selectFrom('indicator_target')
		.select(['id', 'indicator_id', sql<string>`period_from::text`.as('period_from'), sql<string>`period_to::text`.as('period_to'), 'target'])
		.orderBy('period_from');
	if (indicatorId !== undefined) q = q.where('indicator_id', '=', indicatorId);
	return (await q.execute()).map((r) => ({ id: r.id, indicatorId: r.indicator_id, from: r.period_from, to: r.period_to, target: r.target }));
}

export interface CommentRow {
	id: number;
	indicatorId: number;
	from: string | null;
	to: string | null;
	body: string;
	authorId: number | null;
	authorName: string | null;
	updatedAt: Date;
}

const sameBound = (col: 'period_from' | 'period_to', v: string | null) => (v === null ? sql<boolean>`${sql.ref(col)} is null` : sql<boolean>`${sql.ref(col)} = ${v}::date`);

/** The comments of exactly this period (null bounds match open bounds). */
export async function commentsFor(db: Db, from: string | null, to: string | null, indicatorId?: number): Promise<CommentRow[]> {
	let q = db
		.selectFrom('indicator_comment as c')
		.leftJoin('app_user as u', 'u.id', 'c.author_id')
		.select(['c.id', 'c.indicator_id', sql<string | null>`c.period_from::text`.as('period_from'), sql<string | null>`c.period_to::text`.as('period_to'), 'c.body', 'c.author_id', 'u.name_latin', 'c.updated_at'])
		.where(sameBound('period_from', from))
		.where(sameBound('period_to', to));
	if (indicatorId !== undefined) q = q.where('c.indicator_id', '=', indicatorId);
	return (await q.execute()).map((r) => ({ id: r.id, indicatorId: r.indicator_id, from: r.period_from, to: r.period_to, body: r.body, authorId: r.author_id, authorName: r.name_latin, updatedAt: r.updated_at }));
}

export interface IndicatorPatch {
	statement: Localized;
	unit: Localized;
	direction: 'up' | 'down';
	baseline: number | null;
	baselineDate: string | null;
	baselineSource: string | null;
	target: number | null;
	moreThan: boolean;
	verification: string;
	responsible: string;
}

export async function updateIndicator(db: Db, id: number, p: IndicatorPatch, actorId: number) {
	await db
		.updateTable('indicator')
		.set({
			statement: JSON.stringify(p.statement),
			unit: JSON.stringify(p.unit),
			direction: p.direction,
			baseline: p.baseline,
			baseline_date: p.baselineDate,
			baseline_source: p.baselineSource,
			target: p.target,
			more_than: p.moreThan,
			verification: p.verification,
			responsible: p.responsible,
			updated_by: actorId,
			updated_at: new Date()
		})
		.where('id', '=', id)
		.execute();
}

export async function upsertTarget(db: Db, indicatorId: number, from: string, to: string, target: number) {
	await db
		.insertInto('indicator_target')
		.values({ indicator_id: indicatorId, period_from: from, period_to: to, target })
		.onConflict((oc) => oc.columns(['indicator_id', 'period_from', 'period_to']).doUpdateSet({ target }))
		.execute();
}

export async function deleteTarget(db: Db, id: number) {
	return db.deleteFrom('indicator_target').where('id', '=', id).returning(['indicator_id', 'target']).executeTakeFirst();
}

/** Writes (or replaces) the comment of an indicator and period; an empty body removes it. */
export async function saveComment(db: Db, indicatorId: number, from: string | null, to: string | null, body: string, authorId: number) {
	const existing = await db
		.selectFrom('indicator_comment')
		.select(['id', 'body'])
		.where('indicator_id', '=', indicatorId)
		.where(sameBound('period_from', from))
		.where(sameBound('period_to', to))
		.forUpdate()
		.executeTakeFirst();
	if (!body) {
		if (existing) await db.deleteFrom('indicator_comment').where('id', '=', existing.id).execute();
		return { before: existing?.body ?? null };
	}
	if (existing) await db.updateTable('indicator_comment').set({ body, author_id: authorId, updated_at: new Date() }).where('id', '=', existing.id).execute();
	else await db.insertInto('indicator_comment').values({ indicator_id: indicatorId, period_from: from, period_to: to, body, author_id: authorId }).execute();
	return { before: existing?.body ?? null };
}
