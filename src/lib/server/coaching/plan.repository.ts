// All SQL of development plans, goals, reviews and evidence.
import { sql } from 'kysely';
import type { Db } from '../db/index';
import type { EvidenceKind, PlanStatus } from './tables';

export function planOf(db: Db, learnerId: number) {
	return db.selectFrom('development_plan').select(['id', 'learner_id', 'status', 'approved_at', 'approved_by', 'updated_at']).where('learner_id', '=', learnerId).executeTakeFirst();
}

export async function ensurePlan(db: Db, learnerId: number) {
	await db.insertInto('development_plan').values({ learner_id: learnerId }).onConflict((oc) => oc.column('learner_id').doNothing()).execute();
	return (await planOf(db, learnerId))!;
}

export async function setPlanStatus(db: Db, planId: number, status: PlanStatus, approvedBy: number | null) {
	await db
		.updateTable('development_plan')
		.set({ status, updated_at: new Date(), ...(approvedBy ? { approved_by: approvedBy, approved_at: new Date() } : {}) })
		.where('id', '=', planId)
		.execute();
}

export function goalsOf(db: Db, planId: number) {
	return db
		.selectFrom('plan_goal as g')
		.leftJoin('coaching_need as n', 'n.id', 'g.need_id')
		.select(['g.id', 'g.need_id', 'n.code as need_code', 'n.name as need_name', 'g.text', 'g.baseline', 'g.target', 'g.status', 'g.position'])
		.where('g.plan_id', '=', planId)
		.orderBy('g.position')
		.orderBy('g.id')
		.execute();
}

export async function findGoal(db: Db, goalId: number) {
	return db
		.selectFrom('plan_goal as g')
		.innerJoin('development_plan as p', 'p.id', 'g.plan_id')
		.select(['g.id', 'g.plan_id', 'p.learner_id', 'g.status', 'g.baseline', 'g.target'])
		.where('g.id', '=', goalId)
		.executeTakeFirst();
}

export async function insertGoal(db: Db, v: { planId: number; needId: number | null; text: string; baseline: number; target: number }) {
	const { id } = await db
		.insertInto('plan_goal')
		.values({ plan_id: v.planId, need_id: v.needId, text: v.text, baseline: v.baseline, target: v.target, position: sql<number>`(select coalesce(max(position), 0) + 1 from plan_goal where plan_id = ${v.planId})` as never })
		.returning('id')
		.executeTakeFirstOrThrow();
	return id;
}

export async function setGoalStatus(db: Db, goalId: number, status: PlanStatus) {
	await db.updateTable('plan_goal').set({ status }).where('id', '=', goalId).execute();
}

export function reviewsOf(db: Db, goalIds: number[]) {
	if (!goalIds.length) return Promise.resolve([]);
	return db
		.selectFrom('goal_review')
		.select(['id', 'goal_id', 'learner_rating', 'coach_rating', 'comment', 'author_id', 'approved_at', 'created_at'])
		.where('goal_id', 'in', goalIds)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
}

export async function insertReview(db: Db, v: { goalId: number; learnerRating: number | null; coachRating: number | null; comment: string; authorId: number; approvedBy: number | null }) {
	const { id } = await db
		.insertInto('goal_review')
		.values({ goal_id: v.goalId, learner_rating: v.learnerRating, coach_rating: v.coachRating, comment: v.comment, author_id: v.authorId, approved_by: v.approvedBy, approved_at: v.approvedBy ? new Date() : null })
		.returning('id')
		.executeTakeFirstOrThrow();
	return id;
}

export async function approveReviewRow(db: Db, reviewId: number, goalId: number, by: number, coachRating: number | null) {
	const r = await db
		.updateTable('goal_review')
		.set({ approved_by: by, approved_at: new Date(), ...(coachRating ? { coach_rating: coachRating } : {}) })
		.where('id', '=', reviewId)
		.where('goal_id', '=', goalId)
		.returning('id')
		.executeTakeFirst();
	return Boolean(r);
}

export function evidenceOf(db: Db, goalIds: number[]) {
	if (!goalIds.length) return Promise.resolve([]);
	return db
		.selectFrom('goal_evidence as e')
		.leftJoin('coaching_session as s', 's.id', 'e.session_id')
		.leftJoin('module as m', 'm.id', 'e.module_id')
		.leftJoin('certificate as c', 'c.id', 'e.certificate_id')
		.leftJoin('intervention as i', 'i.id', 'e.intervention_id')
		.leftJoin('council_sitting as cs', 'cs.id', 'i.sitting_id')
		.select([
			'e.id',
			'e.goal_id',
			'e.kind',
			'e.url',
			'e.note',
			's.starts_at as session_at',
			'm.slug as module_slug',
			'm.title as module_title',
			'c.serial as certificate_serial',
			'e.intervention_id',
			'i.kind as intervention_kind',
			sql<string | null>`cs.sitting_date::text`.as('intervention_sitting_date')
		])
		.where('e.goal_id', 'in', goalIds)
		.orderBy('e.id')
		.execute();
}

export async function insertEvidence(db: Db, v: { goalId: number; kind: EvidenceKind; sessionId?: number; moduleId?: number; certificateId?: number; url?: string; note: string; by: number }) {
	const { id } = await db
		.insertInto('goal_evidence')
		.values({ goal_id: v.goalId, kind: v.kind, session_id: v.sessionId ?? null, module_id: v.moduleId ?? null, certificate_id: v.certificateId ?? null, url: v.url ?? null, note: v.note, added_by: v.by })
		.returning('id')
		.executeTakeFirstOrThrow();
	return id;
}

/** Goals with their latest rating (coach's first) for many learners at once: the board's plan progress. */
export async function goalsForProgress(db: Db, learnerIds: number[]) {
	if (!learnerIds.length) return [];
	const { rows } = await sql<{ learner_id: number; status: PlanStatus; baseline: number; target: number; latest: number | null }>`
		select p.learner_id, g.status, g.baseline, g.target,
			(select coalesce(r.coach_rating, r.learner_rating) from goal_review r where r.goal_id = g.id and coalesce(r.coach_rating, r.learner_rating) is not null order by r.created_at desc, r.id desc limit 1) as latest
		from plan_goal g join development_plan p on p.id = g.plan_id
		where p.learner_id in (${sql.join(learnerIds)})`.execute(db);
	return rows;
}

/** Per learner: plan status, goals, reviews, last review (the plans:list command). */
export async function plansSummary(db: Db) {
	const { rows } = await sql<{ learner: string; status: PlanStatus; goals: number; reviews: number; last_review_at: Date | null }>`
		select u.login as learner, p.status,
			(select count(*)::int from plan_goal g where g.plan_id = p.id) as goals,
			(select count(*)::int from goal_review r join plan_goal g on g.id = r.goal_id where g.plan_id = p.id) as reviews,
			(select max(r.created_at) from goal_review r join plan_goal g on g.id = r.goal_id where g.plan_id = p.id) as last_review_at
		from development_plan p join app_user u on u.id = p.learner_id
		order by u.login`.execute(db);
	return rows;
}

/** The goals of a learner's plan (goalsOf, found by the learner: no wait for the plan's id). */
export function goalsOfLearner(db: Db, learnerId: number) {
	return db
		.selectFrom('plan_goal as g')
		.innerJoin('development_plan as p', 'p.id', 'g.plan_id')
		.leftJoin('coaching_need as n', 'n.id', 'g.need_id')
		.select(['g.id', 'g.need_id', 'n.code as need_code', 'n.name as need_name', 'g.text', 'g.baseline', 'g.target', 'g.status', 'g.position'])
		.where('p.learner_id', '=', learnerId)
		.orderBy('g.position')
		.orderBy('g.id')
		.execute();
}

/** The reviews of all her goals (reviewsOf, found by the learner). */
export function reviewsOfLearner(db: Db, learnerId: number) {
	return db
		.selectFrom('goal_review as r')
		.innerJoin('plan_goal as g', 'g.id', 'r.goal_id')
		.innerJoin('development_plan as p', 'p.id', 'g.plan_id')
		.select(['r.id', 'r.goal_id', 'r.learner_rating', 'r.coach_rating', 'r.comment', 'r.author_id', 'r.approved_at', 'r.created_at'])
		.where('p.learner_id', '=', learnerId)
		.orderBy('r.created_at')
		.orderBy('r.id')
		.execute();
}

/** The evidence of all her goals (evidenceOf, found by the learner). */
export function evidenceOfLearner(db: Db, learnerId: number) {
	return db
		.selectFrom('goal_evidence as e')
		.innerJoin('plan_goal as g', 'g.id', 'e.goal_id')
		.innerJoin('development_plan as p', 'p.id', 'g.plan_id')
		.leftJoin('coaching_session as s', 's.id', 'e.session_id')
		.leftJoin('module as m', 'm.id', 'e.module_id')
		.leftJoin('certificate as c', 'c.id', 'e.certificate_id')
		.leftJoin('intervention as i', 'i.id', 'e.intervention_id')
		.leftJoin('council_sitting as cs', 'cs.id', 'i.sitting_id')
		.select([
			'e.id',
			'e.goal_id',
			'e.kind',
			'e.url',
			'e.note',
			's.starts_at as session_at',
			'm.slug as module_slug',
			'm.title as module_title',
			'c.serial as certificate_serial',
			'e.intervention_id',
			'i.kind as intervention_kind',
			sql<string | null>`cs.sitting_date::text`.as('intervention_sitting_date')
		])
		.where('p.learner_id', '=', learnerId)
		.orderBy('e.id')
		.execute();
}
