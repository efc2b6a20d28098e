/**
 * The trainer's question form ⇄ QuestionContent. Flat field names so the form
 * works without JavaScript: text_ar, opt0_fr, opt0_weight, ans1_text, pair2_left_ar…
 */
import { Invalid } from '../errors';
import type { ChoiceOption, NumericAnswer, QuestionContent, QuestionType, Texts } from './model';
import { QUESTION_TYPES } from './model';
import { parseTypedNumber } from './normalize';

const LOCALES = ['ar', 'fr', 'zgh'] as const;
export const ROWS = { choice: 6, short: 4, numerical: 3, matching: 6 };
type Get = (name: string) => string;

const clean = (s: string) => s.normalize('NFC').replace(/\r\n/g, '\n').trim();

function texts(get: Get, prefix: string, max = 4000): Texts {
	const out: Texts = {};
	for (const l of LOCALES) {
		const v = clean(get(`${prefix}_${l}`)).slice(0, max);
		if (v) out[l] = v;
	}
	return out;
}
const hasText = (t: Texts) => Object.values(t).some((v) => v && v.trim());
const orUndef = (t: Texts) => (hasText(t) ? t : undefined);

function weight(get: Get, name: string, fallback: number, errors: Record<string, string>): number {
	const raw = get(name).trim();
	if (!raw) return fallback;
	const n = parseTypedNumber(raw.replace('%', ''));
	if (n === null || n < -100 || n > 100) {
		errors[name] = 'quiz_weight_invalid';
		return 0;
	}
	return n;
}

export interface QuestionForm {
	category: string | null;
	points: number;
	content: QuestionContent;
}

export function isQuestionType(s: string): s is QuestionType {
	return (QUESTION_TYPES as readonly string[]).includes(s);
}

export function questionFromForm(get: Get): QuestionForm {
	const type = get('type');
	if (!isQuestionType(type)) throw new Invalid('error_invalid_form');
	const errors: Record<string, string> = {};
	const text = texts(get, 'text', 8000);
	if (!hasText(text)) errors.text = 'quiz_text_required';
	const title = clean(get('title')).slice(0, 200) || undefined;
	const generalFeedback = orUndef(texts(get, 'gfb'));
	const base = { title, text, format: 'markdown' as const, ...(generalFeedback ? { generalFeedback } : {}) };
	const pointsRaw = parseTypedNumber(get('points') || '1');
	if (pointsRaw === null || pointsRaw <= 0 || pointsRaw > 1000) errors.points = 'quiz_points_invalid';
	const category = clean(get('category')).slice(0, 200) || null;

	let content: QuestionContent;
	switch (type) {
		case 'single':
		case 'multiple': {
			const options: ChoiceOption[] = [];
			const used = new Set<string>();
			for (let i = 0; i < ROWS.choice; i++) {
				const t = texts(get, `opt${i}`, 1000);
				if (!hasText(t)) continue;
				const w = weight(get, `opt${i}_weight`, 0, errors);
				let id = clean(get(`opt${i}_id`)).slice(0, 20);
				if (!/^[a-z0-9]+$/.test(id) || used.has(id)) id = '';
				options.push({ id, text: t, weight: w, ...(orUndef(texts(get, `opt${i}_fb`)) ? { feedback: texts(get, `opt${i}_fb`) } : {}) });
				if (id) used.add(id);
			}
			let next = 0;
			for (const o of options) {
				if (o.id) continue;
				while (used.has(String.fromCharCode(97 + next))) next++;
				o.id = String.fromCharCode(97 + next);
				used.add(o.id);
			}
			if (options.length < 2) errors.options = 'quiz_options_two';
			else if (type === 'single' && !options.some((o) => o.weight === 100)) errors.options = 'quiz_single_needs_right';
			else if (type === 'multiple') {
				const sum = options.filter((o) => o.weight > 0).reduce((s, o) => s + o.weight, 0);
				if (Math.abs(sum - 100) > 1) errors.options = 'quiz_multiple_sum';
			}
			content = { ...base, type, options };
			break;
		}
		case 'truefalse': {
			const c = get('correct');
			if (c !== 'true' && c !== 'false') errors.correct = 'error_required';
			content = {
				...base,
				type,
				correct: c === 'true',
				...(orUndef(texts(get, 'fbTrue')) ? { feedbackTrue: texts(get, 'fbTrue') } : {}),
				...(orUndef(texts(get, 'fbFalse')) ? { feedbackFalse: texts(get, 'fbFalse') } : {})
			};
			break;
		}
		case 'short': {
			const answers: { text: string; weight: number; feedback?: Texts }[] = [];
			for (let i = 0; i < ROWS.short; i++) {
				const t = clean(get(`ans${i}_text`)).slice(0, 500);
				if (!t) continue;
				const fb = orUndef(texts(get, `ans${i}_fb`));
				answers.push({ text: t, weight: weight(get, `ans${i}_weight`, 100, errors), ...(fb ? { feedback: fb } : {}) });
			}
			if (!answers.some((a) => a.weight === 100)) errors.answers = 'quiz_answer_needs_full';
			content = { ...base, type, answers };
			break;
		}
		case 'numerical': {
			const answers: NumericAnswer[] = [];
			for (let i = 0; i < ROWS.numerical; i++) {
				const kind = get(`num${i}_kind`) === 'range' ? 'range' : 'tolerance';
				const fb = orUndef(texts(get, `num${i}_fb`));
				const w = weight(get, `num${i}_weight`, 100, errors);
				if (kind === 'tolerance') {
					if (!get(`num${i}_value`).trim()) continue;
					const value = parseTypedNumber(get(`num${i}_value`));
					const tolerance = parseTypedNumber(get(`num${i}_tol`) || '0');
					if (value === null || tolerance === null || tolerance < 0) errors[`num${i}_value`] = 'quiz_number_invalid';
					else answers.push({ kind, value, tolerance, weight: w, ...(fb ? { feedback: fb } : {}) });
				} else {
					if (!get(`num${i}_min`).trim() && !get(`num${i}_max`).trim()) continue;
					const min = parseTypedNumber(get(`num${i}_min`));
					const max = parseTypedNumber(get(`num${i}_max`));
					if (min === null || max === null || max < min) errors[`num${i}_value`] = 'quiz_range_invalid';
					else answers.push({ kind, min, max, weight: w, ...(fb ? { feedback: fb } : {}) });
				}
			}
			if (!answers.some((a) => a.weight === 100)) errors.answers ??= 'quiz_answer_needs_full';
			const otherFeedback = orUndef(texts(get, 'numOther_fb'));
			content = { ...base, type, answers, ...(otherFeedback ? { otherFeedback } : {}) };
			break;
		}
		case 'matching': {
			const pairs: { id: string; left: Texts; right: Texts }[] = [];
			for (let i = 0; i < ROWS.matching; i++) {
				const left = texts(get, `pair${i}_left`, 500);
				const right = texts(get, `pair${i}_right`, 500);
				if (!hasText(left) && !hasText(right)) continue;
				if (!hasText(left) || !hasText(right)) errors.pairs = 'quiz_pair_incomplete';
				pairs.push({ id: `p${pairs.length + 1}`, left, right });
			}
			if (pairs.length < 2) errors.pairs ??= 'quiz_pairs_two';
			content = { ...base, type, pairs };
			break;
		}
	}
	if (Object.keys(errors).length) throw new Invalid('error_invalid_form', errors);
	return { category, points: pointsRaw!, content };
}

/** A question back to the form's flat fields, for editing. */
export function questionToForm(content: QuestionContent, category: string | null, points: number): Record<string, string> {
	const out: Record<string, string> = { type: content.type, title: content.title ?? '', category: category ?? '', points: String(points) };
	const put = (prefix: string, t: Texts | undefined) => {
		for (const l of LOCALES) out[`${prefix}_${l}`] = t?.[l] ?? '';
	};
	put('text', content.text);
	put('gfb', content.generalFeedback);
	switch (content.type) {
		case 'single':
		case 'multiple':
			content.options.forEach((o, i) => {
				put(`opt${i}`, o.text);
				put(`opt${i}_fb`, o.feedback);
				out[`opt${i}_weight`] = String(o.weight);
				out[`opt${i}_id`] = o.id;
			});
			break;
		case 'truefalse':
			out.correct = String(content.correct);
			put('fbTrue', content.feedbackTrue);
			put('fbFalse', content.feedbackFalse);
			break;
		case 'short':
			content.answers.forEach((a, i) => {
				out[`ans${i}_text`] = a.text;
				out[`ans${i}_weight`] = String(a.weight);
				put(`ans${i}_fb`, a.feedback);
			});
			break;
		case 'numerical':
			content.answers.forEach((a, i) => {
				out[`num${i}_kind`] = a.kind;
				out[`num${i}_weight`] = String(a.weight);
				if (a.kind === 'tolerance') {
					out[`num${i}_value`] = String(a.value);
					out[`num${i}_tol`] = String(a.tolerance);
				} else {
					out[`num${i}_min`] = String(a.min);
					out[`num${i}_max`] = String(a.max);
				}
				put(`num${i}_fb`, a.feedback);
			});
			put('numOther_fb', content.otherFeedback);
			break;
		case 'matching':
			content.pairs.forEach((p, i) => {
				put(`pair${i}_left`, p.left);
				put(`pair${i}_right`, p.right);
			});
			break;
	}
	return out;
}
