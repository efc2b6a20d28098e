import { describe, expect, it } from 'vitest';
import { questionFromForm, questionToForm } from '../../src/lib/server/quizzes/question-form';
import { Invalid } from '../../src/lib/server/errors';
import type { QuestionContent } from '../../src/lib/server/quizzes/model';

const form = (m: Record<string, string>) => (n: string) => m[n] ?? '';

const samples: QuestionContent[] = [
	{
		type: 'single',
		title: 'Sessions',
		text: { ar: 'كم دورة؟', fr: 'Combien de sessions ?' },
		format: 'markdown',
		options: [
			{ id: 'a', text: { ar: 'ثلاث', fr: 'Trois' }, weight: 100, feedback: { fr: 'Oui' } },
			{ id: 'b', text: { fr: 'Quatre' }, weight: 0 }
		],
		generalFeedback: { fr: 'Art. 33' }
	},
	{
		type: 'multiple',
		text: { fr: 'Lesquels ?' },
		format: 'markdown',
		options: [
			{ id: 'a', text: { fr: 'A' }, weight: 50 },
			{ id: 'b', text: { fr: 'B' }, weight: 50 },
			{ id: 'c', text: { fr: 'C' }, weight: -100 }
		]
	},
	{ type: 'truefalse', text: { zgh: 'ⵉⵖⵓⴷⴰ?' }, format: 'markdown', correct: false, feedbackTrue: { fr: 'Non' } },
	{ type: 'short', text: { ar: 'ما اسمها؟' }, format: 'markdown', answers: [{ text: 'العريضة', weight: 100, feedback: { ar: 'أحسنت' } }, { text: 'عريضة', weight: 50 }] },
	{
		type: 'numerical',
		text: { fr: 'Combien ?' },
		format: 'markdown',
		answers: [
			{ kind: 'tolerance', value: 135, tolerance: 0, weight: 100 },
			{ kind: 'range', min: 130, max: 140, weight: 50 }
		],
		otherFeedback: { ar: 'راجعي الميثاق', fr: 'Revoyez la charte' }
	},
	{
		type: 'matching',
		text: { fr: 'Associez' },
		format: 'markdown',
		pairs: [
			{ id: 'p1', left: { fr: 'PAC' }, right: { fr: 'Six ans' } },
			{ id: 'p2', left: { fr: 'Pétition' }, right: { fr: 'Ordre du jour' } }
		]
	}
];

describe('the question form', () => {
	it('gives back the same question for each of the six types (edit without losing anything)', () => {
		for (const c of samples) {
			const values = questionToForm(c, 'leadership/pre-test', 2);
			const back = questionFromForm(form(values));
			expect(back).toEqual({ category: 'leadership/pre-test', points: 2, content: c });
		}
	});

	it('gives ids to new options and keeps existing ones', () => {
		const r = questionFromForm(form({ type: 'single', text_fr: 'Q', opt0_fr: 'x', opt0_weight: '100', opt0_id: 'b', opt2_fr: 'y' }));
		expect(r.content.type === 'single' && r.content.options.map((o) => [o.id, o.weight])).toEqual([
			['b', 100],
			['a', 0]
		]);
		expect(r.category).toBeNull();
	});

	it('reports every problem at once, by field', () => {
		const errors = (m: Record<string, string>) => {
			try {
				questionFromForm(form(m));
			} catch (e) {
				expect(e).toBeInstanceOf(Invalid);
				return (e as Invalid).fields;
			}
			throw new Error('expected Invalid');
		};
		expect(errors({ type: 'single', opt0_fr: 'a', opt1_fr: 'b', opt0_weight: '50', points: '0' })).toEqual({ text: 'quiz_text_required', points: 'quiz_points_invalid', options: 'quiz_single_needs_right' });
		expect(errors({ type: 'multiple', text_fr: 'Q', opt0_fr: 'a', opt0_weight: '60', opt1_fr: 'b', opt1_weight: '20' })).toEqual({ options: 'quiz_multiple_sum' });
		expect(errors({ type: 'multiple', text_fr: 'Q', opt0_fr: 'a', opt0_weight: '150' })).toMatchObject({ opt0_weight: 'quiz_weight_invalid' });
		expect(errors({ type: 'truefalse', text_fr: 'Q' })).toEqual({ correct: 'error_required' });
		expect(errors({ type: 'short', text_fr: 'Q', ans0_text: 'x', ans0_weight: '50' })).toEqual({ answers: 'quiz_answer_needs_full' });
		expect(errors({ type: 'numerical', text_fr: 'Q', num0_kind: 'range', num0_min: '5', num0_max: '1' })).toMatchObject({ num0_value: 'quiz_range_invalid' });
		expect(errors({ type: 'matching', text_fr: 'Q', pair0_left_fr: 'a', pair0_right_fr: 'b', pair1_left_fr: 'c' })).toEqual({ pairs: 'quiz_pair_incomplete' });
	});
});
