import { ex, LEARNERS, SIGNED_IN } from './expect';
import { demoIds } from './ids';
import type { AuthzRow, AuthzRows } from './types';

/** A learner's pages, on learner 1's records in leadership (trainer1 teaches it, trainer2 does not). */
const rows: AuthzRows = async ({ db }): Promise<AuthzRow[]> => {
	const ids = await demoIds(db);
	const mod = '/learn/leadership';
	const lesson = `${mod}/${ids.lessonId}`;
	const quiz = `${mod}/quiz/${ids.quizId}`;
	const attempt = `${quiz}/attempt/${ids.attemptId}`;
	const result = `${quiz}/result/${ids.attemptId}`;
	// Learners read their modules; trainers read the modules they teach; admins read all.
	const READERS = ex('laadaa');
	return [
		{ route: '/(learner)/certificates', method: 'GET', path: '/certificates', expect: SIGNED_IN },
		{ route: '/(learner)/learn', method: 'GET', path: '/learn', expect: LEARNERS },
		{ route: '/(learner)/learn/[slug]', method: 'GET', path: mod, expect: READERS },
		{ route: '/(learner)/learn/[slug]/[lessonId]', method: 'GET', path: lesson, expect: READERS },
		// Learners 1 and 2 have finished leadership: marking a lesson done again changes nothing.
		{ route: '/(learner)/learn/[slug]/[lessonId]', method: 'POST', action: 'done', path: lesson, form: {}, expect: READERS },
		{ route: '/(learner)/learn/[slug]/quiz/[quizId]', method: 'GET', path: quiz, expect: READERS },
		{ route: '/(learner)/learn/[slug]/quiz/[quizId]', method: 'POST', action: 'start', path: quiz, form: {}, expect: READERS },
		// Learner 1's submitted attempt: hers alone (staff read attempts on the trainers' pages).
		{ route: '/(learner)/learn/[slug]/quiz/[quizId]/attempt/[attemptId]', method: 'GET', path: attempt, expect: ex('ladddd') },
		{ route: '/(learner)/learn/[slug]/quiz/[quizId]/attempt/[attemptId]', method: 'POST', action: 'save', path: attempt, form: {}, expect: ex('ladddd') },
		{ route: '/(learner)/learn/[slug]/quiz/[quizId]/attempt/[attemptId]', method: 'POST', action: 'submit', path: attempt, form: {}, expect: ex('ladddd') },
		{ route: '/(learner)/learn/[slug]/quiz/[quizId]/result/[attemptId]', method: 'GET', path: result, expect: ex('ladddd') },
		{ route: '/(learner)/learn/agenda', method: 'GET', path: '/learn/agenda', expect: LEARNERS },
		{ route: '/(learner)/learn/agenda', method: 'POST', action: 'createFeed', path: '/learn/agenda', form: {}, destructive: true, expect: LEARNERS },
		{ route: '/(learner)/learn/agenda', method: 'POST', action: 'revokeFeed', path: '/learn/agenda', form: {}, destructive: true, expect: LEARNERS },
		{ route: '/(learner)/learn/check-in', method: 'GET', path: '/learn/check-in', expect: LEARNERS },
		{ route: '/(learner)/learn/check-in', method: 'POST', action: 'default', path: '/learn/check-in', form: { code: '' }, expect: LEARNERS },
		{ route: '/(learner)/learn/join', method: 'GET', path: '/learn/join', expect: LEARNERS },
		{ route: '/(learner)/learn/join', method: 'POST', action: 'default', path: '/learn/join', form: { key: '' }, expect: LEARNERS }
	];
};

export default rows;
