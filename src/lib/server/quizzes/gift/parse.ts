/**
 * Reads Moodle's GIFT format (https://docs.moodle.org/en/GIFT_format) into the
 * shared question model. It follows Moodle's own importer (qformat_gift) in how it
 * recognises each type, and is stricter where Moodle would silently import
 * something odd: every problem is collected with its line, nothing throws.
 *
 * - Questions are separated by blank lines; lines starting with `//` are comments.
 * - `$CATEGORY: name` sets the category of the questions after it (Moodle's
 *   `$course$/top/` prefix is dropped).
 * - Types our product lacks (essay `{}`, description without braces, missing word
 *   with text after the closing brace) are listed, not imported.
 */
import type { ChoiceOption, NumericAnswer, QuestionContent, QuizLocale, TextFormat, Texts } from '../model';
import { hideEscapes, restoreEscapes } from './escape';

export type GiftUnsupportedKind = 'essay' | 'description' | 'missing_word';

export type GiftErrorKey =
	| 'gift_empty'
	| 'gift_too_large'
	| 'gift_not_utf8'
	| 'gift_title_unclosed'
	| 'gift_brace_unclosed'
	| 'gift_brace_unopened'
	| 'gift_brace_extra'
	| 'gift_question_text_empty'
	| 'gift_answer_marker_missing'
	| 'gift_answer_empty'
	| 'gift_options_too_few'
	| 'gift_no_right_answer'
	| 'gift_weights_sum'
	| 'gift_weight_range'
	| 'gift_matching_arrow'
	| 'gift_matching_empty'
	| 'gift_matching_too_few'
	| 'gift_numerical_empty'
	| 'gift_not_a_number'
	| 'gift_tolerance_negative'
	| 'gift_range_order';

export interface GiftQuestion {
	line: number;
	category: string | null;
	content: QuestionContent;
}
export interface GiftUnsupported {
	line: number;
	kind: GiftUnsupportedKind;
	title?: string;
}
export interface GiftError {
	line: number;
	key: GiftErrorKey;
	params?: Record<string, string | number>;
}
export interface GiftParseResult {
	questions: GiftQuestion[];
	unsupported: GiftUnsupported[];
	errors: GiftError[];
}

/**
 * Moodle's GIFT importer accepts two pairs (its documentation says three); two is
 * also what the bank's own question form asks, so an exported bank always reads back.
 */
export const MIN_MATCHING_PAIRS = 2;
/** Weights go from -100 to 100 % for every type, as in the bank's question form. */
const inRange = (w: number) => w >= -100 && w <= 100;
const FORMATS: readonly TextFormat[] = ['html', 'markdown', 'plain', 'moodle'];
const WEIGHT = /^%\s*(-?\d+(?:\.\d+)?)\s*%/;
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const BIDI_MARKS = /^[\u200E\u200F\u202A-\u202E\u2066-\u2069]*/;
const blank = (line: string) => /^[\s\u200E\u200F\u202A-\u202E\u2066-\u2069]*$/.test(line);
const isComment = (line: string) => line.trim().replace(BIDI_MARKS, '').startsWith('//');

/** A piece of a question's text with its position, so problems know their line. */
interface Span {
	s: string;
	at: number;
}

function trimSpan(x: Span): Span {
	const lead = x.s.length - x.s.trimStart().length;
	return { s: x.s.trim(), at: x.at + lead };
}

/** Splits at each unescaped marker character; each piece after the first starts with its marker. */
function splitAt(x: Span, markers: string): { marker: string | null; body: Span }[] {
	const out: { marker: string | null; body: Span }[] = [];
	let start = 0;
	let marker: string | null = null;
	for (let i = 0; i <= x.s.length; i++) {
		if (i === x.s.length || markers.includes(x.s[i])) {
			const from = marker === null ? start : start + 1;
			out.push({ marker, body: { s: x.s.slice(from, i), at: x.at + from } });
			if (i < x.s.length) {
				marker = x.s[i];
				start = i;
			}
		}
	}
	return out;
}

export function parseGift(input: string, lang: QuizLocale): GiftParseResult {
	const result: GiftParseResult = { questions: [], unsupported: [], errors: [] };
	const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	let category: string | null = null;
	let block: { no: number; text: string }[] = [];

	const flush = () => {
		if (block.length === 0) return;
		const first = block[0];
		const cat = /^\$CATEGORY:(.*)$/.exec(first.text.replace(BIDI_MARKS, ''));
		if (cat) {
			category = categoryName(restoreEscapes(cat[1]));
			block = block.slice(1);
		}
		if (block.length > 0) readQuestion(block, category, lang, result);
		block = [];
	};

	lines.forEach((raw, i) => {
		if (blank(raw)) flush();
		else if (!isComment(raw)) block.push({ no: i + 1, text: hideEscapes(raw.trim()) });
	});
	flush();

	if (result.questions.length + result.unsupported.length + result.errors.length === 0) {
		result.errors.push({ line: 1, key: 'gift_empty' });
	}
	return result;
}

/** Moodle writes `$course$/top/Name`; the bank only needs `Name`. Empty or `top` means no category. */
function categoryName(raw: string): string | null {
	const name = raw
		.trim()
		.replace(/^\$[a-z]+\$\/?/, '')
		.replace(/^top(\/|$)/, '')
		.trim();
	return name === '' ? null : name;
}

function readQuestion(block: { no: number; text: string }[], category: string | null, lang: QuizLocale, result: GiftParseResult) {
	const text = block.map((l) => l.text).join('\n');
	const starts: number[] = [];
	let offset = 0;
	for (const l of block) {
		starts.push(offset);
		offset += l.text.length + 1;
	}
	const lineAt = (pos: number) => {
		let i = 0;
		while (i + 1 < starts.length && starts[i + 1] <= pos) i++;
		return block[i].no;
	};
	const errors: GiftError[] = [];
	const fail = (at: number, key: GiftErrorKey, params?: Record<string, string | number>) => {
		errors.push(params ? { line: lineAt(at), key, params } : { line: lineAt(at), key });
	};
	const line = block[0].no;

	// ::title::
	let body: Span = { s: text, at: 0 };
	let title: string | undefined;
	if (text.startsWith('::')) {
		const end = text.indexOf('::', 2);
		if (end < 0) {
			fail(0, 'gift_title_unclosed');
			result.errors.push(...errors);
			return;
		}
		title = restoreEscapes(text.slice(2, end)).trim() || undefined;
		body = trimSpan({ s: text.slice(end + 2), at: end + 2 });
	}

	// The answer block: exactly one pair of unescaped braces.
	const opens = [...body.s.matchAll(/\{/g)].map((m) => m.index!);
	const closes = [...body.s.matchAll(/\}/g)].map((m) => m.index!);
	if (opens.length === 0 && closes.length === 0) {
		result.unsupported.push(withTitle({ line, kind: 'description' }, title));
		return;
	}
	if (opens.length === 0 || (closes.length > 0 && closes[0] < opens[0])) {
		fail(body.at + closes[0], 'gift_brace_unopened');
	} else if (closes.length === 0) {
		fail(body.at + opens[0], 'gift_brace_unclosed');
	} else if (opens.length > 1 || closes.length > 1) {
		fail(body.at + (opens[1] ?? closes[1]), 'gift_brace_extra');
	}
	if (errors.length) {
		result.errors.push(...errors);
		return;
	}
	const open = opens[0];
	const close = closes[0];
	// Problems of the question as a whole are reported where its answers open.
	const braceAt = body.at + open;
	const before: Span = { s: body.s.slice(0, open), at: body.at };
	let answer: Span = trimSpan({ s: body.s.slice(open + 1, close), at: body.at + open + 1 });
	if (body.s.slice(close + 1).trim() !== '') {
		result.unsupported.push(withTitle({ line, kind: 'missing_word' }, title));
		return;
	}

	// ####general feedback: the last one in the block, as in Moodle.
	let generalFeedback: string | undefined;
	const gf = answer.s.lastIndexOf('####');
	if (gf >= 0) {
		generalFeedback = withFormat(answer.s.slice(gf + 4)).text || undefined;
		answer = trimSpan({ s: answer.s.slice(0, gf), at: answer.at });
	}

	if (answer.s === '') {
		result.unsupported.push(withTitle({ line, kind: 'essay' }, title));
		return;
	}

	const question = withFormat(before.s);
	if (question.text === '') fail(before.at, 'gift_question_text_empty');
	const texts = (s: string): Texts => ({ [lang]: s });
	const optional = (s: string): Texts | undefined => (s === '' ? undefined : texts(s));
	const base = {
		...(title ? { title } : {}),
		text: texts(question.text),
		format: question.format,
		...(generalFeedback ? { generalFeedback: texts(generalFeedback) } : {})
	};

	let content: QuestionContent | null = null;
	const a = answer.s;

	if (a.startsWith('#')) {
		content = numerical(trimSpan({ s: a.slice(1), at: answer.at + 1 }));
	} else if (a.includes('~')) {
		content = choice();
	} else if (a.includes('=') && a.includes('->')) {
		content = matching();
	} else if (['T', 'TRUE', 'F', 'FALSE'].includes(a.split('#')[0].trim())) {
		const [value, wrong = '', right = ''] = splitN(a, '#', 3);
		const correct = value.trim().startsWith('T');
		const wrongFb = optional(withFormat(wrong).text);
		const rightFb = optional(withFormat(right).text);
		const feedbackTrue = correct ? rightFb : wrongFb;
		const feedbackFalse = correct ? wrongFb : rightFb;
		content = {
			type: 'truefalse',
			...base,
			correct,
			...(feedbackTrue ? { feedbackTrue } : {}),
			...(feedbackFalse ? { feedbackFalse } : {})
		};
	} else {
		content = shortAnswer();
	}

	if (errors.length) result.errors.push(...errors);
	else if (content) result.questions.push({ line, category, content });

	/**
	 * One answer of a block: where it starts (its marker, for problems), its
	 * `%weight%` when it may carry one (else `weight`), its text and feedback.
	 */
	function answerPiece(p: { marker: string | null; body: Span }, weight: number, weighed = true) {
		let piece = trimSpan(p.body);
		const at = p.body.at - (p.marker ? 1 : 0);
		const w = weighed ? WEIGHT.exec(piece.s) : null;
		if (w) {
			weight = Number(w[1]);
			if (!inRange(weight)) fail(at, 'gift_weight_range', { weight: w[1] });
			piece = trimSpan({ s: piece.s.slice(w[0].length), at: piece.at + w[0].length });
		}
		const [text, feedback] = withFeedback(piece.s);
		const fb = optional(feedback);
		return { at, text, weight, ...(fb ? { feedback: fb } : {}) };
	}

	function choice(): QuestionContent | null {
		const pieces = splitAt(answer, '~=');
		const lead = trimSpan(pieces[0].body);
		if (lead.s !== '') fail(lead.at, 'gift_answer_marker_missing');
		const options: ChoiceOption[] = [];
		const single = a.includes('=');
		const before = errors.length;
		for (const [i, p] of pieces.slice(1).entries()) {
			// `=` is the right answer (no weight read after it); `~` is wrong unless weighted.
			const { at, text, ...rest } = answerPiece(p, p.marker === '=' ? 100 : 0, p.marker !== '=');
			if (text === '') fail(at, 'gift_answer_empty');
			options.push({ id: optionId(i), text: texts(text), ...rest });
		}
		if (options.length < 2) fail(braceAt, 'gift_options_too_few', { min: 2 });
		else if (errors.length > before) return null;
		else if (single) {
			if (Math.max(...options.map((o) => o.weight)) !== 100) fail(braceAt, 'gift_no_right_answer');
		} else {
			const sum = options.reduce((t, o) => t + Math.max(0, o.weight), 0);
			if (sum === 0) fail(braceAt, 'gift_no_right_answer');
			else if (Math.abs(sum - 100) > 1) fail(braceAt, 'gift_weights_sum', { sum: round(sum) });
		}
		return { type: single ? 'single' : 'multiple', ...base, options };
	}

	function matching(): QuestionContent | null {
		const pieces = splitAt(answer, '=');
		const lead = trimSpan(pieces[0].body);
		if (lead.s !== '') fail(lead.at, 'gift_answer_marker_missing');
		const pairs: { id: string; left: Texts; right: Texts }[] = [];
		for (const [i, p] of pieces.slice(1).entries()) {
			const piece = trimSpan(p.body);
			const at = p.body.at - 1;
			const arrow = piece.s.indexOf('->');
			if (arrow < 0) {
				fail(at, 'gift_matching_arrow');
				continue;
			}
			const left = withFormat(piece.s.slice(0, arrow)).text;
			const right = restoreEscapes(piece.s.slice(arrow + 2)).trim();
			if (left === '' || right === '') fail(at, 'gift_matching_empty');
			pairs.push({ id: `p${i + 1}`, left: texts(left), right: texts(right) });
		}
		if (pieces.length - 1 < MIN_MATCHING_PAIRS) fail(braceAt, 'gift_matching_too_few', { min: MIN_MATCHING_PAIRS });
		return { type: 'matching', ...base, pairs };
	}

	function shortAnswer(): QuestionContent | null {
		const pieces = splitAt(answer, '=');
		// Moodle accepts `{Paris}` (no `=`) as one accepted answer.
		const bodies = trimSpan(pieces[0].body).s === '' ? pieces.slice(1) : pieces;
		const answers: { text: string; weight: number; feedback?: Texts }[] = [];
		const before = errors.length;
		for (const p of bodies) {
			const { at, text, ...rest } = answerPiece(p, 100);
			if (text === '') fail(at, 'gift_answer_empty');
			answers.push({ text, ...rest });
		}
		if (answers.length === 0) fail(braceAt, 'gift_answer_empty');
		else if (errors.length === before && Math.max(...answers.map((x) => x.weight)) !== 100) fail(braceAt, 'gift_no_right_answer');
		return { type: 'short', ...base, answers };
	}

	function numerical(x: Span): QuestionContent | null {
		// `~#feedback` at the end is for any answer that matches none of them.
		let otherFeedback: Texts | undefined;
		const tilde = x.s.indexOf('~');
		if (tilde >= 0) {
			otherFeedback = optional(withFeedback(x.s.slice(tilde + 1))[1]);
			x = trimSpan({ s: x.s.slice(0, tilde), at: x.at });
		}
		const pieces = splitAt(x, '=');
		const bodies = trimSpan(pieces[0].body).s === '' ? pieces.slice(1) : pieces;
		const answers: NumericAnswer[] = [];
		const before = errors.length;
		for (const p of bodies) {
			const { at, text: value, ...extra } = answerPiece(p, 100);
			const range = value.indexOf('..');
			const colon = value.indexOf(':');
			const num = (v: string): number | null => {
				const t = v.trim();
				if (NUMBER.test(t)) return Number(t);
				fail(at, 'gift_not_a_number', { value: t });
				return null;
			};
			if (range > 0) {
				const min = num(value.slice(0, range));
				const max = num(value.slice(range + 2));
				if (min === null || max === null) continue;
				if (min > max) fail(at, 'gift_range_order', { min, max });
				answers.push({ kind: 'range', min, max, ...extra });
			} else {
				const v = num(colon > 0 ? value.slice(0, colon) : value);
				const tol = colon > 0 ? num(value.slice(colon + 1)) : 0;
				if (v === null || tol === null) continue;
				if (tol < 0) fail(at, 'gift_tolerance_negative', { value: tol });
				answers.push({ kind: 'tolerance', value: v, tolerance: tol, ...extra });
			}
		}
		if (bodies.length === 0) fail(braceAt, 'gift_numerical_empty');
		else if (errors.length === before && Math.max(...answers.map((n) => n.weight)) !== 100) fail(braceAt, 'gift_no_right_answer');
		return { type: 'numerical', ...base, answers, ...(otherFeedback ? { otherFeedback } : {}) };
	}
}

function withTitle(u: GiftUnsupported, title: string | undefined): GiftUnsupported {
	return title ? { ...u, title } : u;
}

/** Strips a leading `[html]`-style marker; an unknown marker stays as text, as in Moodle. */
function withFormat(raw: string): { text: string; format: TextFormat } {
	const s = raw.trim();
	const m = /^\[(\w+)\]/.exec(s);
	if (m && FORMATS.includes(m[1] as TextFormat)) {
		return { text: restoreEscapes(s.slice(m[0].length)).trim(), format: m[1] as TextFormat };
	}
	return { text: restoreEscapes(s).trim(), format: 'moodle' };
}

/** `answer#feedback` → both texts, markers stripped (the whole question has one format). */
function withFeedback(raw: string): [string, string] {
	const hash = raw.indexOf('#');
	if (hash < 0) return [withFormat(raw).text, ''];
	return [withFormat(raw.slice(0, hash)).text, withFormat(raw.slice(hash + 1)).text];
}

function splitN(s: string, sep: string, n: number): string[] {
	const parts = s.split(sep);
	return parts.length <= n ? parts : [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}

function optionId(i: number): string {
	return i < 26 ? String.fromCharCode(97 + i) : `o${i + 1}`;
}

function round(n: number): number {
	return Math.round(n * 100) / 100;
}
