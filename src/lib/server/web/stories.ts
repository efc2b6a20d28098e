// HTTP glue of the success-story pages: form parsing (routes only).
import { field } from '../http';
import type { StoryInput } from '../stories/stories.service';

export function storyFromForm(data: FormData): StoryInput {
	return {
		learnerId: field(data, 'learnerId'),
		titleAr: field(data, 'titleAr'),
		titleFr: field(data, 'titleFr'),
		bodyAr: field(data, 'bodyAr'),
		bodyFr: field(data, 'bodyFr'),
		links: data.getAll('links').filter((v): v is string => typeof v === 'string')
	};
}

/** Typed values echoed back after a failure; the checked records as one comma-separated value. */
export function storyValues(values: Record<string, string>, data: FormData): Record<string, string> {
	return { ...values, links: data.getAll('links').filter((v): v is string => typeof v === 'string').join(',') };
}

export async function photoFromForm(data: FormData): Promise<{ bytes: Uint8Array; name: string } | null> {
	const f = data.get('photo');
	if (!f || typeof f === 'string' || f.size === 0) return null;
	return { bytes: new Uint8Array(await f.arrayBuffer()), name: f.name };
}
