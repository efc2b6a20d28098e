import { m } from '$lib/paraglide/messages';

export function kindLabel(kind: string): string {
	return kind === 'pre' ? m.quiz_kind_pre() : kind === 'post' ? m.quiz_kind_post() : kind === 'practice' ? m.quiz_kind_practice() : m.quiz_kind_graded();
}
