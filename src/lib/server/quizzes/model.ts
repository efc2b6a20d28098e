import type { Locale } from '../../i18n/index';

/**
 * The question model shared by the question bank, grading, the quiz pages and
 * GIFT import/export. A question's content is stored as this JSON (one column),
 * so every text can exist per language with a fallback.
 */
export type QuizLocale = Locale;

/** One text per language; at least one is present. Markdown unless `format` says otherwise. */
export type Texts = Partial<Record<QuizLocale, string>>;

export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'short', 'numerical', 'matching'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** GIFT's format markers; `moodle` and `plain` are shown as plain text, `html` is sanitised. */
export type TextFormat = 'markdown' | 'plain' | 'html' | 'moodle';

interface Base {
	type: QuestionType;
	/** GIFT `::title::`: for the trainer's lists, not shown to learners. */
	title?: string;
	text: Texts;
	format: TextFormat;
	/** Shown after answering whatever the answer (GIFT `####`). */
	generalFeedback?: Texts;
}

/** Single or multiple choice. weight is a percentage of the question's points. */
export interface ChoiceOption {
	/** Stable within the question ("a", "b", …): answers refer to it. */
	id: string;
	text: Texts;
	/** single: 100 for the right one, 0 (or partial) for others. multiple: may be negative; a total below 0 counts as 0. */
	weight: number;
	feedback?: Texts;
}

export interface SingleChoice extends Base {
	type: 'single';
	options: ChoiceOption[];
}

export interface MultipleChoice extends Base {
	type: 'multiple';
	options: ChoiceOption[];
}

export interface TrueFalse extends Base {
	type: 'truefalse';
	correct: boolean;
	/** Feedback shown when the learner answered true / answered false (GIFT gives them as `{T#…#…}`; map per Moodle's docs). */
	feedbackTrue?: Texts;
	feedbackFalse?: Texts;
}

export interface ShortAnswer extends Base {
	type: 'short';
	/** Accepted answers, compared after normalisation (case, spaces, Arabic diacritics, tatweel, alef forms). */
	answers: { text: string; weight: number; feedback?: Texts }[];
}

/** One accepted numerical answer: value ± tolerance, or min..max. */
export type NumericAnswer =
	| { kind: 'tolerance'; value: number; tolerance: number; weight: number; feedback?: Texts }
	| { kind: 'range'; min: number; max: number; weight: number; feedback?: Texts };

export interface Numerical extends Base {
	type: 'numerical';
	answers: NumericAnswer[];
	/** Feedback for an answer that matches none of the above (GIFT `~#…` in a numerical block). */
	otherFeedback?: Texts;
}

export interface Matching extends Base {
	type: 'matching';
	/** Each left item has exactly one right item. ids are stable within the question. */
	pairs: { id: string; left: Texts; right: Texts }[];
}

export type QuestionContent = SingleChoice | MultipleChoice | TrueFalse | ShortAnswer | Numerical | Matching;

/**
 * A learner's answer to one question, as stored in attempt_answer:
 * single: option id; multiple: option ids; truefalse: boolean; short: text;
 * numerical: number; matching: { [pairId]: pairId chosen on the right }.
 */
export type AnswerValue = string | string[] | boolean | number | Record<string, string>;
