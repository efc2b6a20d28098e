import { m } from '$lib/paraglide/messages';

export function kindLabel(kind: string): string {
	return kind === 'pre' ? m.quiz_kind_pre() : kind === 'post' ? m.quiz_kind_post() : kind === 'practice' ? m.quiz_kind_practice() : m.quiz_kind_graded();
}

/** Letters only, without the Arabic article and case: «الاختبار القبلي» ~ «اختبار قبلي». */
function bare(text: string): string {
	return text
		.toLocaleLowerCase()
		.normalize('NFKD')
		.replace(/[\u064B-\u065F\u0670\u0300-\u036F]/g, '')
		.split(/[\s\p{P}]+/u)
		.map((w) => w.replace(/^(?:و?ال)(?=\p{L}{2})/u, ''))
		.filter(Boolean)
		.join(' ');
}

/** The kind's label, or '' when the quiz's title already says it (no «تمرين · تمرين»). */
export function kindUnlessTitled(kind: string, title: string): string {
	const label = kindLabel(kind);
	const [k, t] = [bare(label), bare(title)];
	return t.includes(k) || k.includes(t) ? '' : label;
}
