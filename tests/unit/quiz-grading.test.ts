import { describe, expect, it } from 'vitest';
import { grade, maxFraction } from '../../src/lib/server/quizzes/grading';
import { answerFromForm, publicQuestion } from '../../src/lib/server/quizzes/answers';
import { normalizeAnswer, parseTypedNumber, sameAnswer } from '../../src/lib/server/quizzes/normalize';
import type { QuestionContent } from '../../src/lib/server/quizzes/model';

const single: QuestionContent = {
	type: 'single',
	text: { ar: 'من يصادق على الميزانية؟', fr: 'Qui vote le budget ?' },
	format: 'markdown',
	options: [
		{ id: 'a', text: { fr: 'Le conseil' }, weight: 100, feedback: { fr: 'Oui' } },
		{ id: 'b', text: { fr: 'Le président seul' }, weight: 0, feedback: { fr: 'Non' } },
		{ id: 'c', text: { fr: 'Le bureau' }, weight: 25 }
	]
};
const multiple: QuestionContent = {
	type: 'multiple',
	text: { fr: 'Quelles étapes ?' },
	format: 'markdown',
	options: [
		{ id: 'a', text: { fr: 'Diagnostic' }, weight: 50 },
		{ id: 'b', text: { fr: 'Consultation' }, weight: 50 },
		{ id: 'c', text: { fr: 'Ignorer les femmes' }, weight: -100, feedback: { fr: 'Jamais' } },
		{ id: 'd', text: { fr: 'Rumeur' }, weight: -50 }
	]
};
const tf: QuestionContent = {
	type: 'truefalse',
	text: { fr: 'Vrai ?' },
	format: 'plain',
	correct: false,
	feedbackTrue: { fr: 'Non, faux.' },
	feedbackFalse: { fr: 'Exact.' }
};
const short: QuestionContent = {
	type: 'short',
	text: { ar: 'ما اسم الوثيقة؟' },
	format: 'markdown',
	answers: [
		{ text: 'برنامج عمل الجماعة', weight: 100, feedback: { ar: 'أحسنت' } },
		{ text: 'البرنامج', weight: 50 },
		{ text: 'Programme d’action communale', weight: 100 }
	]
};
const numerical: QuestionContent = {
	type: 'numerical',
	text: { fr: 'Combien ?' },
	format: 'markdown',
	answers: [
		{ kind: 'tolerance', value: 6, tolerance: 0, weight: 100 },
		{ kind: 'tolerance', value: 6, tolerance: 1, weight: 50, feedback: { fr: 'Presque' } },
		{ kind: 'range', min: 10, max: 20, weight: 25 }
	]
};
const matching: QuestionContent = {
	type: 'matching',
	text: { fr: 'Associez' },
	format: 'markdown',
	pairs: [
		{ id: 'p1', left: { fr: 'PAC' }, right: { fr: 'Programme' } },
		{ id: 'p2', left: { fr: 'IEECAG' }, right: { fr: 'Instance' } },
		{ id: 'p3', left: { fr: 'Budget' }, right: { fr: 'Dépenses' } },
		{ id: 'p4', left: { fr: 'Pétition' }, right: { fr: 'Citoyens' } }
	]
};

describe('grading: single choice', () => {
	it('gives the chosen option weight and its feedback', () => {
		expect(grade(single, 'a')).toEqual({ fraction: 1, verdict: 'correct', feedback: [{ fr: 'Oui' }] });
		expect(grade(single, 'b')).toMatchObject({ fraction: 0, verdict: 'wrong', feedback: [{ fr: 'Non' }] });
		expect(grade(single, 'c')).toMatchObject({ fraction: 0.25, verdict: 'partial' });
	});
	it('treats a blank or unknown option as unanswered', () => {
		expect(grade(single, null).verdict).toBe('unanswered');
		expect(grade(single, 'zz')).toMatchObject({ fraction: 0, verdict: 'unanswered' });
	});
});

describe('grading: multiple choice with partial credit', () => {
	it('adds the weights of the chosen options', () => {
		expect(grade(multiple, ['a']).fraction).toBe(0.5);
		expect(grade(multiple, ['a', 'b'])).toMatchObject({ fraction: 1, verdict: 'correct' });
		expect(grade(multiple, ['a', 'b', 'd']).fraction).toBe(0.5);
	});
	it('never goes below zero with negative weights', () => {
		expect(grade(multiple, ['a', 'c'])).toMatchObject({ fraction: 0, verdict: 'wrong', feedback: [{ fr: 'Jamais' }] });
		expect(grade(multiple, ['c', 'd']).fraction).toBe(0);
	});
	it('counts an option ticked twice once and never exceeds full marks', () => {
		expect(grade(multiple, ['a', 'a', 'b']).fraction).toBe(1);
		expect(maxFraction(multiple)).toBe(1);
	});
});

describe('grading: true/false', () => {
	it('compares with the key and gives the feedback of what was said', () => {
		expect(grade(tf, false)).toEqual({ fraction: 1, verdict: 'correct', feedback: [{ fr: 'Exact.' }] });
		expect(grade(tf, true)).toEqual({ fraction: 0, verdict: 'wrong', feedback: [{ fr: 'Non, faux.' }] });
		expect(grade(tf, 'maybe').verdict).toBe('unanswered');
	});
});

describe('grading: short answer', () => {
	it('takes the best matching accepted answer after normalisation', () => {
		expect(grade(short, '  بَرْنَامَج   عمل الجماعة ')).toMatchObject({ fraction: 1, feedback: [{ ar: 'أحسنت' }] });
		expect(grade(short, 'البرنامـــج')).toMatchObject({ fraction: 0.5, verdict: 'partial' });
		expect(grade(short, 'programme d’action COMMUNALE').fraction).toBe(1);
		expect(grade(short, 'الميزانية')).toMatchObject({ fraction: 0, verdict: 'wrong' });
	});
});

describe('grading: numerical', () => {
	it('uses the best weighted answer: exact, tolerance, then range', () => {
		expect(grade(numerical, 6).fraction).toBe(1);
		expect(grade(numerical, '٦').fraction).toBe(1);
		expect(grade(numerical, '6,8')).toMatchObject({ fraction: 0.5, feedback: [{ fr: 'Presque' }] });
		expect(grade(numerical, 5).fraction).toBe(0.5);
		expect(grade(numerical, 7.0000000001).fraction).toBe(0.5);
		expect(grade(numerical, 15).fraction).toBe(0.25);
		expect(grade(numerical, 20).fraction).toBe(0.25);
		expect(grade(numerical, 21)).toMatchObject({ fraction: 0, verdict: 'wrong' });
		expect(grade(numerical, 'six')).toMatchObject({ fraction: 0, verdict: 'wrong' });
	});

	it('says the "any other answer" feedback to an answer none of the accepted ones matches', () => {
		const withOther = { ...numerical, otherFeedback: { fr: 'Revoyez le budget' } } as QuestionContent;
		expect(grade(withOther, 21)).toMatchObject({ fraction: 0, verdict: 'wrong', feedback: [{ fr: 'Revoyez le budget' }] });
		expect(grade(withOther, 'six')).toMatchObject({ verdict: 'wrong', feedback: [{ fr: 'Revoyez le budget' }] });
		expect(grade(withOther, 6).feedback).toEqual([]);
		expect(grade(withOther, '6,8').feedback).toEqual([{ fr: 'Presque' }]);
		expect(grade(withOther, '')).toMatchObject({ verdict: 'unanswered', feedback: [] });
	});
});

describe('grading: matching', () => {
	it('gives the share of pairs matched right', () => {
		expect(grade(matching, { p1: 'p1', p2: 'p2', p3: 'p3', p4: 'p4' }).verdict).toBe('correct');
		expect(grade(matching, { p1: 'p1', p2: 'p3', p3: 'p2', p4: 'p4' })).toMatchObject({ fraction: 0.5, verdict: 'partial' });
		expect(grade(matching, { p1: 'p2' }).fraction).toBe(0);
		expect(grade(matching, {}).verdict).toBe('unanswered');
	});
});

describe('short answer normalisation', () => {
	it('forgives case, spaces and punctuation at the ends', () => {
		expect(normalizeAnswer('  Budget\u00A0  Participatif. ')).toBe('budget participatif');
		expect(sameAnswer('BUDGET?', 'budget')).toBe(true);
	});
	it('removes Arabic tashkeel and tatweel', () => {
		expect(normalizeAnswer('المِيزَانِيَّةُ')).toBe('الميزانية');
		expect(normalizeAnswer('الميـــزانية')).toBe('الميزانية');
		expect(normalizeAnswer('مُشَارَكَةٌ')).toBe('مشاركة');
	});
	it('reads the alef forms أ إ آ ٱ as ا', () => {
		expect(normalizeAnswer('أ إ آ ٱ ا')).toBe('ا ا ا ا ا');
		expect(sameAnswer('الإدارة', 'الادارة')).toBe(true);
		expect(sameAnswer('آليات', 'اليات')).toBe(true);
		expect(sameAnswer('المساواة؟', 'المساواة')).toBe(true);
	});
	it('keeps real differences: other letters, French accents, empty answers', () => {
		expect(sameAnswer('الميزانيه', 'الميزانية')).toBe(false);
		expect(sameAnswer('genre', 'genré')).toBe(false);
		expect(sameAnswer('   ', '')).toBe(false);
	});
	it('reads numbers typed with Arabic-Indic digits or a decimal comma', () => {
		expect(parseTypedNumber('١٢٣')).toBe(123);
		expect(parseTypedNumber('۴۵')).toBe(45);
		expect(parseTypedNumber('3,5')).toBe(3.5);
		expect(parseTypedNumber('٣٫٥')).toBe(3.5);
		expect(parseTypedNumber('1 000')).toBe(1000);
		expect(parseTypedNumber('-2')).toBe(-2);
		expect(parseTypedNumber('12abc')).toBeNull();
		expect(parseTypedNumber('')).toBeNull();
	});
});

describe('answers from forms and what the page may show', () => {
	const aq = (content: QuestionContent, order?: string[]) => ({ id: 7, points: 2, content, order });
	const form = (m: Record<string, string[]>) => (n: string) => m[n] ?? [];
	it('reads each type of field and ignores unknown values', () => {
		expect(answerFromForm(aq(single), form({ q7: ['b'] }))).toBe('b');
		expect(answerFromForm(aq(single), form({ q7: ['x'] }))).toBeNull();
		expect(answerFromForm(aq(multiple), form({ q7: ['a', 'c', 'zz'] }))).toEqual(['a', 'c']);
		expect(answerFromForm(aq(multiple), form({ q7_present: ['1'] }))).toEqual([]);
		expect(answerFromForm(aq(tf), form({ q7: ['false'] }))).toBe(false);
		expect(answerFromForm(aq(short), form({ q7: ['  نص '] }))).toBe('نص');
		expect(answerFromForm(aq(numerical), form({ q7: ['٦,٥'] }))).toBe(6.5);
		expect(answerFromForm(aq(matching), form({ q7_p1: ['p2'], q7_p2: ['nope'] }))).toEqual({ p1: 'p2' });
	});
	it('never puts weights, keys or accepted answers in what the page gets', () => {
		for (const c of [single, multiple, tf, short, numerical, matching]) {
			const json = JSON.stringify(publicQuestion(aq(c)));
			expect(json).not.toMatch(/weight|correct|answers|feedback|tolerance|"left"|"right"/);
		}
		const shown = publicQuestion(aq(single, ['c', 'a', 'b']));
		expect(shown.choices.map((c) => c.id)).toEqual(['c', 'a', 'b']);
	});
});
