/**
 * Writes questions as GIFT that Moodle imports and that parseGift reads back to
 * the same questions. Texts are taken in one language, falling back to another
 * when a translation is missing, so an export is never missing a question.
 */
import type { QuestionContent, QuizLocale, Texts } from '../model';
import { escapeGift } from './escape';

const FALLBACK: QuizLocale[] = ['ar', 'fr', 'zgh'];

export function pick(t: Texts | undefined, lang: QuizLocale): string {
	if (!t) return '';
	return t[lang] ?? FALLBACK.map((l) => t[l]).find((x) => x !== undefined) ?? '';
}

const num = (n: number) => String(n);

export function toGift(items: { category: string | null; content: QuestionContent }[], lang: QuizLocale): string {
	const out: string[] = [];
	let category: string | null = null;
	for (const { category: cat, content } of items) {
		if (cat !== category) {
			// Moodle's own prefix: Moodle files the questions under the course, and parseGift drops it again.
			out.push(`$CATEGORY: $course$/top${cat === null ? '' : `/${cat.replace(/\r?\n/g, ' ')}`}\n`);
			category = cat;
		}
		out.push(question(content, lang));
	}
	return out.join('\n');
}

function question(q: QuestionContent, lang: QuizLocale): string {
	const text = (t: Texts | undefined) => escapeGift(pick(t, lang));
	const feedback = (t: Texts | undefined) => (t && pick(t, lang) !== '' ? ` #${text(t)}` : '');
	const body = text(q.text);
	// An explicit marker also keeps a text that starts like a marker, a comment or a title from being read as one.
	const marker = q.format !== 'moodle' || /^(\[|\/\/|\$CATEGORY)/.test(body) ? `[${q.format}]` : '';
	const head = `${q.title ? `::${escapeGift(q.title)}::\n` : ''}${marker}${body}`;
	const general = q.generalFeedback && pick(q.generalFeedback, lang) !== '' ? `####${text(q.generalFeedback)}` : '';
	const block = (lines: string[], open = '{') => `${head} ${open}\n${[...lines, ...(general ? [general] : [])].map((l) => `\t${l}\n`).join('')}}\n`;

	switch (q.type) {
		case 'single':
		case 'multiple':
			return block(
				q.options.map((o) => {
					const t = text(o.text);
					let prefix: string;
					if (q.type === 'single' && o.weight === 100) prefix = '=';
					else if (o.weight === 0 && !t.startsWith('%')) prefix = '~';
					else prefix = `~%${num(o.weight)}%`;
					return `${prefix}${t}${feedback(o.feedback)}`;
				})
			);
		case 'truefalse': {
			const right = q.correct ? q.feedbackTrue : q.feedbackFalse;
			const wrong = q.correct ? q.feedbackFalse : q.feedbackTrue;
			const r = right ? pick(right, lang) : '';
			const w = wrong ? pick(wrong, lang) : '';
			const fb = w || r ? `#${escapeGift(w)}${r ? `#${escapeGift(r)}` : ''}` : '';
			return `${head} {${q.correct ? 'TRUE' : 'FALSE'}${fb}${general}}\n`;
		}
		case 'short':
			return block(
				q.answers.map((a) => {
					const t = escapeGift(a.text);
					const weight = a.weight === 100 && !t.startsWith('%') ? '' : `%${num(a.weight)}%`;
					return `=${weight}${t}${feedback(a.feedback)}`;
				})
			);
		case 'numerical':
			return block(
				[
					...q.answers.map((a) => {
						const value = a.kind === 'range' ? `${num(a.min)}..${num(a.max)}` : `${num(a.value)}:${num(a.tolerance)}`;
						return `=%${num(a.weight)}%${value}${feedback(a.feedback)}`;
					}),
					...(q.otherFeedback && pick(q.otherFeedback, lang) !== '' ? [`~#${text(q.otherFeedback)}`] : [])
				],
				'{#'
			);
		case 'matching':
			return block(q.pairs.map((p) => `=${text(p.left)} -> ${text(p.right)}`));
	}
}
