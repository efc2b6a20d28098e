/**
 * Grading, on the server only: a question's content and a learner's answer give
 * the share of the question's points earned (0..1) and the feedback that goes
 * with that answer. Pure: no database, no clock.
 */
import type { AnswerValue, QuestionContent, Texts } from './model';
import { parseTypedNumber, sameAnswer } from './normalize';

export type Verdict = 'correct' | 'partial' | 'wrong' | 'unanswered';

export interface Graded {
	/** Share of the question's points, 0..1. */
	fraction: number;
	verdict: Verdict;
	/** Feedback attached to what was answered (option, accepted answer, true/false). */
	feedback: Texts[];
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const EPS = 1e-9;

function verdictOf(fraction: number): Verdict {
	if (fraction >= 1 - EPS) return 'correct';
	return fraction > EPS ? 'partial' : 'wrong';
}

function result(fraction: number, feedback: (Texts | undefined)[]): Graded {
	const f = Math.round(clamp01(fraction) * 10000) / 10000;
	return { fraction: f, verdict: verdictOf(f), feedback: feedback.filter((x): x is Texts => !!x) };
}

const UNANSWERED: Graded = { fraction: 0, verdict: 'unanswered', feedback: [] };

export function isEmptyAnswer(answer: AnswerValue | null | undefined): boolean {
	if (answer === null || answer === undefined) return true;
	if (typeof answer === 'string') return answer.trim() === '';
	if (Array.isArray(answer)) return answer.length === 0;
	if (typeof answer === 'object') return Object.values(answer).every((v) => !v);
	return false;
}

export function grade(content: QuestionContent, answer: AnswerValue | null | undefined): Graded {
	if (isEmptyAnswer(answer)) return UNANSWERED;
	switch (content.type) {
		case 'single': {
			const chosen = content.options.find((o) => o.id === answer);
			return chosen ? result(chosen.weight / 100, [chosen.feedback]) : UNANSWERED;
		}
		case 'multiple': {
			const ids = new Set(Array.isArray(answer) ? answer : [String(answer)]);
			const chosen = content.options.filter((o) => ids.has(o.id));
			if (chosen.length === 0) return UNANSWERED;
			// Negative weights take away; the total never goes below zero nor above full marks.
			const total = chosen.reduce((s, o) => s + o.weight, 0);
			return result(total / 100, chosen.map((o) => o.feedback));
		}
		case 'truefalse': {
			const said = answer === true || answer === 'true';
			if (answer !== true && answer !== false && answer !== 'true' && answer !== 'false') return UNANSWERED;
			return result(said === content.correct ? 1 : 0, [said ? content.feedbackTrue : content.feedbackFalse]);
		}
		case 'short': {
			const typed = String(answer);
			let best: { weight: number; feedback?: Texts } | null = null;
			for (const a of content.answers) if (sameAnswer(typed, a.text) && (!best || a.weight > best.weight)) best = a;
			return best ? result(best.weight / 100, [best.feedback]) : result(0, []);
		}
		case 'numerical': {
			const x = typeof answer === 'number' ? answer : parseTypedNumber(String(answer));
			// GIFT's `~#…`: what to say to any answer none of the accepted ones matches.
			if (x === null || !Number.isFinite(x)) return result(0, [content.otherFeedback]);
			let best: { weight: number; feedback?: Texts } | null = null;
			for (const a of content.answers) {
				const hit =
					a.kind === 'tolerance'
						? Math.abs(x - a.value) <= Math.abs(a.tolerance) + EPS * Math.max(1, Math.abs(a.value))
						: x >= a.min - EPS && x <= a.max + EPS;
				if (hit && (!best || a.weight > best.weight)) best = a;
			}
			return best ? result(best.weight / 100, [best.feedback]) : result(0, [content.otherFeedback]);
		}
		case 'matching': {
			if (typeof answer !== 'object' || Array.isArray(answer)) return UNANSWERED;
			const given = answer as Record<string, string>;
			const right = content.pairs.filter((p) => given[p.id] === p.id).length;
			return result(content.pairs.length ? right / content.pairs.length : 0, []);
		}
	}
}

/** The best score a question can give (for checking that a question can be answered fully). */
export function maxFraction(content: QuestionContent): number {
	switch (content.type) {
		case 'single':
			return clamp01(Math.max(0, ...content.options.map((o) => o.weight)) / 100);
		case 'multiple':
			return clamp01(content.options.filter((o) => o.weight > 0).reduce((s, o) => s + o.weight, 0) / 100);
		case 'short':
		case 'numerical':
			return clamp01(Math.max(0, ...content.answers.map((a) => a.weight)) / 100);
		default:
			return 1;
	}
}
