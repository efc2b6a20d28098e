/**
 * Between the learner's page and the grader: what a form posts becomes an
 * AnswerValue, and a question becomes what the page may show before submission
 * (texts and choices only: no weights, no accepted answers, no right pairs).
 */
import type { AnswerValue, QuestionContent, QuestionType, Texts } from './model';
import type { AttemptQuestion } from './tables';
import { parseTypedNumber } from './normalize';

export const fieldName = (questionId: number) => `q${questionId}`;
export const pairFieldName = (questionId: number, pairId: string) => `q${questionId}_${pairId}`;

type Get = (name: string) => string[];

/** The answer a form gives for one question; null when the question was left blank (nothing to save). */
export function answerFromForm(q: AttemptQuestion, get: Get): AnswerValue | null {
	const c = q.content;
	const name = fieldName(q.id);
	const one = (get(name)[0] ?? '').trim();
	switch (c.type) {
		case 'single':
			return c.options.some((o) => o.id === one) ? one : null;
		case 'multiple': {
			const ids = new Set(c.options.map((o) => o.id));
			const chosen = get(name).filter((v) => ids.has(v));
			return chosen.length ? [...new Set(chosen)] : get(`${name}_present`).length ? [] : null;
		}
		case 'truefalse':
			return one === 'true' ? true : one === 'false' ? false : null;
		case 'short':
			return one ? one.slice(0, 500) : null;
		case 'numerical': {
			if (!one) return null;
			const n = parseTypedNumber(one);
			return n ?? one.slice(0, 100);
		}
		case 'matching': {
			const ids = new Set(c.pairs.map((p) => p.id));
			const out: Record<string, string> = {};
			for (const p of c.pairs) {
				const v = (get(pairFieldName(q.id, p.id))[0] ?? '').trim();
				if (ids.has(v)) out[p.id] = v;
			}
			return Object.keys(out).length ? out : null;
		}
	}
}

export interface PublicChoice {
	id: string;
	text: Texts;
}

/** What the learner's page may know of a question before the attempt is submitted. */
export interface PublicQuestion {
	id: number;
	type: QuestionType;
	points: number;
	text: Texts;
	format: QuestionContent['format'];
	choices: PublicChoice[];
	/** matching: the left items; the choices are the right items. */
	prompts: PublicChoice[];
}

function ordered<T extends { id: string }>(items: T[], order: string[] | undefined): T[] {
	if (!order) return items;
	const byId = new Map(items.map((i) => [i.id, i]));
	const out = order.map((id) => byId.get(id)).filter((x): x is T => !!x);
	return out.length === items.length ? out : items;
}

export function publicQuestion(q: AttemptQuestion): PublicQuestion {
	const c = q.content;
	const base = { id: q.id, type: c.type, points: q.points, text: c.text, format: c.format, choices: [], prompts: [] };
	switch (c.type) {
		case 'single':
		case 'multiple':
			return { ...base, choices: ordered(c.options, q.order).map((o) => ({ id: o.id, text: o.text })) };
		case 'matching':
			return {
				...base,
				prompts: c.pairs.map((p) => ({ id: p.id, text: p.left })),
				choices: ordered(c.pairs, q.order).map((p) => ({ id: p.id, text: p.right }))
			};
		default:
			return base;
	}
}
