import { ex, PUBLIC, SIGNED_IN, STAFF } from './expect';
import type { AuthzHttp, AuthzRow, AuthzRows } from './types';

/** Pages and endpoints outside the learner and staff areas: public ones, the account's own, files. */
const rows: AuthzRows = async ({ http }): Promise<AuthzRow[]> => {
	const imageId = await uploadImage(http);
	return [
	{ route: '/', method: 'GET', path: '/', expect: SIGNED_IN },
	{ route: '/(public)/login', method: 'GET', path: '/login', expect: PUBLIC },
	{ route: '/(public)/login', method: 'POST', action: 'default', path: '/login', form: { login: '', password: '' }, expect: PUBLIC },
	{ route: '/(public)/invite/[token]', method: 'GET', path: '/invite/not-a-real-token', expect: PUBLIC },
	{ route: '/(public)/invite/[token]', method: 'POST', action: 'default', path: '/invite/not-a-real-token', form: {}, expect: PUBLIC },
	{ route: '/verify', method: 'GET', path: '/verify', expect: PUBLIC },
	{ route: '/verify/[serial]', method: 'GET', path: '/verify/AMS-0000-0000', expect: PUBLIC },
	{ route: '/verify/[serial].json', method: 'GET', path: '/verify/AMS-0000-0000.json', expect: PUBLIC },
	{ route: '/.well-known/amssawas-certificates.json', method: 'GET', path: '/.well-known/amssawas-certificates.json', expect: PUBLIC },
	{ route: '/healthz', method: 'GET', path: '/healthz', expect: PUBLIC },
	// The bench's reference page exists only when the bench starts the server (AMSSAWAS_BENCH=1).
	{ route: '/bench-reference', method: 'GET', path: '/bench-reference', expect: ex('dddddd') },
	// No locale given: it changes nothing and goes back.
	{ route: '/language', method: 'POST', path: '/language', form: { locale: '' }, expect: PUBLIC },
	{ route: '/profile', method: 'GET', path: '/profile', expect: SIGNED_IN },
	{ route: '/profile', method: 'POST', action: 'details', path: '/profile', form: {}, expect: SIGNED_IN },
	{ route: '/profile', method: 'POST', action: 'password', path: '/profile', form: {}, expect: SIGNED_IN },
	// Nobody owns an unknown calendar link or certificate.
	{ route: '/calendar/[token].ics', method: 'GET', path: '/calendar/not-a-real-token.ics', expect: ex('dddddd') },
	{ route: '/certificates/[serial].pdf', method: 'GET', path: '/certificates/AMS-0000-0000.pdf', expect: ex('lddddd') },
	// Logging out sends everyone to the login page; run last, it ends each persona's session.
	{ route: '/logout', method: 'POST', path: '/logout', destructive: true, expect: ex('llllll') },
	// An image a trainer uploaded, in no lesson yet: staff only (learners read the files of their modules).
	{ route: '/files/[id]', method: 'GET', path: `/files/${imageId}`, expect: STAFF },
	{ route: '/files/[id]/[width].webp', method: 'GET', path: `/files/${imageId}/480.webp`, expect: STAFF }
];
};

export default rows;

/** A 600×400 PNG uploaded by trainer1, attached to nothing. */
async function uploadImage(http: AuthzHttp): Promise<number> {
	const sharp = (await import('sharp')).default;
	const png = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#2f6b7a' } }).png().toBuffer();
	const res = await http.upload('moduleTrainer', '/files', {}, { name: 'authz.png', mimeType: 'image/png', buffer: png });
	if (res.status !== 201) throw new Error(`could not upload an image: ${res.status} ${res.text.slice(0, 200)}`);
	return JSON.parse(res.text).id;
}
