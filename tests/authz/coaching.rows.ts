// Route × role rows of coaching (issue 14). learner = 0600000001, coached by trainer1 (moduleTrainer), not by trainer2 (otherTrainer).
import type { AuthzRow, AuthzRows, Expect, Persona } from './types';

const e = (anon: Expect, learner: Expect, otherLearner: Expect, otherTrainer: Expect, moduleTrainer: Expect, admin: Expect): Record<Persona, Expect> => ({ anon, learner, otherLearner, otherTrainer, moduleTrainer, admin });
/** Her coach and admins; not her, not another learner, not another coach. */
const HER_COACH = e('login', 'deny', 'deny', 'deny', 'allow', 'allow');
/** Any coach (trainer or admin). */
const STAFF = e('login', 'deny', 'deny', 'allow', 'allow', 'allow');
const ADMIN = e('login', 'deny', 'deny', 'deny', 'deny', 'allow');
/** Her own page: every learner reaches hers; staff have no learner plan. */
const LEARNER = e('login', 'allow', 'allow', 'deny', 'deny', 'deny');
/** Her own record by id: the other learner gets 404. */
const HERS = e('login', 'allow', 'deny', 'deny', 'deny', 'deny');

const rows: AuthzRows = async ({ db }) => {
	const learner = await db.selectFrom('app_user').select('id').where('login', '=', '+212600000001').executeTakeFirstOrThrow();
	const l40 = await db.selectFrom('app_user').select('id').where('login', '=', '+212600000040').executeTakeFirstOrThrow();
	const trainer2 = await db.selectFrom('app_user').select('id').where('login', '=', 'trainer2@amssawas.ma').executeTakeFirstOrThrow();
	const session = await db.selectFrom('coaching_session').select('id').where('learner_id', '=', learner.id).orderBy('id').executeTakeFirstOrThrow();
	const action = await db.selectFrom('coaching_action').select('id').where('learner_id', '=', learner.id).where('owner', '=', 'learner').orderBy('id').executeTakeFirstOrThrow();
	const goal = await db.selectFrom('plan_goal as g').innerJoin('development_plan as p', 'p.id', 'g.plan_id').select('g.id').where('p.learner_id', '=', learner.id).orderBy('g.id').executeTakeFirstOrThrow();
	const review = await db.selectFrom('goal_review').select('id').where('goal_id', '=', goal.id).orderBy('id').executeTakeFirstOrThrow();
	const need = await db.selectFrom('coaching_need').select('id').orderBy('id').executeTakeFirstOrThrow();
	const c = `/coach/${learner.id}`;
	const g = String(goal.id);
	const R = (route: string, path: string, expect: Record<Persona, Expect>, more: Partial<AuthzRow> = {}): AuthzRow => ({ route, method: 'GET', path, expect, ...more });
	const P = (route: string, path: string, action: string, expect: Record<Persona, Expect>, form: Record<string, string> = {}, destructive = false): AuthzRow => ({ route, method: 'POST', path, action, form, expect, ...(destructive ? { destructive } : {}) });
	return [
		R('/(staff)/coach', '/coach', STAFF),
		R('/(staff)/coach/[learnerId]', c, HER_COACH),
		P('/(staff)/coach/[learnerId]', c, 'contact', HER_COACH),
		P('/(staff)/coach/[learnerId]', c, 'action', HER_COACH, { id: String(action.id), status: 'bogus' }),
		R('/(staff)/coach/[learnerId]/sessions/new', `${c}/sessions/new`, HER_COACH),
		P('/(staff)/coach/[learnerId]/sessions/new', `${c}/sessions/new`, 'default', HER_COACH),
		R('/(staff)/coach/[learnerId]/sessions/[sessionId]', `${c}/sessions/${session.id}`, HER_COACH),
		P('/(staff)/coach/[learnerId]/sessions/[sessionId]', `${c}/sessions/${session.id}`, 'default', HER_COACH),
		R('/(staff)/coach/[learnerId]/plan', `${c}/plan`, HER_COACH),
		P('/(staff)/coach/[learnerId]/plan', `${c}/plan`, 'start', HER_COACH),
		P('/(staff)/coach/[learnerId]/plan', `${c}/plan`, 'status', HER_COACH, { status: 'bogus' }),
		P('/(staff)/coach/[learnerId]/plan', `${c}/plan`, 'goal', HER_COACH),
		P('/(staff)/coach/[learnerId]/plan', `${c}/plan`, 'goalStatus', HER_COACH, { goalId: g, status: 'bogus' }),
		P('/(staff)/coach/[learnerId]/plan', `${c}/plan`, 'review', HER_COACH, { goalId: g, rating: '' }),
		P('/(staff)/coach/[learnerId]/plan', `${c}/plan`, 'approve', HER_COACH, { goalId: g, reviewId: String(review.id), coachRating: '9' }),
		P('/(staff)/coach/[learnerId]/plan', `${c}/plan`, 'evidence', HER_COACH, { goalId: g, kind: '' }),
		R('/(staff)/admin/coaching', '/admin/coaching', ADMIN),
		R('/(staff)/admin/coaching/[table].csv', '/admin/coaching/sessions.csv', ADMIN),
		R('/(staff)/admin/coaching/assign', '/admin/coaching/assign', ADMIN),
		P('/(staff)/admin/coaching/assign', '/admin/coaching/assign', 'assign', ADMIN),
		P('/(staff)/admin/coaching/assign', '/admin/coaching/assign', 'unassign', ADMIN, { coachId: String(trainer2.id), learnerId: String(l40.id) }, true),
		R('/(staff)/admin/coaching/settings', '/admin/coaching/settings', ADMIN),
		P('/(staff)/admin/coaching/settings', '/admin/coaching/settings', 'settings', ADMIN),
		P('/(staff)/admin/coaching/settings', '/admin/coaching/settings', 'addNeed', ADMIN),
		P('/(staff)/admin/coaching/settings', '/admin/coaching/settings', 'renameNeed', ADMIN, { id: String(need.id) }),
		R('/(learner)/learn/plan', '/learn/plan', LEARNER),
		P('/(learner)/learn/plan', '/learn/plan', 'done', HERS, { id: String(action.id), done: '0' }),
		P('/(learner)/learn/plan', '/learn/plan', 'review', HERS, { goalId: g, rating: '', comment: '' }),
		R('/(learner)/learn/plan/data.json', '/learn/plan/data.json', LEARNER),
		R('/(learner)/learn/plan/plan.pdf', '/learn/plan/plan.pdf?lang=fr', LEARNER)
	];
};

export default rows;
