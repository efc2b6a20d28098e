/** The quiz settings form ⇄ the service's input (flat fields, works without JavaScript). */
import type { Texts } from '../quizzes/model';
import type { QuizRow } from '../quizzes/tables';
import type { QuizInput } from '../quizzes/quiz.service';
import { toLocalInput } from '../quizzes/local-time';

const LOCALES = ['ar', 'fr', 'zgh'] as const;

function texts(get: (n: string) => string, prefix: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const l of LOCALES) {
		const v = get(`${prefix}_${l}`).normalize('NFC').trim();
		if (v) out[l] = v;
	}
	return out;
}

export function quizInputFrom(data: FormData): QuizInput {
	const get = (n: string) => {
		const v = data.get(n);
		return typeof v === 'string' ? v : '';
	};
	return {
		kind: get('kind') as QuizInput['kind'],
		title: texts(get, 'title'),
		intro: texts(get, 'intro'),
		passMark: get('passMark'),
		attemptsAllowed: get('attemptsAllowed'),
		timeLimitMinutes: get('timeLimitMinutes'),
		opensAt: get('opensAt'),
		closesAt: get('closesAt'),
		shuffleQuestions: get('shuffleQuestions') === 'on',
		shuffleOptions: get('shuffleOptions') === 'on',
		feedback: get('feedback') as QuizInput['feedback'],
		layout: get('layout') as QuizInput['layout']
	};
}

const flat = (prefix: string, t: Texts) => Object.fromEntries(LOCALES.map((l) => [`${prefix}_${l}`, t[l] ?? '']));

export function quizFormValues(q: QuizRow): Record<string, string> {
	return {
		kind: q.kind,
		...flat('title', q.title),
		...flat('intro', q.intro),
		passMark: q.pass_mark === null ? '' : String(q.pass_mark),
		attemptsAllowed: q.attempts_allowed === null ? '' : String(q.attempts_allowed),
		timeLimitMinutes: q.time_limit_minutes === null ? '' : String(q.time_limit_minutes),
		opensAt: toLocalInput(q.opens_at ? new Date(q.opens_at) : null),
		closesAt: toLocalInput(q.closes_at ? new Date(q.closes_at) : null),
		shuffleQuestions: q.shuffle_questions ? 'on' : '',
		shuffleOptions: q.shuffle_options ? 'on' : '',
		feedback: q.feedback,
		layout: q.layout
	};
}

export const NEW_QUIZ_VALUES: Record<string, string> = {
	kind: 'graded',
	passMark: '',
	attemptsAllowed: '1',
	timeLimitMinutes: '',
	feedback: 'after_submit',
	layout: 'one_per_page',
	shuffleOptions: 'on'
};
