import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { QuestionContent } from '../../src/lib/server/quizzes/model';
import { toGift } from '../../src/lib/server/quizzes/gift/export';
import { parseGift } from '../../src/lib/server/quizzes/gift/parse';

type Item = { category: string | null; content: QuestionContent };

const roundTrip = (items: Item[], lang: 'ar' | 'fr' | 'zgh') => {
	const text = toGift(items, lang);
	const back = parseGift(text, lang);
	expect(back.errors, text).toEqual([]);
	expect(back.unsupported, text).toEqual([]);
	return { text, items: back.questions.map(({ category, content }) => ({ category, content })) };
};

const SPECIALS = 'a ~ b = c # d { e } f : g \\ h \\n i';

const arabic: Item[] = [
	{
		category: 'التخطيط التشاركي',
		content: {
			type: 'single',
			title: 'برنامج عمل الجماعة',
			text: { ar: 'ما هي الوثيقة التي تحدد أولويات الجماعة؟' },
			format: 'moodle',
			generalFeedback: { ar: 'المادة 78 من القانون التنظيمي 113.14.' },
			options: [
				{ id: 'a', text: { ar: 'برنامج عمل الجماعة' }, weight: 100, feedback: { ar: 'صحيح: يُعدّ في السنة الأولى.' } },
				{ id: 'b', text: { ar: 'الميزانية' }, weight: 25 },
				{ id: 'c', text: { ar: 'المحضر' }, weight: 0, feedback: { ar: 'لا.' } }
			]
		}
	},
	{
		category: 'التخطيط التشاركي',
		content: {
			type: 'multiple',
			text: { ar: 'اختاري كل الإجابات الصحيحة:\nسطر ثانٍ' },
			format: 'markdown',
			options: [
				{ id: 'a', text: { ar: 'التشخيص التشاركي' }, weight: 50 },
				{ id: 'b', text: { ar: 'ترتيب الأولويات' }, weight: 50, feedback: { ar: 'نعم' } },
				{ id: 'c', text: { ar: 'التصويت' }, weight: -100 },
				{ id: 'd', text: { ar: 'لا شيء' }, weight: 0 }
			]
		}
	},
	{
		category: 'الميزانية المستجيبة للنوع',
		content: { type: 'truefalse', title: 'هيئة المساواة', text: { ar: '\u200Fهيئة المساواة إلزامية.' }, format: 'plain', correct: true, feedbackTrue: { ar: 'أحسنتِ.' }, feedbackFalse: { ar: 'بل إلزامية: المادة 120.' } }
	},
	{ category: 'الميزانية المستجيبة للنوع', content: { type: 'truefalse', text: { ar: 'الميزانية تُعدّ كل خمس سنوات.' }, format: 'moodle', correct: false, feedbackTrue: { ar: 'بل كل سنة.' } } },
	{ category: null, content: { type: 'truefalse', text: { ar: 'سؤال بدون فئة' }, format: 'moodle', correct: true, feedbackFalse: { ar: 'خطأ' }, generalFeedback: { ar: 'ملاحظة عامة' } } },
	{
		category: null,
		content: {
			type: 'short',
			text: { ar: 'ما اسم المقاربة؟' },
			format: 'moodle',
			answers: [
				{ text: 'الميزانية المستجيبة للنوع الاجتماعي', weight: 100 },
				{ text: 'مقاربة النوع', weight: 50, feedback: { ar: 'قريب' } },
				{ text: '%50 من النساء', weight: 100 }
			]
		}
	},
	{
		category: 'أرقام',
		content: {
			type: 'numerical',
			text: { ar: 'كم سنة يغطي برنامج العمل؟' },
			format: 'moodle',
			answers: [
				{ kind: 'tolerance', value: 6, tolerance: 0, weight: 100, feedback: { ar: 'صحيح' } },
				{ kind: 'tolerance', value: 5.5, tolerance: 0.25, weight: 50 },
				{ kind: 'range', min: -10, max: -2.5, weight: 10 }
			],
			otherFeedback: { ar: 'راجعي الدرس' },
			generalFeedback: { ar: 'ست سنوات' }
		}
	},
	{
		category: 'أرقام',
		content: {
			type: 'matching',
			title: 'أدوات',
			text: { ar: 'اربطي كل أداة بدورها.' },
			format: 'html',
			pairs: [
				{ id: 'p1', left: { ar: 'تحليل النفقات' }, right: { ar: 'من يستفيد' } },
				{ id: 'p2', left: { ar: 'المؤشرات' }, right: { ar: 'قياس الفوارق -> بين الجنسين' } },
				{ id: 'p3', left: { ar: '<b>التشاور</b>' }, right: { ar: 'إسماع الأصوات' } }
			],
			generalFeedback: { ar: 'عام' }
		}
	}
];

describe('GIFT export', () => {
	it('every type, in Arabic, reads back to the same questions and categories', () => {
		const { items } = roundTrip(arabic, 'ar');
		expect(items).toEqual(arabic);
	});

	it('texts full of GIFT’s special characters survive the round trip', () => {
		const tricky: Item[] = [
			{
				category: 'Cat : avec {accolades}',
				content: {
					type: 'single',
					title: `Titre ${SPECIALS} :: fin`,
					text: { fr: `Question ${SPECIALS}\n\nparagraphe\n  indenté` },
					format: 'moodle',
					generalFeedback: { fr: `Général ${SPECIALS}` },
					options: [
						{ id: 'a', text: { fr: `Juste ${SPECIALS}` }, weight: 100, feedback: { fr: `Bravo ${SPECIALS}` } },
						{ id: 'b', text: { fr: '%5% des communes' }, weight: 0 },
						{ id: 'c', text: { fr: '%10% aussi' }, weight: 100 },
						{ id: 'd', text: { fr: 'T' }, weight: 0 }
					]
				}
			},
			{ category: null, content: { type: 'truefalse', text: { fr: `// pas un commentaire ${SPECIALS}` }, format: 'moodle', correct: false, feedbackFalse: { fr: `Oui ${SPECIALS}` }, feedbackTrue: { fr: '####' } } },
			{ category: null, content: { type: 'truefalse', text: { fr: '[html] est du texte ici' }, format: 'moodle', correct: true } },
			{ category: null, content: { type: 'truefalse', text: { fr: '::pas un titre::' }, format: 'moodle', correct: true } },
			{ category: null, content: { type: 'truefalse', text: { fr: '$CATEGORY: pas une catégorie' }, format: 'moodle', correct: true } },
			{ category: null, content: { type: 'short', text: { fr: 'Court' }, format: 'moodle', answers: [{ text: `x ${SPECIALS}`, weight: 100, feedback: { fr: SPECIALS } }] } },
			{
				category: null,
				content: {
					type: 'multiple',
					text: { fr: 'Multiple' },
					format: 'moodle',
					options: [
						{ id: 'a', text: { fr: '%100% seul' }, weight: 100 },
						{ id: 'b', text: { fr: '%0%' }, weight: 0 },
						{ id: 'c', text: { fr: 'faux' }, weight: -33.333 }
					]
				}
			},
			{
				category: null,
				content: {
					type: 'matching',
					text: { fr: 'Associez' },
					format: 'moodle',
					pairs: [
						{ id: 'p1', left: { fr: `g ${SPECIALS}` }, right: { fr: `d ${SPECIALS}` } },
						{ id: 'p2', left: { fr: 'b' }, right: { fr: '2' } },
						{ id: 'p3', left: { fr: 'c' }, right: { fr: '3' } }
					]
				}
			}
		];
		const { items, text } = roundTrip(tricky, 'fr');
		expect(items).toEqual(tricky);
		expect(text).toContain('$CATEGORY: $course$/top/Cat : avec {accolades}\n');
	});

	it('writes Moodle-style GIFT: category lines only when the category changes, titles, markers only when not the default', () => {
		const text = toGift(arabic, 'ar');
		expect(text.match(/^\$CATEGORY:.*$/gm)).toEqual([
			'$CATEGORY: $course$/top/التخطيط التشاركي',
			'$CATEGORY: $course$/top/الميزانية المستجيبة للنوع',
			'$CATEGORY: $course$/top',
			'$CATEGORY: $course$/top/أرقام'
		]);
		expect(text).toContain('::برنامج عمل الجماعة::\nما هي الوثيقة التي تحدد أولويات الجماعة؟ {\n\t=برنامج عمل الجماعة #صحيح\\: يُعدّ في السنة الأولى.\n\t~%25%الميزانية\n\t~المحضر #لا.\n\t####المادة 78 من القانون التنظيمي 113.14.\n}');
		expect(text).toContain('[markdown]اختاري كل الإجابات الصحيحة\\:\\nسطر ثانٍ {');
		expect(text).toContain('{TRUE#بل إلزامية\\: المادة 120.#أحسنتِ.}');
		expect(text).toContain('{FALSE#بل كل سنة.}');
		expect(text).toContain('{#\n\t=%100%6:0 #صحيح\n\t=%50%5.5:0.25\n\t=%10%-10..-2.5\n\t~#راجعي الدرس\n\t####ست سنوات\n}');
		expect(text).toContain('\t=تحليل النفقات -> من يستفيد\n');
		// No marker for Moodle's default format; blank line between questions.
		expect(text).toContain('\n\nسؤال بدون فئة {TRUE#خطأ####ملاحظة عامة}\n');
	});

	it('exports one language, taking another when a text is not translated', () => {
		const q: Item = {
			category: null,
			content: {
				type: 'single',
				text: { ar: 'سؤال', fr: 'Question' },
				format: 'moodle',
				options: [
					{ id: 'a', text: { ar: 'نعم', fr: 'Oui' }, weight: 100 },
					{ id: 'b', text: { ar: 'لا' }, weight: 0 }
				]
			}
		};
		expect(toGift([q], 'fr')).toBe('Question {\n\t=Oui\n\t~لا\n}\n');
		expect(toGift([q], 'ar')).toBe('سؤال {\n\t=نعم\n\t~لا\n}\n');
		expect(toGift([q], 'zgh')).toBe('سؤال {\n\t=نعم\n\t~لا\n}\n');
	});

	it('the Arabic sample file survives import, export and import again', () => {
		const first = parseGift(readFileSync('tests/fixtures/gift/sample-ar.gift', 'utf8'), 'ar');
		const { items } = roundTrip(first.questions, 'ar');
		expect(items).toEqual(first.questions.map(({ category, content }) => ({ category, content })));
	});
});

describe('GIFT round trip on generated questions', () => {
	// A small deterministic generator: texts mixing GIFT's special characters, Arabic,
	// Tifinagh, right-to-left marks, line breaks, percent signs, brackets and slashes.
	let seed = 42;
	const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
	const pickOne = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
	const PIECES = ['a', 'ب', 'ⵣ', ' ', '~', '=', '#', '{', '}', ':', '::', '\\', '\\n', '\n', '%', '%50%', '[html]', '[x]', '//', '$CATEGORY:', '####', 'T', 'FALSE', '..', '-', '>', '\u200F', '\u2066', '؟', '"', "'", '1.5'];
	const text = (): string => {
		let s = '';
		const n = 1 + Math.floor(rnd() * 8);
		for (let i = 0; i < n; i++) s += pickOne(PIECES);
		s = s.trim();
		// Known limits of GIFT itself: texts are trimmed, and a leading format marker is read as one.
		while (/^\[(html|markdown|plain|moodle)\]/.test(s)) s = s.replace(/^\[\w+\]/, '').trim();
		return /[a-zبⵣ1؟]/.test(s) ? s.trim() : `${s}ب`.trim();
	};
	const maybe = () => (rnd() < 0.5 ? { ar: text() } : undefined);
	const noArrow = (t: { ar: string } | undefined) => t && { ar: t.ar.replaceAll('->', '- >') };
	const opt = <K extends string>(k: K, v: { ar: string } | undefined) => (v ? { [k]: v } : {});
	const format = () => pickOne(['moodle', 'markdown', 'html', 'plain'] as const);

	function question(): QuestionContent {
		const base = { ...(rnd() < 0.5 ? { title: text() } : {}), text: { ar: text() }, format: format(), ...opt('generalFeedback', maybe()) };
		switch (pickOne(['single', 'multiple', 'truefalse', 'short', 'numerical', 'matching'] as const)) {
			case 'single':
				return { type: 'single', ...base, options: [{ id: 'a', text: { ar: text() }, weight: 100, ...opt('feedback', maybe()) }, { id: 'b', text: { ar: text() }, weight: pickOne([0, 25, -50]), ...opt('feedback', maybe()) }] };
			case 'multiple':
				return { type: 'multiple', ...base, options: [{ id: 'a', text: { ar: text() }, weight: 60 }, { id: 'b', text: { ar: text() }, weight: 40, ...opt('feedback', maybe()) }, { id: 'c', text: { ar: text() }, weight: pickOne([0, -100]) }] };
			case 'truefalse':
				return { type: 'truefalse', ...base, correct: rnd() < 0.5, ...opt('feedbackTrue', maybe()), ...opt('feedbackFalse', maybe()) };
			case 'short':
				// `->` in a short answer would make GIFT read a matching question (Moodle's rule too).
				return { type: 'short', ...base, answers: [{ text: text().replaceAll('->', '- >'), weight: 100, ...opt('feedback', noArrow(maybe())) }] };
			case 'numerical':
				return { type: 'numerical', ...base, answers: [{ kind: 'tolerance', value: Math.round(rnd() * 2000 - 1000) / 8, tolerance: Math.round(rnd() * 100) / 10, weight: 100, ...opt('feedback', maybe()) }, { kind: 'range', min: -3.5, max: Math.round(rnd() * 50), weight: 50 }], ...opt('otherFeedback', maybe()) };
			case 'matching':
				// `->` on the left would end it early: GIFT has no escape for it.
				return { type: 'matching', ...base, pairs: ['p1', 'p2', 'p3'].map((id) => ({ id, left: { ar: text().replaceAll('->', '- >') }, right: { ar: text() } })) };
		}
	}

	it('500 generated questions of every type read back the same', () => {
		const items: Item[] = Array.from({ length: 500 }, () => ({ category: pickOne([null, 'فئة', 'Cat: {x}', 'top/sous']), content: question() }));
		const { items: back } = roundTrip(items, 'ar');
		expect(back).toEqual(items);
	});
});
