// Route × role rows of success stories and the funders' report (issue 16). The demo story of
// learner 0600000001 is coached by trainer1 (moduleTrainer), not by trainer2 (otherTrainer).
import type { AuthzRow, AuthzRows, Expect, Persona } from './types';

const e = (anon: Expect, learner: Expect, otherLearner: Expect, otherTrainer: Expect, moduleTrainer: Expect, admin: Expect): Record<Persona, Expect> => ({ anon, learner, otherLearner, otherTrainer, moduleTrainer, admin });
/** Her coach and admins. */
const HER_COACH = e('login', 'deny', 'deny', 'deny', 'allow', 'allow');
/** Any coach (trainer) or admin: each sees only what she may. */
const STAFF = e('login', 'deny', 'deny', 'allow', 'allow', 'allow');
const ADMIN = e('login', 'deny', 'deny', 'deny', 'deny', 'allow');

const rows: AuthzRows = async ({ db }) => {
	const learner = await db.selectFrom('app_user').select('id').where('login', '=', '+212600000001').executeTakeFirstOrThrow();
	const story = await db.selectFrom('success_story').select('id').where('learner_id', '=', learner.id).orderBy('id').executeTakeFirstOrThrow();
	const s = `/admin/stories/${story.id}`;
	const R = (route: string, path: string, expect: Record<Persona, Expect>): AuthzRow => ({ route, method: 'GET', path, expect });
	const P = (route: string, path: string, action: string, expect: Record<Persona, Expect>, form: Record<string, string> = {}, destructive = false): AuthzRow => ({ route, method: 'POST', path, action, form, expect, ...(destructive ? { destructive } : {}) });
	const q = '?from=2025-10-01&to=2026-06-30';
	return [
		R('/(staff)/admin/stories', '/admin/stories', STAFF),
		R('/(staff)/admin/stories/new', '/admin/stories/new', STAFF),
		R('/(staff)/admin/stories/new', `/admin/stories/new?learner=${learner.id}`, HER_COACH),
		P('/(staff)/admin/stories/new', `/admin/stories/new?learner=${learner.id}`, 'create', HER_COACH, { learnerId: String(learner.id), titleAr: '', titleFr: '' }),
		R('/(staff)/admin/stories/[id]', s, HER_COACH),
		P('/(staff)/admin/stories/[id]', s, 'save', HER_COACH, { titleAr: '', titleFr: '' }),
		P('/(staff)/admin/stories/[id]', s, 'photo', HER_COACH),
		P('/(staff)/admin/stories/[id]', s, 'removePhoto', HER_COACH, { photoId: '999999' }),
		P('/(staff)/admin/stories/[id]', s, 'consent', HER_COACH, { scope: 'bogus', givenOn: '' }),
		P('/(staff)/admin/stories/[id]', s, 'withdraw', HER_COACH, { withdrawnOn: 'bogus' }),
		R('/(staff)/admin/results/report', '/admin/results/report', ADMIN),
		R('/(staff)/admin/results/report/report.pdf', `/admin/results/report/report.pdf${q}&lang=fr`, ADMIN),
		R('/(staff)/admin/results/report/report.xlsx', `/admin/results/report/report.xlsx${q}&lang=fr`, ADMIN),
		R('/(staff)/admin/results/report/[table].csv', `/admin/results/report/performance.csv${q}&lang=fr`, ADMIN),
		R('/(staff)/admin/results/report/evidence.zip', `/admin/results/report/evidence.zip${q}`, ADMIN)
	];
};

export default rows;
