import { ex, MODULE_STAFF, STAFF } from './expect';
import { demoIds, idFrom, makeLesson, makeModule, unique } from './ids';
import type { AuthzHttp, AuthzRow, AuthzRows, Persona } from './types';

/**
 * The trainers' pages, on leadership (trainer1 teaches it, trainer2 does not). Forms are
 * empty or invalid where the act would change the demo data: the guard decides before
 * the form is read. Acts that need no input (publish, delete…) run on records made for the purpose.
 */
const rows: AuthzRows = async ({ db, http }) => {
	const ids = await demoIds(db);
	const m = `/trainer/modules/${ids.moduleId}`;
	const quiz = `${m}/quizzes/${ids.quizId}`;
	const session = `/trainer/sessions/${ids.sessionId}`;
	const R = (route: string) => `/(staff)/trainer${route}`;
	let scratch: Promise<{ moduleId: number; lessonId: number }> | undefined;
	/** One module made by trainer1 for the acts that change things. */
	const own = () => (scratch ??= makeModule(http));

	const rows: AuthzRow[] = [
		{ route: R(''), method: 'GET', path: '/trainer', expect: STAFF },
		{ route: R('/learners'), method: 'GET', path: '/trainer/learners', expect: STAFF },
		{ route: R('/learners'), method: 'GET', path: '/trainer/learners?module=leadership', expect: STAFF },
		{ route: R('/modules'), method: 'GET', path: '/trainer/modules', expect: STAFF },
		{ route: R('/modules/new'), method: 'GET', path: '/trainer/modules/new', expect: STAFF },
		{ route: R('/modules/new'), method: 'POST', action: 'default', path: '/trainer/modules/new', form: {}, expect: STAFF },
		{ route: R('/preview'), method: 'POST', path: '/trainer/preview', form: { body: '**x**' }, expect: STAFF },

		{ route: R('/modules/[id]'), method: 'GET', path: m, expect: MODULE_STAFF },
		{ route: R('/modules/[id]'), method: 'POST', action: 'save', path: m, form: {}, expect: MODULE_STAFF },
		// The first lesson up: already first, nothing moves.
		{ route: R('/modules/[id]'), method: 'POST', action: 'move', path: m, form: { lesson: String(ids.lessonId), dir: 'up' }, expect: MODULE_STAFF },
		{ route: R('/modules/[id]'), method: 'POST', action: 'removeCover', path: m, form: {}, destructive: true, prepare: async () => ({ path: `/trainer/modules/${(await own()).moduleId}` }), expect: MODULE_STAFF },
		{ route: R('/modules/[id]'), method: 'POST', action: 'publish', path: m, form: {}, destructive: true, prepare: async () => ({ path: `/trainer/modules/${(await own()).moduleId}` }), expect: MODULE_STAFF },
		{ route: R('/modules/[id]'), method: 'POST', action: 'unpublish', path: m, form: {}, destructive: true, prepare: async () => ({ path: `/trainer/modules/${(await own()).moduleId}` }), expect: MODULE_STAFF },
		// Who teaches it: admins only. No trainer chosen / not on it: refused as bad input.
		{ route: R('/modules/[id]'), method: 'POST', action: 'addTrainer', path: m, form: { trainer: '' }, expect: ex('ldddda') },
		{ route: R('/modules/[id]'), method: 'POST', action: 'removeTrainer', path: m, form: { trainer: String(ids.trainer2Id) }, expect: ex('ldddda') },

		{ route: R('/modules/[id]/lessons/new'), method: 'GET', path: `${m}/lessons/new`, expect: MODULE_STAFF },
		{ route: R('/modules/[id]/lessons/new'), method: 'POST', action: 'create', path: `${m}/lessons/new`, form: {}, expect: MODULE_STAFF },
		{ route: R('/modules/[id]/lessons/new'), method: 'POST', action: 'preview', path: `${m}/lessons/new`, form: { previewLocale: 'ar', body_ar: 'نص' }, expect: MODULE_STAFF },
		{ route: R('/modules/[id]/lessons/[lessonId]'), method: 'GET', path: `${m}/lessons/${ids.lessonId}`, expect: MODULE_STAFF },
		{ route: R('/modules/[id]/lessons/[lessonId]'), method: 'POST', action: 'save', path: `${m}/lessons/${ids.lessonId}`, form: {}, expect: MODULE_STAFF },
		{ route: R('/modules/[id]/lessons/[lessonId]'), method: 'POST', action: 'preview', path: `${m}/lessons/${ids.lessonId}`, form: { previewLocale: 'ar', body_ar: 'نص' }, expect: MODULE_STAFF },
		{
			route: R('/modules/[id]/lessons/[lessonId]'),
			method: 'POST',
			action: 'detach',
			path: `${m}/lessons/${ids.lessonId}`,
			form: { media: '1' },
			destructive: true,
			prepare: async (p) => {
				const { moduleId } = await own();
				const lessonId = await makeLesson(http, moduleId);
				const media = await attachImage(http, p, moduleId, lessonId);
				return { path: `/trainer/modules/${moduleId}/lessons/${lessonId}`, form: { media: String(media) } };
			},
			expect: MODULE_STAFF
		},
		{
			route: R('/modules/[id]/lessons/[lessonId]'),
			method: 'POST',
			action: 'delete',
			path: `${m}/lessons/${ids.lessonId}`,
			form: {},
			destructive: true,
			prepare: async () => {
				const { moduleId } = await own();
				return { path: `/trainer/modules/${moduleId}/lessons/${await makeLesson(http, moduleId)}` };
			},
			expect: MODULE_STAFF
		},

		{ route: R('/modules/[id]/bank'), method: 'GET', path: `${m}/bank`, expect: MODULE_STAFF },
		{ route: R('/modules/[id]/bank/new'), method: 'GET', path: `${m}/bank/new?type=truefalse`, expect: MODULE_STAFF },
		{ route: R('/modules/[id]/bank/new'), method: 'POST', action: 'create', path: `${m}/bank/new`, form: {}, expect: MODULE_STAFF },
		{ route: R('/modules/[id]/bank/[questionId]'), method: 'GET', path: `${m}/bank/${ids.questionId}`, expect: MODULE_STAFF },
		{ route: R('/modules/[id]/bank/[questionId]'), method: 'POST', action: 'save', path: `${m}/bank/${ids.questionId}`, form: {}, expect: MODULE_STAFF },
		{
			route: R('/modules/[id]/bank/[questionId]'),
			method: 'POST',
			action: 'delete',
			path: `${m}/bank/${ids.questionId}`,
			form: {},
			destructive: true,
			prepare: async () => {
				const { moduleId } = await own();
				return { path: `/trainer/modules/${moduleId}/bank/${await makeQuestion(http, moduleId)}` };
			},
			expect: MODULE_STAFF
		},
		{ route: R('/modules/[id]/gift'), method: 'GET', path: `${m}/gift`, expect: MODULE_STAFF },
		{ route: R('/modules/[id]/gift'), method: 'POST', action: 'check', path: `${m}/gift`, form: { text: '' }, expect: MODULE_STAFF },
		{ route: R('/modules/[id]/gift'), method: 'POST', action: 'import', path: `${m}/gift`, form: { text: '' }, expect: MODULE_STAFF },
		{ route: R('/modules/[id]/gift/export'), method: 'GET', path: `${m}/gift/export`, expect: MODULE_STAFF },
		{ route: R('/modules/[id]/gain'), method: 'GET', path: `${m}/gain`, expect: MODULE_STAFF },

		{ route: R('/modules/[id]/quizzes'), method: 'GET', path: `${m}/quizzes`, expect: MODULE_STAFF },
		{ route: R('/modules/[id]/quizzes/new'), method: 'GET', path: `${m}/quizzes/new`, expect: MODULE_STAFF },
		{ route: R('/modules/[id]/quizzes/new'), method: 'POST', action: 'create', path: `${m}/quizzes/new`, form: {}, expect: MODULE_STAFF },
		{ route: R('/modules/[id]/quizzes/[quizId]'), method: 'GET', path: quiz, expect: MODULE_STAFF },
		{ route: R('/modules/[id]/quizzes/[quizId]'), method: 'POST', action: 'save', path: quiz, form: {}, expect: MODULE_STAFF },
		{ route: R('/modules/[id]/quizzes/[quizId]'), method: 'POST', action: 'add', path: quiz, form: {}, expect: MODULE_STAFF },
		{ route: R('/modules/[id]/quizzes/[quizId]'), method: 'POST', action: 'random', path: quiz, form: {}, expect: MODULE_STAFF },
		{ route: R('/modules/[id]/quizzes/[quizId]'), method: 'POST', action: 'remove', path: quiz, form: { item: '0' }, expect: MODULE_STAFF },
		{ route: R('/modules/[id]/quizzes/[quizId]'), method: 'POST', action: 'move', path: quiz, form: { item: String(ids.itemId), dir: 'up' }, expect: MODULE_STAFF },
		// Already published: publishing again changes nothing.
		{ route: R('/modules/[id]/quizzes/[quizId]'), method: 'POST', action: 'publish', path: quiz, form: {}, expect: MODULE_STAFF },
		{
			route: R('/modules/[id]/quizzes/[quizId]'),
			method: 'POST',
			action: 'unpublish',
			path: quiz,
			form: {},
			destructive: true,
			prepare: async () => {
				const { moduleId } = await own();
				return { path: `/trainer/modules/${moduleId}/quizzes/${await makeQuiz(http, moduleId)}` };
			},
			expect: MODULE_STAFF
		},
		{ route: R('/modules/[id]/quizzes/[quizId]/results'), method: 'GET', path: `${quiz}/results`, expect: MODULE_STAFF },
		{ route: R('/modules/[id]/quizzes/[quizId]/results.csv'), method: 'GET', path: `${quiz}/results.csv`, expect: MODULE_STAFF },
		{ route: R('/modules/[id]/quizzes/[quizId]/attempts/[attemptId]'), method: 'GET', path: `${quiz}/attempts/${ids.attemptId}`, expect: MODULE_STAFF },

		// Uploads: any trainer may store a file; attaching it to a lesson needs the lesson's module.
		{ route: '/files', method: 'POST', path: '/files', form: {}, expect: STAFF },
		{ route: '/files', method: 'POST', path: '/files', form: { lessonId: String(ids.lessonId), role: 'image' }, expect: MODULE_STAFF },
		{ route: '/files', method: 'POST', path: '/files', form: { coverOf: String(ids.moduleId) }, expect: MODULE_STAFF },

		{ route: R('/sessions'), method: 'GET', path: '/trainer/sessions', expect: STAFF },
		{ route: R('/sessions'), method: 'GET', path: '/trainer/sessions?module=leadership', expect: MODULE_STAFF },
		// Her own calendar link: made, then revoked.
		{ route: R('/sessions'), method: 'POST', action: 'createFeed', path: '/trainer/sessions', form: {}, destructive: true, expect: STAFF },
		{ route: R('/sessions'), method: 'POST', action: 'revokeFeed', path: '/trainer/sessions', form: {}, destructive: true, expect: STAFF },
		{ route: R('/sessions/new'), method: 'GET', path: '/trainer/sessions/new', expect: STAFF },
		{ route: R('/sessions/new'), method: 'POST', action: 'default', path: '/trainer/sessions/new', form: { moduleId: String(ids.moduleId) }, expect: MODULE_STAFF },
		{ route: R('/sessions/report'), method: 'GET', path: '/trainer/sessions/report', expect: STAFF },
		{ route: R('/sessions/report'), method: 'GET', path: '/trainer/sessions/report?module=leadership', expect: MODULE_STAFF },
		// Sets what leadership already has (excused absences not counted).
		{ route: R('/sessions/report'), method: 'POST', action: 'setting', path: '/trainer/sessions/report', form: { module: 'leadership', excusedNotCounted: 'on' }, expect: MODULE_STAFF },
		{ route: R('/sessions/report.csv'), method: 'GET', path: '/trainer/sessions/report.csv?module=leadership', expect: MODULE_STAFF },

		{ route: R('/sessions/[id]'), method: 'GET', path: session, expect: MODULE_STAFF },
		{ route: R('/sessions/[id]'), method: 'POST', action: 'update', path: session, form: { moduleId: String(ids.moduleId) }, expect: MODULE_STAFF },
		{ route: R('/sessions/[id]'), method: 'POST', action: 'cancel', path: session, form: { reason: '' }, expect: MODULE_STAFF },
		{
			route: R('/sessions/[id]'),
			method: 'POST',
			action: 'restore',
			path: session,
			form: {},
			destructive: true,
			prepare: async () => ({ path: `/trainer/sessions/${await makeSession(http, ids.moduleId, ids.cohortId)}` }),
			expect: MODULE_STAFF
		},
		{ route: R('/sessions/[id]'), method: 'POST', action: 'sheet', path: session, form: {}, expect: MODULE_STAFF },
		{ route: R('/sessions/[id]/roll'), method: 'GET', path: `${session}/roll`, expect: MODULE_STAFF },
		{ route: R('/sessions/[id]/roll'), method: 'POST', action: 'mark', path: `${session}/roll`, form: { userId: '', status: '' }, expect: MODULE_STAFF },
		{
			route: R('/sessions/[id]/roll'),
			method: 'POST',
			action: 'all',
			path: `${session}/roll`,
			form: {},
			destructive: true,
			prepare: async () => ({ path: `/trainer/sessions/${await makeSession(http, ids.moduleId, ids.cohortId)}/roll` }),
			expect: MODULE_STAFF
		},
		{ route: R('/sessions/[id]/check-in'), method: 'GET', path: `${session}/check-in`, expect: MODULE_STAFF },
		{ route: R('/sessions/[id]/sheet.pdf'), method: 'GET', path: `${session}/sheet.pdf`, expect: MODULE_STAFF }
	];
	return rows;
};

async function makeQuiz(http: AuthzHttp, moduleId: number): Promise<number> {
	const res = await http.post('moduleTrainer', `/trainer/modules/${moduleId}/quizzes/new?/create`, {
		kind: 'practice',
		title_ar: 'تمرين',
		title_fr: 'Exercice',
		passMark: '',
		attemptsAllowed: '',
		timeLimitMinutes: '',
		opensAt: '',
		closesAt: '',
		feedback: 'after_submit',
		layout: 'all_on_one'
	});
	return idFrom(res, /\/quizzes\/(\d+)/, 'a quiz');
}

async function makeQuestion(http: AuthzHttp, moduleId: number): Promise<number> {
	const res = await http.post('moduleTrainer', `/trainer/modules/${moduleId}/bank/new?/create`, { type: 'truefalse', text_ar: `سؤال ${unique()}`, correct: 'true', points: '1', category: '' });
	return idFrom(res, /\/bank\/(\d+)/, 'a question');
}

/** A session in leadership made by trainer1, then cancelled (so there is something to restore). */
async function makeSession(http: AuthzHttp, moduleId: number, cohortId: number): Promise<number> {
	const res = await http.post('moduleTrainer', '/trainer/sessions/new', {
		moduleId: String(moduleId),
		cohortId: String(cohortId),
		// Per-language titles since the agenda rewrite (one is enough).
		title_fr: `authz ${unique()}`,
		date: '2030-01-15',
		startTime: '09:00',
		endTime: '10:00',
		mode: 'remote',
		meetingUrl: 'https://meet.jit.si/authz',
		lateAfterMinutes: '15'
	});
	const id = idFrom(res, /\/trainer\/sessions\/(\d+)/, 'a class session');
	await http.post('moduleTrainer', `/trainer/sessions/${id}?/cancel`, { reason: 'authz' });
	return id;
}

/** A 1×1 PNG attached to the lesson; the id of its lesson_media row, read from the lesson page. */
async function attachImage(http: AuthzHttp, persona: Persona, moduleId: number, lessonId: number): Promise<number> {
	const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
	const res = await http.upload(persona, '/files', { lessonId: String(lessonId), role: 'image' }, { name: 'pixel.png', mimeType: 'image/png', buffer: png });
	if (res.status !== 201) throw new Error(`could not attach an image: ${res.status} ${res.text.slice(0, 200)}`);
	const page = await http.get(persona, `/trainer/modules/${moduleId}/lessons/${lessonId}`);
	const media = /name="media" value="(\d+)"/.exec(page.text);
	if (!media) throw new Error(`no attached image on the lesson page (${page.status})`);
	return Number(media[1]);
}

export default rows;
