import { redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, formValues, raise } from '$lib/server/http';
import { councillorChoices, createStory, recordChoices } from '$lib/server/stories/stories.service';
import { storyFromForm, storyValues } from '$lib/server/web/stories';
import type { Actions, PageServerLoad } from './$types';

/** Step 1 chooses the councillor (a GET form, no script needed); step 2 shows her records to link. */
export const load: PageServerLoad = async (event) => {
	const actor = requireRole(event, 'admin', 'trainer');
	const councillors = await councillorChoices(db(), actor);
	const raw = event.url.searchParams.get('learner');
	const learnerId = raw && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
	let records: Awaited<ReturnType<typeof recordChoices>> = [];
	if (learnerId !== null) {
		try {
			records = await recordChoices(db(), actor, learnerId);
		} catch (e) {
			raise(e);
		}
	}
	return { councillors, learnerId, records };
};

export const actions: Actions = {
	create: async (event) => {
		const actor = requireRole(event, 'admin', 'trainer');
		const data = await event.request.formData();
		let id: number;
		try {
			id = await createStory(db(), actor, storyFromForm(data));
		} catch (e) {
			return failWith(e, storyValues(formValues(data), data));
		}
		redirect(303, `/admin/stories/${id}?done=saved`);
	}
};
