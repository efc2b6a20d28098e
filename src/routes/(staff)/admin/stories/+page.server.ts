import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { listStories } from '$lib/server/stories/stories.service';
import type { PageServerLoad } from './$types';

/** The stories an admin (all) or a coach (her councillors') can see. */
export const load: PageServerLoad = async (event) => {
	const actor = requireRole(event, 'admin', 'trainer');
	return { stories: await listStories(db(), actor) };
};
