import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGift } from '../../src/lib/server/quizzes/gift/parse';

const one = (text: string, lang: 'ar' | 'fr' | 'zgh' = 'fr') => {
	const r = parseGift(text, lang);
	expect(r.errors).toEqual([]);
	expect(r.questions).toHaveLength(1);
	return r.questions[0].content;
};
const errorsOf = (text: string) => parseGift(text, 'fr').errors;

describe('GIFT question types (Moodle docs examples)', () => {
	it('single choice: one `=`, the others `~`, with feedback per option and general feedback', () => {
		expect(one("::Q2:: Qu'y a-t-il entre orange et vert dans le spectre ?\n{ =jaune # juste ! ~rouge # non, c'est jaune ~bleu # non, c'est jaune ####Le jaune est entre les deux. }")).toEqual({
			type: 'single',
			title: 'Q2',
			text: { fr: "Qu'y a-t-il entre orange et vert dans le spectre ?" },
			format: 'moodle',
			generalFeedback: { fr: 'Le jaune est entre les deux.' },
			options: [
				{ id: 'a', text: { fr: 'jaune' }, weight: 100, feedback: { fr: 'juste !' } },
				{ id: 'b', text: { fr: 'rouge' }, weight: 0, feedback: { fr: "non, c'est jaune" } },
				{ id: 'c', text: { fr: 'bleu' }, weight: 0, feedback: { fr: "non, c'est jaune" } }
			]
		});
	});

	it('single choice with partial credit keeps the weights', () => {
		const q = one('Où est né Jésus ? {\n~Jérusalem\n~%25%Bethléem\n~%50%Galilée\n=Nazareth\n}');
		expect(q.type).toBe('single');
		expect(q.type === 'single' && q.options.map((o) => o.weight)).toEqual([0, 25, 50, 100]);
	});

	it('multiple choice: several `~%n%`, negative weights allowed, no `=`', () => {
		const q = one('Quelles villes sont au Maroc ? {\n~%50%Azilal\n~%50%Khénifra #oui\n~%-100%Tunis #non\n~%-33.333%Alger\n}');
		expect(q).toMatchObject({
			type: 'multiple',
			options: [
				{ id: 'a', text: { fr: 'Azilal' }, weight: 50 },
				{ id: 'b', text: { fr: 'Khénifra' }, weight: 50, feedback: { fr: 'oui' } },
				{ id: 'c', text: { fr: 'Tunis' }, weight: -100, feedback: { fr: 'non' } },
				{ id: 'd', text: { fr: 'Alger' }, weight: -33.333 }
			]
		});
	});

	it('true/false as T, F, TRUE and FALSE; the first feedback is for a wrong answer, the second for a right one', () => {
		expect(one('Le soleil se lève à l’est.{T}')).toMatchObject({ type: 'truefalse', correct: true });
		expect(one('Le soleil se lève à l’ouest.{F}')).toMatchObject({ type: 'truefalse', correct: false });
		expect(one('2 + 2 = 4 ? {TRUE}'.replace('=', '\\='))).toMatchObject({ type: 'truefalse', correct: true });
		expect(one('La lune est en fromage.{FALSE#Non, elle est en pierre.#Bien vu.}')).toEqual({
			type: 'truefalse',
			text: { fr: 'La lune est en fromage.' },
			format: 'moodle',
			correct: false,
			feedbackTrue: { fr: 'Non, elle est en pierre.' },
			feedbackFalse: { fr: 'Bien vu.' }
		});
		expect(one('Le ciel est bleu.{TRUE#Regarde encore.#Oui.####Par beau temps.}')).toMatchObject({
			correct: true,
			feedbackTrue: { fr: 'Oui.' },
			feedbackFalse: { fr: 'Regarde encore.' },
			generalFeedback: { fr: 'Par beau temps.' }
		});
	});

	it('short answer: all answers with `=`, each with its weight and feedback', () => {
		expect(one('Qui est enterré dans la tombe de Grant ? {=personne =nul #presque =%50%Grant #pas vraiment}')).toEqual({
			type: 'short',
			text: { fr: 'Qui est enterré dans la tombe de Grant ?' },
			format: 'moodle',
			answers: [
				{ text: 'personne', weight: 100 },
				{ text: 'nul', weight: 100, feedback: { fr: 'presque' } },
				{ text: 'Grant', weight: 50, feedback: { fr: 'pas vraiment' } }
			]
		});
	});

	it('numerical: value with tolerance, exact value, range, several weighted answers and a feedback for any other answer', () => {
		expect(one('Pi ? {#3.14:0.01}')).toMatchObject({ type: 'numerical', answers: [{ kind: 'tolerance', value: 3.14, tolerance: 0.01, weight: 100 }] });
		expect(one('Année ? {#1822}')).toMatchObject({ answers: [{ kind: 'tolerance', value: 1822, tolerance: 0, weight: 100 }] });
		expect(one('Un nombre de 1 à 5 ? {#1..5}')).toMatchObject({ answers: [{ kind: 'range', min: 1, max: 5, weight: 100 }] });
		expect(one('Température ? {#-5..-1}')).toMatchObject({ answers: [{ kind: 'range', min: -5, max: -1 }] });
		expect(one('Pi ? {#\n=%100%3.14:0 #exact\n=%50%3.1:0.1 #à peu près\n~#Révisez le cercle.\n}')).toEqual({
			type: 'numerical',
			text: { fr: 'Pi ?' },
			format: 'moodle',
			answers: [
				{ kind: 'tolerance', value: 3.14, tolerance: 0, weight: 100, feedback: { fr: 'exact' } },
				{ kind: 'tolerance', value: 3.1, tolerance: 0.1, weight: 50, feedback: { fr: 'à peu près' } }
			],
			otherFeedback: { fr: 'Révisez le cercle.' }
		});
		expect(one('Pi ? {# =%100%3.14:0 =%50%3.1:0.1}')).toMatchObject({ answers: [{ value: 3.14, weight: 100 }, { value: 3.1, weight: 50 }] });
	});

	it('matching with `->`, at least two pairs (as Moodle’s importer)', () => {
		expect(one('Associez. {\n=chat -> croquettes\n=chien -> os\n=vache -> herbe\n}')).toEqual({
			type: 'matching',
			text: { fr: 'Associez.' },
			format: 'moodle',
			pairs: [
				{ id: 'p1', left: { fr: 'chat' }, right: { fr: 'croquettes' } },
				{ id: 'p2', left: { fr: 'chien' }, right: { fr: 'os' } },
				{ id: 'p3', left: { fr: 'vache' }, right: { fr: 'herbe' } }
			]
		});
	});
});

describe('GIFT syntax around the questions', () => {
	it('titles, `//` comments (also inside a question) and `$CATEGORY:` for the questions that follow', () => {
		const r = parseGift(
			[
				'// en-tête du fichier',
				'$CATEGORY: $course$/top/Budget',
				'',
				'::Q1::',
				'// une remarque au milieu',
				'1+1\\=2 {T}',
				'',
				'Sans titre {F}',
				'',
				'$CATEGORY: Planification',
				'::Q3:: Trois {T}',
				'',
				'$CATEGORY: $course$/top',
				'',
				'Aucune catégorie {T}'
			].join('\n'),
			'fr'
		);
		expect(r.errors).toEqual([]);
		expect(r.questions.map((q) => [q.line, q.category, q.content.title, q.content.text.fr])).toEqual([
			[4, 'Budget', 'Q1', '1+1=2'],
			[8, 'Budget', undefined, 'Sans titre'],
			[11, 'Planification', 'Q3', 'Trois'],
			[15, null, undefined, 'Aucune catégorie']
		]);
	});

	it('a `//` inside a line (a web address) is text, not a comment', () => {
		expect(one('Voir https://www.example.ma/budget pour le budget. {T}').text.fr).toBe('Voir https://www.example.ma/budget pour le budget.');
	});

	it('format markers [html] [markdown] [plain] [moodle]; no marker means Moodle’s default format', () => {
		expect(one('[html]<p>Vrai ?</p>{T}')).toMatchObject({ format: 'html', text: { fr: '<p>Vrai ?</p>' } });
		expect(one('::T::[markdown]**Vrai** ?{T}')).toMatchObject({ format: 'markdown', text: { fr: '**Vrai** ?' } });
		expect(one('[plain]Vrai ?{T}')).toMatchObject({ format: 'plain' });
		expect(one('[moodle]Vrai ?{T}')).toMatchObject({ format: 'moodle' });
		expect(one('Vrai ?{T}')).toMatchObject({ format: 'moodle' });
		// An unknown marker is text, as in Moodle; markers on options are taken off.
		expect(one('[note] Vrai ?{T}').text.fr).toBe('[note] Vrai ?');
		expect(one('[html]Choix {=[html]<b>A</b> ~[html]B}')).toMatchObject({ options: [{ text: { fr: '<b>A</b>' } }, { text: { fr: 'B' } }] });
	});

	it('escapes \\~ \\= \\# \\{ \\} \\: \\n and \\\\ give the plain characters', () => {
		const q = one(String.raw`::Titre\: un\:\:deux:: Combien font 2\=1+1 \{vrai\} \~ \# ?\nLigne deux {
=oui\#1 \~ \= \{x\} a\:b #c'est \{ok\} \ tel quel
~non\\
}`);
		expect(q).toMatchObject({
			title: 'Titre: un::deux',
			text: { fr: 'Combien font 2=1+1 {vrai} ~ # ?\nLigne deux' },
			options: [
				{ text: { fr: 'oui#1 ~ = {x} a:b' }, weight: 100, feedback: { fr: "c'est {ok} \\ tel quel" } },
				{ text: { fr: 'non\\' }, weight: 0 }
			]
		});
	});

	it('questions span several lines; blank lines separate them; BOM and CRLF are read like LF', () => {
		const text = '\uFEFF::A::\r\nPremière ligne\r\ndeuxième ligne {\r\n\t=oui\r\n\t~non\r\n}\r\n\r\n\r\n::B:: Suite {T}\r\n';
		const r = parseGift(text, 'fr');
		expect(r.errors).toEqual([]);
		expect(r.questions.map((q) => [q.line, q.content.title, q.content.text.fr])).toEqual([
			[1, 'A', 'Première ligne\ndeuxième ligne'],
			[9, 'B', 'Suite']
		]);
		expect(parseGift(text.replace(/\r\n/g, '\n'), 'fr')).toEqual(r);
	});

	it('texts go into the language asked for', () => {
		expect(one('ⴰⵙⵇⵙⵉ {T}', 'zgh').text).toEqual({ zgh: 'ⴰⵙⵇⵙⵉ' });
		expect(one('سؤال {T}', 'ar').text).toEqual({ ar: 'سؤال' });
	});

	it('Arabic passes through intact, right-to-left marks and diacritics included', () => {
		const q = one('::سؤال‏::\n\u200Fهل يُحدِث المجلسُ هيئةَ المساواة؟ {\n=نعم\u200F #أحسنتِ\n~لا\n}', 'ar');
		expect(q).toMatchObject({
			title: 'سؤال\u200F',
			text: { ar: '\u200Fهل يُحدِث المجلسُ هيئةَ المساواة؟' },
			options: [{ text: { ar: 'نعم\u200F' }, feedback: { ar: 'أحسنتِ' } }, { text: { ar: 'لا' } }]
		});
	});

	it('a line holding only a right-to-left mark still separates two questions', () => {
		expect(parseGift('أ {T}\n\u200F\nب {F}', 'ar').questions).toHaveLength(2);
	});
});

describe('types the product lacks are listed with their line, not imported', () => {
	it('essay, description and missing word', () => {
		const r = parseGift(
			['::E1:: Décrivez votre commune. {}', '', 'Essai avec commentaire général {####Merci}', '', '::Intro:: Les questions suivantes portent sur le budget.', '', 'La commune vote le {=budget ~plan} chaque année.', '', 'Bonne {T}'].join('\n'),
			'fr'
		);
		expect(r.unsupported).toEqual([
			{ line: 1, kind: 'essay', title: 'E1' },
			{ line: 3, kind: 'essay' },
			{ line: 5, kind: 'description', title: 'Intro' },
			{ line: 7, kind: 'missing_word' }
		]);
		expect(r.errors).toEqual([]);
		expect(r.questions.map((q) => q.line)).toEqual([9]);
	});
});

describe('syntax errors: every one collected with its line, none thrown', () => {
	it('braces: unclosed, closing without opening, two answer blocks', () => {
		expect(errorsOf('Q1 {T}\n\nQuestion sans fin {\n=a\n~b\n\n::Q3:: ok {T}')).toEqual([{ line: 3, key: 'gift_brace_unclosed' }]);
		expect(errorsOf('Question } fermée {T')).toEqual([{ line: 1, key: 'gift_brace_unopened' }]);
		expect(errorsOf('Q1 {T}\nQ2 collée sans ligne vide {F}')).toEqual([{ line: 2, key: 'gift_brace_extra' }]);
	});

	it('an unclosed title', () => {
		expect(errorsOf('::Titre sans fin {T}')).toEqual([{ line: 1, key: 'gift_title_unclosed' }]);
	});

	it('weights out of range, and the line of the option that has it', () => {
		expect(errorsOf('Choix {\n=a\n~%150%b\n}')).toEqual([{ line: 3, key: 'gift_weight_range', params: { weight: '150' } }]);
		expect(errorsOf('Court {=a =%-150%b}')).toEqual([{ line: 1, key: 'gift_weight_range', params: { weight: '-150' } }]);
		expect(errorsOf('Court {=a =%-50%b}')).toEqual([]);
		expect(errorsOf('Choix {\n~%50%a\n~%-120%b\n~%50%c\n}')).toEqual([{ line: 3, key: 'gift_weight_range', params: { weight: '-120' } }]);
	});

	it('choice questions: no right answer, weights that do not add up, too few options, empty option, text before the first answer', () => {
		expect(errorsOf('Choix {\n~%50%a\n~b\n=%50%c\n}'.replace('=%50%c', '~%40%c').replace('~%50%a', '=%50%a'))).toEqual([]);
		expect(errorsOf('Aucune bonne {\n~a\n~b\n}')).toEqual([{ line: 1, key: 'gift_no_right_answer' }]);
		expect(errorsOf('Multiple {\n~%50%a\n~%30%b\n~c\n}')).toEqual([{ line: 1, key: 'gift_weights_sum', params: { sum: 80 } }]);
		// Within one point of 100, as the bank's question form accepts.
		expect(errorsOf('Multiple {~%33.333%a ~%33.333%b ~%33.333%c ~d}')).toEqual([]);
		expect(errorsOf('Multiple {~%33%a ~%33%b ~%33%c ~d}')).toEqual([]);
		expect(errorsOf('Multiple {~%50%a ~%52%b ~d}')).toEqual([{ line: 1, key: 'gift_weights_sum', params: { sum: 102 } }]);
		expect(errorsOf('Seul {~a}')).toEqual([{ line: 1, key: 'gift_options_too_few', params: { min: 2 } }]);
		expect(errorsOf('Vide {\n=a\n~\n~c\n}')).toEqual([{ line: 3, key: 'gift_answer_empty' }]);
		expect(errorsOf('Texte {\noups =a ~b\n}')).toEqual([{ line: 2, key: 'gift_answer_marker_missing' }]);
	});

	it('short answers with no full-credit answer', () => {
		expect(errorsOf('Court {=%50%a =%20%b}')).toEqual([{ line: 1, key: 'gift_no_right_answer' }]);
	});

	it('numerical: not a number, negative tolerance, reversed range, no answer, no full credit', () => {
		expect(errorsOf('Pi {#\n=3,14:0.01\n}')).toEqual([{ line: 2, key: 'gift_not_a_number', params: { value: '3,14' } }]);
		expect(errorsOf('Pi {#3.14:abc}')).toEqual([{ line: 1, key: 'gift_not_a_number', params: { value: 'abc' } }]);
		expect(errorsOf('Pi {#trois}')).toEqual([{ line: 1, key: 'gift_not_a_number', params: { value: 'trois' } }]);
		expect(errorsOf('Pi {#3.14:-1}')).toEqual([{ line: 1, key: 'gift_tolerance_negative', params: { value: -1 } }]);
		expect(errorsOf('Pi {#5..1}')).toEqual([{ line: 1, key: 'gift_range_order', params: { min: 5, max: 1 } }]);
		expect(errorsOf('Pi {#}')).toEqual([{ line: 1, key: 'gift_numerical_empty' }]);
		expect(errorsOf('Pi {#=%50%3}')).toEqual([{ line: 1, key: 'gift_no_right_answer' }]);
	});

	it('matching: a pair without arrow, an empty side, fewer than two pairs', () => {
		expect(errorsOf('Associez {\n=a -> 1\n=b 2\n=c -> 3\n}')).toEqual([{ line: 3, key: 'gift_matching_arrow' }]);
		expect(errorsOf('Associez {\n=a -> 1\n= -> 2\n=c -> 3\n}')).toEqual([{ line: 3, key: 'gift_matching_empty' }]);
		expect(errorsOf('Associez {=a -> 1 =b -> 2}')).toEqual([]);
		expect(errorsOf('Associez {=a -> 1}')).toEqual([{ line: 1, key: 'gift_matching_too_few', params: { min: 2 } }]);
	});

	it('an empty question text', () => {
		expect(errorsOf('::Titre:: {T}')).toEqual([{ line: 1, key: 'gift_question_text_empty' }]);
	});

	it('an empty file, or one with only comments', () => {
		expect(errorsOf('')).toEqual([{ line: 1, key: 'gift_empty' }]);
		expect(errorsOf('\uFEFF// rien\r\n\r\n')).toEqual([{ line: 1, key: 'gift_empty' }]);
	});

	it('collects the errors of every question, keeps the good ones apart, and never throws on junk', () => {
		const r = parseGift('Bonne {T}\n\nMauvaise {#x}\n\nAutre bonne {=a ~b}\n\nEncore {\n~a\n~b\n}', 'fr');
		expect(r.errors).toEqual([
			{ line: 3, key: 'gift_not_a_number', params: { value: 'x' } },
			{ line: 7, key: 'gift_no_right_answer' }
		]);
		expect(r.questions.map((q) => q.line)).toEqual([1, 5]);
		for (const junk of ['{', '}', '::', '{#', '{#..}', '{=->}', '{~%}', '$CATEGORY:', '\\', '{T#', '::a::{}', '{\n\n}', '{#:}', '{=%%}']) {
			expect(() => parseGift(junk, 'fr'), junk).not.toThrow();
		}
	});
});

describe('the Arabic sample file', () => {
	const sample = readFileSync('tests/fixtures/gift/sample-ar.gift', 'utf8');

	it('imports every supported question with its category and lists the essay', () => {
		const r = parseGift(sample, 'ar');
		expect(r.errors).toEqual([]);
		expect(r.questions.map((q) => q.content.type)).toEqual(['single', 'truefalse', 'truefalse', 'multiple', 'matching', 'short', 'single', 'numerical', 'numerical']);
		expect(new Set(r.questions.map((q) => q.category))).toEqual(new Set(['التخطيط التشاركي', 'الميزانية المستجيبة للنوع الاجتماعي']));
		expect(r.unsupported).toEqual([{ line: 63, kind: 'essay', title: 'تأمل' }]);
		const tf = r.questions[1].content;
		expect(tf).toMatchObject({ title: 'هيئة المساواة', correct: true, feedbackFalse: { ar: 'بل هي إلزامية: تنص عليها المادة 120 من القانون التنظيمي 113.14.' } });
		expect(r.questions.every((q) => Object.keys(q.content.text).join() === 'ar')).toBe(true);
	});
});
