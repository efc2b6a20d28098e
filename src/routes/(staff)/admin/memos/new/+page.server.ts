import { redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, formValues } from '$lib/server/http';
import { memoChoices, saveMemo } from '$lib/server/council/memo.service';
import { memoFromForm, memoValues } from '$lib/server/web/council-memos';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	return memoChoices(db());
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireRole(event, 'admin');
		const data = await event.request.formData();
		let id: number;
		try {
			id = await saveMemo(db(), actor, null, memoFromForm(data));
		} catch (e) {
			return failWith(e, memoValues(formValues(data), data));
		}
		redirect(303, `/admin/memos/${id}?done=saved`);
	}
};
