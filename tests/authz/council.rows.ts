import type { AuthzRow, AuthzRows, Expect, Persona } from './types';

// Issue 15: council participation. Learner pages are the councillor's own; staff pages are
// for trainers and admins (any trainer may verify until coach assignments land); admin pages for admins.
const row = (e: Partial<Record<Persona, Expect>>): Record<Persona, Expect> => ({
	anon: 'login',
	learner: 'deny',
	otherLearner: 'deny',
	otherTrainer: 'deny',
	moduleTrainer: 'deny',
	admin: 'deny',
	...e
});
const learners = row({ learner: 'allow', otherLearner: 'allow' });
const owner = row({ learner: 'allow' });
const staff = row({ otherTrainer: 'allow', moduleTrainer: 'allow', admin: 'allow' });
const admin = row({ admin: 'allow' });

const rows: AuthzRows = async ({ db }) => {
	const learner = await db.selectFrom('app_user').select('id').where('login', '=', '+212600000001').executeTakeFirstOrThrow();
	const draft = await db.selectFrom('intervention').select('id').where('learner_id', '=', learner.id).where('status', '=', 'draft').orderBy('id').executeTakeFirstOrThrow();
	const submitted = await db.selectFrom('intervention').select('id').where('status', '=', 'submitted').orderBy('id').executeTakeFirstOrThrow();
	const memo = await db.selectFrom('memo').select('id').orderBy('id').executeTakeFirstOrThrow();
	const commune = await db.selectFrom('app_user').select('commune_id').where('id', '=', learner.id).executeTakeFirstOrThrow();
	// The rows see a snapshot of the server's database (writes here never reach it), so each
	// persona allowed to verify gets its own seeded submitted record (the demo has four).
	const pending = await db.selectFrom('intervention').select('id').where('status', '=', 'submitted').orderBy('id').execute();
	const verifiers: Persona[] = ['otherTrainer', 'moduleTrainer', 'admin'];
	const freshSubmitted = async (p: Persona) => {
		const it = pending[verifiers.indexOf(p)];
		if (!it) throw new Error(`no seeded submitted intervention left for ${p}`);
		return { form: { id: String(it.id) } };
	};
	const out: AuthzRow[] = [
		{ route: '/(learner)/learn/council', method: 'GET', path: '/learn/council', expect: learners },
		{ route: '/(learner)/learn/council/new', method: 'GET', path: '/learn/council/new', expect: learners },
		{ route: '/(learner)/learn/council/new', method: 'POST', action: 'save', path: '/learn/council/new', form: { summary: '' }, expect: learners },
		{ route: '/(learner)/learn/council/[id]', method: 'GET', path: `/learn/council/${draft.id}`, expect: owner },
		{ route: '/(learner)/learn/council/[id]', method: 'POST', action: 'save', path: `/learn/council/${draft.id}`, form: { summary: '' }, expect: owner },
		{ route: '/(learner)/learn/council/[id]', method: 'POST', action: 'delete', path: `/learn/council/${draft.id}`, destructive: true, expect: owner },
		{ route: '/(staff)/trainer/council', method: 'GET', path: '/trainer/council', expect: staff },
		{ route: '/(staff)/trainer/council', method: 'POST', action: 'return', path: '/trainer/council', form: { id: String(submitted.id), reason: '' }, expect: staff },
		// Verifying uses up a submitted record: each allowed persona verifies its own
		// (otherwise the first one verifies it and the next gets 403 "not allowed now").
		{ route: '/(staff)/trainer/council', method: 'POST', action: 'verify', path: '/trainer/council', form: { id: String(submitted.id) }, destructive: true, prepare: freshSubmitted, expect: staff },
		{ route: '/(staff)/trainer/council/new', method: 'GET', path: `/trainer/council/new?learner=${learner.id}`, expect: staff },
		{ route: '/(staff)/trainer/council/new', method: 'POST', action: 'save', path: `/trainer/council/new?learner=${learner.id}`, form: { summary: '' }, expect: staff },
		{ route: '/(staff)/trainer/council/list', method: 'GET', path: '/trainer/council/list?status=verified', expect: staff },
		{ route: '/(staff)/trainer/council/list.csv', method: 'GET', path: '/trainer/council/list.csv', expect: staff },
		{ route: '/(staff)/admin/memos', method: 'GET', path: '/admin/memos', expect: admin },
		{ route: '/(staff)/admin/memos/new', method: 'GET', path: '/admin/memos/new', expect: admin },
		{ route: '/(staff)/admin/memos/new', method: 'POST', action: 'save', path: '/admin/memos/new', form: { titleAr: '' }, expect: admin },
		{ route: '/(staff)/admin/memos/[id]', method: 'GET', path: `/admin/memos/${memo.id}`, expect: admin },
		{ route: '/(staff)/admin/memos/[id]', method: 'POST', action: 'save', path: `/admin/memos/${memo.id}`, form: { titleAr: '' }, expect: admin },
		{ route: '/(staff)/admin/memos/[id]', method: 'POST', action: 'step', path: `/admin/memos/${memo.id}`, form: { step: 'registered', onDate: 'x' }, expect: admin },
		{ route: '/(staff)/admin/memos/[id]', method: 'POST', action: 'verify', path: `/admin/memos/${memo.id}`, destructive: true, expect: admin },
		{ route: '/(staff)/admin/communes', method: 'GET', path: '/admin/communes', expect: admin },
		{ route: '/(staff)/admin/communes/[id]', method: 'GET', path: `/admin/communes/${commune.commune_id}`, expect: admin },
		{ route: '/(staff)/admin/communes/[id]', method: 'POST', action: 'status', path: `/admin/communes/${commune.commune_id}`, form: { status: '', onDate: 'x' }, expect: admin },
		{ route: '/(staff)/admin/communes/[id]', method: 'POST', action: 'activity', path: `/admin/communes/${commune.commune_id}`, form: { heldOn: 'x', women: '-1' }, expect: admin },
		{ route: '/(staff)/admin/council', method: 'GET', path: '/admin/council', expect: admin },
		{ route: '/(staff)/admin/council', method: 'POST', action: 'rule', path: '/admin/council', form: { minActivities: 'x' }, expect: admin },
		{ route: '/(staff)/admin/council', method: 'POST', action: 'addTopic', path: '/admin/council', form: { code: '' }, expect: admin },
		{ route: '/(staff)/admin/council', method: 'POST', action: 'archiveTopic', path: '/admin/council', form: { id: '0' }, expect: admin }
	];
	return out;
};

export default rows;
