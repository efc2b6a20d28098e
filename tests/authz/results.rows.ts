// Route × role rows of the results framework (issue 16). The observer (observer@amssawas.ma) sees /results and
// its drill-downs only; she is refused on every other staff page (the default for staff routes in types.ts).
import type { AuthzRow, AuthzRows, Expect, Persona } from './types';

type WithObserver = Record<Persona, Expect> & { observer: Expect };
const e = (anon: Expect, learner: Expect, otherLearner: Expect, otherTrainer: Expect, moduleTrainer: Expect, admin: Expect, observer: Expect): WithObserver => ({ anon, learner, otherLearner, otherTrainer, moduleTrainer, admin, observer });
/** Admins and the observer: aggregated figures. */
const FIGURES = e('login', 'deny', 'deny', 'deny', 'deny', 'allow', 'allow');
/** Admins only: the framework's editing. */
const ADMIN = e('login', 'deny', 'deny', 'deny', 'deny', 'allow', 'deny');

const rows: AuthzRows = async ({ db }) => {
	const ind = await db.selectFrom('indicator').select('id').where('code', '=', 'R2.1').executeTakeFirstOrThrow();
	const path = `/admin/results/indicators/${ind.id}`;
	const R = (route: string, p: string, expect: WithObserver): AuthzRow => ({ route, method: 'GET', path: p, expect });
	const P = (route: string, p: string, action: string, expect: WithObserver, form: Record<string, string> = {}): AuthzRow => ({ route, method: 'POST', path: p, action, form, expect });
	return [
		R('/(staff)/results', '/results', FIGURES),
		R('/(staff)/results/[code]', '/results/R2.1', FIGURES),
		R('/(staff)/admin/results', '/admin/results', ADMIN),
		R('/(staff)/admin/results/indicators/[id]', path, ADMIN),
		// Invalid forms: authorisation is decided first, nothing changes.
		P('/(staff)/admin/results/indicators/[id]', path, 'save', ADMIN, { form: 'save', statementAr: '' }),
		P('/(staff)/admin/results/indicators/[id]', path, 'target', ADMIN, { form: 'target', from: 'x' }),
		P('/(staff)/admin/results/indicators/[id]', path, 'deleteTarget', ADMIN, { form: 'deleteTarget', targetId: '0' }),
		P('/(staff)/admin/results/indicators/[id]', path, 'comment', ADMIN, { form: 'comment', from: 'x' })
	];
};

export default rows;
