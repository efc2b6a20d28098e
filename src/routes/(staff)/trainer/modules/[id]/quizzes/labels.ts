import { m } from '$lib/paraglide/messages';

export const kindLabel = (k: string) =>
	k === 'pre' ? m.quiz_kind_pre() : k === 'post' ? m.quiz_kind_post() : k === 'practice' ? m.quiz_kind_practice() : m.quiz_kind_graded();

export const typeLabel = (t: string) =>
	({
		single: m.quiz_type_single(),
		multiple: m.quiz_type_multiple(),
		truefalse: m.quiz_type_truefalse(),
		short: m.quiz_type_short(),
		numerical: m.quiz_type_numerical(),
		matching: m.quiz_type_matching()
	})[t] ?? t;
