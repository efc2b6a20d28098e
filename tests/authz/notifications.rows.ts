// Route × role rows of reminders (issue 17).
import type { AuthzRows, Expect, Persona } from './types';
import { demoIds } from './ids';

const e = (anon: Expect, learner: Expect, otherLearner: Expect, otherTrainer: Expect, moduleTrainer: Expect, admin: Expect): Record<Persona, Expect> => ({ anon, learner, otherLearner, otherTrainer, moduleTrainer, admin });
const SIGNED_IN = e('login', 'allow', 'allow', 'allow', 'allow', 'allow');
const ADMIN = e('login', 'deny', 'deny', 'deny', 'deny', 'allow');
/** The session's module staff and admins (as the session page itself). */
const MODULE_STAFF = e('login', 'deny', 'deny', 'deny', 'allow', 'allow');

const rows: AuthzRows = async ({ db }) => {
	const ids = await demoIds(db);
	return [
		{ route: '/profile', method: 'POST', action: 'reminders', path: '/profile', form: {}, expect: SIGNED_IN },
		// A form post is not JSON: 415 for the signed in, the login page for the others.
		{ route: '/profile/push', method: 'POST', path: '/profile/push', form: {}, expect: SIGNED_IN },
		{ route: '/(staff)/admin/notifications', method: 'GET', path: '/admin/notifications', expect: ADMIN },
		{ route: '/(staff)/admin/notifications', method: 'GET', path: '/admin/notifications?status=failed&channel=email&login=0600000001&page=2', expect: ADMIN },
		{ route: '/(staff)/trainer/sessions/[id]/reminders', method: 'GET', path: `/trainer/sessions/${ids.sessionId}/reminders`, expect: MODULE_STAFF }
	];
};

export default rows;
