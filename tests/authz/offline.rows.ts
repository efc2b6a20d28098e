import type { AuthzRows, Expect, Persona } from './types';

const everyone: Record<Persona, Expect> = { anon: 'allow', learner: 'allow', otherLearner: 'allow', otherTrainer: 'allow', moduleTrainer: 'allow', admin: 'allow' };

/**
 * Offline (issue 17): the manifest and the offline page are public (the app's name and a
 * page that says what this phone keeps; the list itself is read from the phone, not the server).
 */
const rows: AuthzRows = async () => [
	{ route: '/manifest.webmanifest', method: 'GET', path: '/manifest.webmanifest', expect: everyone },
	{ route: '/offline', method: 'GET', path: '/offline', expect: everyone }
];

export default rows;
