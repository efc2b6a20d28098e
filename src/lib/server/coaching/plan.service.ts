// Development plans: goals chosen with the coach, reviews over time, evidence; and what the learner may see.
import type { Db } from '../db/index';
import { Invalid, NotFound } from '../errors';
import { recordAudit } from '../audit/audit.repository';
import { localDay } from '../time';
import { isOverdue, planProgress, reviewRating } from './rules';
import * as repo from './coaching.repository';
import * as plans from './plan.repository';
import { assertCoachOf, type Actor } from './coaching.service';
import type { EvidenceKind, PlanStatus } from './tables';

const PLAN_STATUSES: PlanStatus[] = ['draft', 'active', 'completed'];
const oneLine = (s: string | undefined | null) => (s ?? '').normalize('NFC').replace(/[\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

function rating(raw: string | undefined, field: string, f: Record<string, string>, required: boolean): number | null {
	const t = (raw ?? '').trim();
	if (!t) {
		if (required) f[field] = 'coach_rating_invalid';
		return null;
	}
	const n = Number(t);
	if (!Number.isInteger(n) || n < 1 || n > 5) {
		f[field] = 'coach_rating_invalid';
		return null;
	}
	return n;
}

/** The plan with its goals, reviews and evidence, and its progress (no private notes anywhere here). */
async function planDetail(db: Db, learnerId: number) {
	// One round trip: the plan, its goals, their reviews and evidence, all found by the learner.
	const [plan, goals, reviews, evidence] = await Promise.all([plans.planOf(db, learnerId), plans.goalsOfLearner(db, learnerId), plans.reviewsOfLearner(db, learnerId), plans.evidenceOfLearner(db, learnerId)]);
	if (!plan) return null;
	const detailed = goals.map((g) => {
		const rs = reviews.filter((r) => r.goal_id === g.id);
		const rated = rs.filter((r) => reviewRating({ coachRating: r.coach_rating, learnerRating: r.learner_rating }) !== null);
		const latest = rated.length ? reviewRating({ coachRating: rated[rated.length - 1].coach_rating, learnerRating: rated[rated.length - 1].learner_rating }) : null;
		return { ...g, latest, reviews: rs, evidence: evidence.filter((e) => e.goal_id === g.id) };
	});
	return { ...plan, goals: detailed, progress: planProgress(detailed) };
}

export async function staffPlanView(db: Db, actor: Actor, learnerId: number) {
	await assertCoachOf(db, actor, learnerId);
	const [learner, plan, needs, sessions] = await Promise.all([repo.findLearner(db, learnerId), planDetail(db, learnerId), repo.listNeeds(db), repo.sharedSessionsOf(db, learnerId)]);
	if (!learner) throw new NotFound();
	const modules = await db.selectFrom('module').select(['id', 'slug', 'title']).where('status', '=', 'published').orderBy('position').execute();
	const certificates = await db.selectFrom('certificate').select(['id', 'serial']).where('user_id', '=', learnerId).where('revoked_at', 'is', null).execute();
	return { learner, plan, needs, sessions: sessions.filter((s) => s.status === 'held'), modules, certificates };
}

/** Everything about her coaching a learner may see: plan, actions, shared summaries. Never private notes. */
export async function learnerPlanView(db: Db, learnerId: number, now = new Date()) {
	const [plan, actions, sessions] = await Promise.all([planDetail(db, learnerId), repo.actionsOf(db, learnerId), repo.sharedSessionsOf(db, learnerId)]);
	const today = localDay(now);
	return {
		plan,
		actions: actions.map((a) => ({ ...a, overdue: isOverdue({ status: a.status, dueOn: a.due_on }, today) })),
		sessions
	};
}

export async function startPlan(db: Db, actor: Actor, learnerId: number) {
	await assertCoachOf(db, actor, learnerId);
	const plan = await plans.ensurePlan(db, learnerId);
	await recordAudit(db, { actorId: actor.id, action: 'development_plan.create', subjectType: 'app_user', subjectId: learnerId });
	return plan.id;
}

export interface GoalInput {
	need: string;
	text: string;
	baseline: string;
	target: string;
}

export async function addGoal(db: Db, actor: Actor, learnerId: number, input: GoalInput) {
	await assertCoachOf(db, actor, learnerId);
	const f: Record<string, string> = {};
	let needId: number | null = null;
	if (input.need) {
		const n = (await repo.listNeeds(db)).find((x) => x.code === input.need);
		if (!n) f.need = 'coach_need_unknown';
		else needId = n.id;
	}
	const text = oneLine(input.text);
	if (!text) f.text = 'error_required';
	else if (text.length > 500) f.text = 'error_too_long';
	const baseline = rating(input.baseline, 'baseline', f, true);
	const target = rating(input.target, 'target', f, true);
	if (baseline && target && target < baseline) f.target = 'coach_target_below_baseline';
	if (Object.keys(f).length) throw new Invalid('error_invalid_form', f);
	return db.transaction().execute(async (trx) => {
		const plan = await plans.ensurePlan(trx, learnerId);
		const id = await plans.insertGoal(trx, { planId: plan.id, needId, text, baseline: baseline!, target: target! });
		await recordAudit(trx, { actorId: actor.id, action: 'plan_goal.create', subjectType: 'plan_goal', subjectId: id, after: { learnerId, needId, baseline, target } });
		return id;
	});
}

async function goalOfLearner(db: Db, goalId: number, learnerId: number) {
	const g = await plans.findGoal(db, goalId);
	if (!g || g.learner_id !== learnerId) throw new NotFound();
	return g;
}

export async function setGoalStatus(db: Db, actor: Actor, learnerId: number, goalId: number, status: string) {
	await assertCoachOf(db, actor, learnerId);
	if (!PLAN_STATUSES.includes(status as PlanStatus)) throw new Invalid('error_invalid_form');
	await goalOfLearner(db, goalId, learnerId);
	await plans.setGoalStatus(db, goalId, status as PlanStatus);
	await recordAudit(db, { actorId: actor.id, action: 'plan_goal.status', subjectType: 'plan_goal', subjectId: goalId, after: { status } });
}

/** The coach approves the plan (draft → active, its draft goals too) or marks it completed. */
export async function setPlanStatus(db: Db, actor: Actor, learnerId: number, status: string) {
	await assertCoachOf(db, actor, learnerId);
	if (!PLAN_STATUSES.includes(status as PlanStatus)) throw new Invalid('error_invalid_form');
	await db.transaction().execute(async (trx) => {
		const plan = await plans.planOf(trx, learnerId);
		if (!plan) throw new NotFound();
		await plans.setPlanStatus(trx, plan.id, status as PlanStatus, status === 'active' ? actor.id : null);
		if (status === 'active') await trx.updateTable('plan_goal').set({ status: 'active' }).where('plan_id', '=', plan.id).where('status', '=', 'draft').execute();
		await recordAudit(trx, { actorId: actor.id, action: 'development_plan.status', subjectType: 'app_user', subjectId: learnerId, before: { status: plan.status }, after: { status } });
	});
}

/** The coach's review of a goal: her rating and a comment, approved as she writes it. */
export async function addCoachReview(db: Db, actor: Actor, learnerId: number, goalId: number, input: { rating: string; comment: string }) {
	await assertCoachOf(db, actor, learnerId);
	await goalOfLearner(db, goalId, learnerId);
	const f: Record<string, string> = {};
	const r = rating(input.rating, 'rating', f, true);
	const comment = oneLine(input.comment);
	if (comment.length > 1000) f.comment = 'error_too_long';
	if (Object.keys(f).length) throw new Invalid('error_invalid_form', f);
	return plans.insertReview(db, { goalId, learnerRating: null, coachRating: r, comment, authorId: actor.id, approvedBy: actor.id });
}

/** The coach approves a learner's self-review, adding her own rating when she gives one. */
export async function approveReview(db: Db, actor: Actor, learnerId: number, goalId: number, reviewId: number, coachRating: string) {
	await assertCoachOf(db, actor, learnerId);
	await goalOfLearner(db, goalId, learnerId);
	const f: Record<string, string> = {};
	const r = rating(coachRating, 'coachRating', f, false);
	if (Object.keys(f).length) throw new Invalid('error_invalid_form', f);
	if (!(await plans.approveReviewRow(db, reviewId, goalId, actor.id, r))) throw new NotFound();
	await recordAudit(db, { actorId: actor.id, action: 'goal_review.approve', subjectType: 'goal_review', subjectId: reviewId, after: { coachRating: r } });
}

/** The learner rates herself on a goal and/or comments on it, in her words. */
export async function addLearnerReview(db: Db, learnerId: number, goalId: number, input: { rating: string; comment: string }) {
	await goalOfLearner(db, goalId, learnerId);
	const f: Record<string, string> = {};
	const r = rating(input.rating, 'rating', f, false);
	const comment = oneLine(input.comment);
	if (comment.length > 1000) f.comment = 'error_too_long';
	if (r === null && !comment && !f.rating) f.comment = 'coach_review_empty';
	if (Object.keys(f).length) throw new Invalid('error_invalid_form', f);
	return plans.insertReview(db, { goalId, learnerRating: r, coachRating: null, comment, authorId: learnerId, approvedBy: null });
}

export interface EvidenceInput {
	kind: string;
	ref: string;
	url: string;
	note: string;
}

/** Evidence for a goal: one of her held sessions, a module, her certificate, or a link. */
export async function addEvidence(db: Db, actor: Actor, learnerId: number, goalId: number, input: EvidenceInput) {
	await assertCoachOf(db, actor, learnerId);
	await goalOfLearner(db, goalId, learnerId);
	const f: Record<string, string> = {};
	const kind = input.kind as EvidenceKind;
	const note = oneLine(input.note);
	if (note.length > 300) f.note = 'error_too_long';
	const ref = Number(input.ref);
	const v: Parameters<typeof plans.insertEvidence>[1] = { goalId, kind, note, by: actor.id };
	if (kind === 'session') {
		const s = Number.isSafeInteger(ref) ? await db.selectFrom('coaching_session').select('id').where('id', '=', ref).where('learner_id', '=', learnerId).executeTakeFirst() : undefined;
		if (!s) f.ref = 'error_required';
		v.sessionId = ref;
	} else if (kind === 'module') {
		const m = Number.isSafeInteger(ref) ? await db.selectFrom('module').select('id').where('id', '=', ref).executeTakeFirst() : undefined;
		if (!m) f.ref = 'error_required';
		v.moduleId = ref;
	} else if (kind === 'certificate') {
		const c = Number.isSafeInteger(ref) ? await db.selectFrom('certificate').select('id').where('id', '=', ref).where('user_id', '=', learnerId).executeTakeFirst() : undefined;
		if (!c) f.ref = 'error_required';
		v.certificateId = ref;
	} else if (kind === 'link') {
		const url = oneLine(input.url);
		let ok = false;
		try {
			ok = ['http:', 'https:'].includes(new URL(url).protocol) && url.length <= 500;
		} catch {
			ok = false;
		}
		if (!ok) f.url = 'coach_link_invalid';
		v.url = url;
	} else f.kind = 'error_required';
	if (Object.keys(f).length) throw new Invalid('error_invalid_form', f);
	return plans.insertEvidence(db, v);
}

/** Her download: everything about her coaching she may see, named plainly; never the private notes. */
export async function learnerCoachingExport(db: Db, learnerId: number, now = new Date()) {
	const [v, contacts, learner] = await Promise.all([learnerPlanView(db, learnerId, now), repo.contactsOf(db, learnerId, 1000), repo.findLearner(db, learnerId)]);
	return {
		exportedAt: now.toISOString(),
		learner: learner ? { login: learner.login, nameAr: learner.name_ar, nameLatin: learner.name_latin } : null,
		plan: v.plan && {
			status: v.plan.status,
			approvedAt: v.plan.approved_at?.toISOString() ?? null,
			progressPct: v.plan.progress,
			goals: v.plan.goals.map((g) => ({
				need: g.need_code,
				text: g.text,
				baseline: g.baseline,
				target: g.target,
				status: g.status,
				reviews: g.reviews.map((r) => ({ at: r.created_at.toISOString(), learnerRating: r.learner_rating, coachRating: r.coach_rating, comment: r.comment, approved: r.approved_at !== null })),
				evidence: g.evidence.map((e) => ({
					kind: e.kind,
					sessionAt: e.session_at?.toISOString() ?? null,
					module: e.module_slug,
					certificate: e.certificate_serial,
					intervention: e.intervention_id === null ? null : { kind: e.intervention_kind, sittingDate: e.intervention_sitting_date },
					url: e.url,
					note: e.note
				}))
			}))
		},
		sessions: v.sessions.map((s) => ({ startsAt: s.starts_at.toISOString(), minutes: s.minutes, mode: s.mode, place: s.place, link: s.meeting_url, status: s.status, reason: s.status_reason, needs: s.needs, summary: s.summary, coach: s.coach_latin })),
		actions: v.actions.map((a) => ({ owner: a.owner, text: a.text, dueOn: a.due_on, status: a.status })),
		contacts: contacts.map((c) => ({ at: c.at.toISOString(), mode: c.mode, note: c.note, coach: c.coach_latin }))
	};
}
