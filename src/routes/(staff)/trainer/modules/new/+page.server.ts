import { redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/web/guards';
import { createModule, newModuleProgramme } from '$lib/server/content/content.service';
import { moduleInput } from '$lib/server/web/content-forms';
import { db } from '$lib/server/db/runtime';
import { failWith, formValues } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'trainer', 'admin');
	const programme = await newModuleProgramme(db());
	return { programme: programme && { hasLearners: !programme.countsByDefault } };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'trainer', 'admin');
		const data = await event.request.formData();
		let id: number;
		try {
			id = await createModule(db(), user, moduleInput(data));
		} catch (e) {
			return failWith(e, formValues(data));
		}
		redirect(303, `/trainer/modules/${id}?saved=created`);
	}
};
