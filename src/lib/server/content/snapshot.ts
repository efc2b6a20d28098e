import type { Localized } from '../../localized';
import type { MediaItem } from '../../media';

/** What learners see of a module: frozen when the trainer publishes. */
export interface PublishedModule {
	title: Localized;
	summary: Localized;
	hours: number;
	lessons: PublishedLesson[];
}

export interface PublishedLesson {
	id: number;
	position: number;
	title: Localized;
	body: Localized;
	videoUrl: string | null;
	/** Images, narrations and handouts as they were when published. */
	media?: MediaItem[];
}

export function asSnapshot(value: unknown): PublishedModule | null {
	if (!value || typeof value !== 'object') return null;
	const v = value as PublishedModule;
	return Array.isArray(v.lessons) ? v : null;
}
