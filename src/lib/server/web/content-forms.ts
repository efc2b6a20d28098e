import { field } from '../http';
import { localizedFrom, type LessonInput, type ModuleInput } from '../content/content.service';
import { slugify } from '$lib/slug';

export function moduleInput(data: FormData): ModuleInput {
	const get = (n: string) => field(data, n);
	// Left empty (no JavaScript to propose it as she types): proposed from the title, French first.
	const title = ['fr', 'ar', 'zgh'].map((l) => get(`title_${l}`).trim()).find(Boolean) ?? '';
	return {
		slug: get('slug').trim() || slugify(title),
		title: localizedFrom(get, 'title'),
		summary: localizedFrom(get, 'summary'),
		hours: get('hours'),
		passMark: get('passMark'),
		attendanceThreshold: get('attendanceThreshold'),
		selfEnrolKey: get('selfEnrolKey'),
		// The box is on the form only when the module belongs to a programme; an unticked box sends nothing.
		countsForProgramme: data.has('countsForProgramme_shown') ? data.has('countsForProgramme') : undefined
	};
}

export function lessonInput(data: FormData): LessonInput {
	const get = (n: string) => field(data, n);
	return { title: localizedFrom(get, 'title'), body: localizedFrom(get, 'body'), videoUrl: get('videoUrl') };
}

/** Per-language maps back to the flat form fields (title_ar, …) for editing. */
export function flatten(prefix: string, map: Record<string, string | undefined>): Record<string, string> {
	return Object.fromEntries(Object.entries(map).map(([l, v]) => [`${prefix}_${l}`, v ?? '']));
}
