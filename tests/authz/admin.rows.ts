import { ADMIN, ex } from './expect';
import { demoIds, makeModule, unique } from './ids';
import type { AuthzHttp, AuthzRow, AuthzRows } from './types';

/**
 * The administrators' pages. Forms are empty or invalid where the act would change the
 * demo data; acts that need no input (disable, reissue…) run on records made for the purpose.
 */
const rows: AuthzRows = async ({ db, http }): Promise<AuthzRow[]> => {
	const ids = await demoIds(db);
	const R = (route: string) => `/(staff)/admin${route}`;
	// A module nobody is enrolled in: issuing or withdrawing there changes nothing anyone else relies on.
	const empty = await makeModule(http);
	const emptyTarget = `module:${empty.moduleId}`;
	const serial = await certificateOfLearner1(http, ids.moduleId, ids.learnerId);
	const subject = `/admin/users/${await learner40(db)}`;
	const cohort = `/admin/cohorts/${ids.cohortId}`;
	const freshPerson = async () => ({ path: `/admin/users/${await makePerson(http)}` });
	return [
		{ route: R(''), method: 'GET', path: '/admin', expect: ADMIN },
		{ route: R('/users'), method: 'GET', path: '/admin/users', expect: ADMIN },
		{ route: R('/users/new'), method: 'GET', path: '/admin/users/new', expect: ADMIN },
		{ route: R('/users/new'), method: 'POST', action: 'default', path: '/admin/users/new', form: {}, expect: ADMIN },
		{ route: R('/users/[id]'), method: 'GET', path: subject, expect: ADMIN },
		{ route: R('/users/[id]'), method: 'POST', action: 'update', path: subject, form: {}, expect: ADMIN },
		{ route: R('/users/[id]'), method: 'POST', action: 'role', path: subject, form: { role: '' }, expect: ADMIN },
		{ route: R('/users/[id]'), method: 'POST', action: 'disable', path: subject, form: {}, destructive: true, prepare: freshPerson, expect: ADMIN },
		{ route: R('/users/[id]'), method: 'POST', action: 'enable', path: subject, form: {}, destructive: true, prepare: freshPerson, expect: ADMIN },
		{ route: R('/users/[id]'), method: 'POST', action: 'reinvite', path: subject, form: {}, destructive: true, prepare: freshPerson, expect: ADMIN },
		{ route: R('/users/[id]/enrolments'), method: 'GET', path: `${subject}/enrolments`, expect: ADMIN },
		{ route: R('/users/[id]/enrolments'), method: 'POST', action: 'enrol', path: `${subject}/enrolments`, form: { target: '' }, expect: ADMIN },
		{ route: R('/users/[id]/enrolments'), method: 'POST', action: 'withdraw', path: `${subject}/enrolments`, form: { moduleId: String(empty.moduleId) }, expect: ADMIN },
		{ route: R('/users/import'), method: 'GET', path: '/admin/users/import', expect: ADMIN },
		{ route: R('/users/import'), method: 'POST', action: 'check', path: '/admin/users/import', form: {}, expect: ADMIN },
		{ route: R('/users/import'), method: 'POST', action: 'import', path: '/admin/users/import', form: { payload: '' }, expect: ADMIN },
		{ route: R('/users/import/invitations'), method: 'POST', path: '/admin/users/import/invitations', form: { people: '[]' }, expect: ADMIN },

		{ route: R('/cohorts'), method: 'GET', path: '/admin/cohorts', expect: ADMIN },
		{ route: R('/cohorts'), method: 'POST', action: 'create', path: '/admin/cohorts', form: {}, expect: ADMIN },
		{ route: R('/cohorts/[id]'), method: 'GET', path: cohort, expect: ADMIN },
		{ route: R('/cohorts/[id]'), method: 'POST', action: 'update', path: cohort, form: {}, expect: ADMIN },
		{ route: R('/cohorts/[id]'), method: 'POST', action: 'add', path: cohort, form: { login: '' }, expect: ADMIN },
		{ route: R('/cohorts/[id]'), method: 'POST', action: 'remove', path: cohort, form: { userId: String(ids.trainer1Id) }, expect: ADMIN },
		{ route: R('/cohorts/[id]'), method: 'POST', action: 'enrol', path: cohort, form: { target: '' }, expect: ADMIN },
		{ route: R('/cohorts/[id]'), method: 'POST', action: 'withdraw', path: cohort, form: { moduleId: String(empty.moduleId) }, expect: ADMIN },

		{ route: R('/exports'), method: 'GET', path: '/admin/exports', expect: ADMIN },
		{ route: R('/exports/progress.csv'), method: 'GET', path: '/admin/exports/progress.csv', expect: ADMIN },
		{ route: R('/exports/users.csv'), method: 'GET', path: '/admin/exports/users.csv', expect: ADMIN },

		{ route: R('/certificates'), method: 'GET', path: '/admin/certificates', expect: ADMIN },
		{ route: R('/certificates/export.csv'), method: 'GET', path: '/admin/certificates/export.csv', expect: ADMIN },
		{ route: R('/certificates/batch.zip'), method: 'GET', path: `/admin/certificates/batch.zip?module=${empty.moduleId}`, expect: ADMIN },
		{ route: R('/certificates/issue'), method: 'GET', path: `/admin/certificates/issue?target=module:${ids.moduleId}`, expect: ADMIN },
		{ route: R('/certificates/issue'), method: 'POST', action: 'issue', path: `/admin/certificates/issue?target=${emptyTarget}`, form: { userId: String(ids.otherLearnerId) }, expect: ADMIN },
		{ route: R('/certificates/issue'), method: 'POST', action: 'override', path: `/admin/certificates/issue?target=${emptyTarget}`, form: { userId: String(ids.otherLearnerId), reason: '' }, expect: ADMIN },
		{ route: R('/certificates/issue'), method: 'POST', action: 'issueAll', path: `/admin/certificates/issue?target=${emptyTarget}`, form: {}, expect: ADMIN },
		{ route: R('/certificates/issue'), method: 'POST', action: 'rules', path: `/admin/certificates/issue?target=${emptyTarget}`, form: { lessons: 'on', quiz: 'on', attendance: 'on', programme: 'on' }, expect: ADMIN },
		// A module target: the admin is answered 400 and no programme's rules change.
		{ route: R('/certificates/issue'), method: 'POST', action: 'programmeRules', path: `/admin/certificates/issue?target=${emptyTarget}`, form: { counts: String(empty.moduleId) }, expect: ADMIN },
		{ route: R('/certificates/issue/batch'), method: 'POST', path: `/admin/certificates/issue/batch?target=${emptyTarget}`, expect: ADMIN },
		{ route: R('/certificates/[serial]'), method: 'GET', path: `/admin/certificates/${serial}`, expect: ADMIN },
		// Not confirmed: refused as bad input, nothing revoked.
		{ route: R('/certificates/[serial]'), method: 'POST', action: 'revoke', path: `/admin/certificates/${serial}`, form: { reason: '' }, expect: ADMIN },
		{ route: R('/certificates/[serial]'), method: 'POST', action: 'reissue', path: `/admin/certificates/${serial}`, form: {}, destructive: true, expect: ADMIN },

		// Learner 1's certificate: hers, the staff's and the public check's.
		{ route: '/certificates/[serial].pdf', method: 'GET', path: `/certificates/${serial}.pdf`, expect: ex('ladaaa') },
		{ route: '/verify/[serial]', method: 'GET', path: `/verify/${serial}`, expect: ex('aaaaaa') },
		{ route: '/verify/[serial].json', method: 'GET', path: `/verify/${serial}.json`, expect: ex('aaaaaa') }
	];
};

async function learner40(db: Parameters<AuthzRows>[0]['db']): Promise<number> {
	return (await db.selectFrom('app_user').select('id').where('login', '=', '+212600000040').executeTakeFirstOrThrow()).id;
}

/** Learner 1 meets leadership's rules: her certificate, issued once (or found when already issued), read from the issuing page. */
async function certificateOfLearner1(http: AuthzHttp, moduleId: number, learnerId: number): Promise<string> {
	const page = `/admin/certificates/issue?target=module:${moduleId}`;
	await http.post('admin', `${page}&/issue`, { userId: String(learnerId) });
	const list = await http.get('admin', page);
	const row = list.text.split('<tr').find((r) => /data-learner="([^"]*)"/.exec(r)?.[1].replace(/\D/g, '').endsWith('600000001'));
	const serial = row && /AMS-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(row)?.[0];
	if (!serial) throw new Error(`no certificate for learner 1 on ${page} (${list.status})`);
	return serial;
}

/** A person made for the purpose (an invitation, no password); her id, found by her login. */
async function makePerson(http: AuthzHttp): Promise<number> {
	const digits = String(Date.now() % 100_000_000).padStart(8, '0');
	const login = `06${digits}`;
	const res = await http.post('admin', '/admin/users/new', { login, nameAr: `شخص ${unique()}`, nameLatin: `Person ${unique()}`, role: 'learner', locale: 'ar', communeId: '', password: '' });
	if (res.status !== 200) throw new Error(`could not make a person: ${res.status} ${res.text.slice(0, 200)}`);
	const list = await http.get('admin', `/admin/users?q=${login}`);
	const id = /href="\/admin\/users\/(\d+)"/.exec(list.text)?.[1];
	if (!id) throw new Error(`no person ${login} in the list (${list.status})`);
	return Number(id);
}

export default rows;
