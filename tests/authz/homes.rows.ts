import type { AuthzRows, Expect, Persona } from './types';

// Routes added by issue 13 §22–§24 (homes, agenda, repeating sessions, certificate design).
const adminOnly: Record<Persona, Expect> = { anon: 'login', learner: 'deny', otherLearner: 'deny', otherTrainer: 'deny', moduleTrainer: 'deny', admin: 'allow' };

const rows: AuthzRows = async () => [
	{ route: '/(staff)/admin/settings/certificates', method: 'GET', path: '/admin/settings/certificates', expect: adminOnly },
	{
		route: '/(staff)/admin/settings/certificates',
		method: 'POST',
		action: 'default',
		path: '/admin/settings/certificates',
		// Empty names: refused by validation (400) for the admin, nothing saved.
		form: { org_ar: '', org_fr: '' },
		expect: adminOnly
	},
	{ route: '/(staff)/admin/settings/certificates/preview.pdf', method: 'GET', path: '/admin/settings/certificates/preview.pdf', expect: adminOnly }
];

export default rows;
