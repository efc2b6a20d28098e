import { redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, field, formValues, parseId, raise } from '$lib/server/http';
import { localDay } from '$lib/server/time';
import { addPhoto, getStory, recordConsent, removePhoto, updateStory, withdrawConsent } from '$lib/server/stories/stories.service';
import { photoFromForm, storyFromForm, storyValues } from '$lib/server/web/stories';
import type { Actions, PageServerLoad } from './$types';

/** One story: its texts and records, photos, and consent (recorded, withdrawn, history). */
export const load: PageServerLoad = async (event) => {
	const actor = requireRole(event, 'admin', 'trainer');
	const id = parseId(event.params.id);
	try {
		return { story: await getStory(db(), actor, id), today: localDay(new Date()), done: event.url.searchParams.get('done') };
	} catch (e) {
		raise(e);
	}
};

const done = (id: number, what: string) => redirect(303, `/admin/stories/${id}?done=${what}`);

export const actions: Actions = {
	save: async (event) => {
		const actor = requireRole(event, 'admin', 'trainer');
		const id = parseId(event.params.id);
		const data = await event.request.formData();
		try {
			await updateStory(db(), actor, id, storyFromForm(data));
		} catch (e) {
			return failWith(e, { ...storyValues(formValues(data), data), form: 'story' });
		}
		done(id, 'saved');
	},
	photo: async (event) => {
		const actor = requireRole(event, 'admin', 'trainer');
		const id = parseId(event.params.id);
		const data = await event.request.formData();
		try {
			await addPhoto(db(), actor, id, await photoFromForm(data), field(data, 'caption'));
		} catch (e) {
			return failWith(e, { ...formValues(data), form: 'photo' });
		}
		done(id, 'saved');
	},
	removePhoto: async (event) => {
		const actor = requireRole(event, 'admin', 'trainer');
		const id = parseId(event.params.id);
		const data = await event.request.formData();
		try {
			await removePhoto(db(), actor, id, parseId(field(data, 'photoId')));
		} catch (e) {
			return failWith(e, { form: 'photo' });
		}
		done(id, 'saved');
	},
	consent: async (event) => {
		const actor = requireRole(event, 'admin', 'trainer');
		const id = parseId(event.params.id);
		const data = await event.request.formData();
		try {
			await recordConsent(db(), actor, id, { scope: field(data, 'scope'), givenOn: field(data, 'givenOn') });
		} catch (e) {
			return failWith(e, { ...formValues(data), form: 'consent' });
		}
		done(id, 'saved');
	},
	withdraw: async (event) => {
		const actor = requireRole(event, 'admin', 'trainer');
		const id = parseId(event.params.id);
		const data = await event.request.formData();
		try {
			await withdrawConsent(db(), actor, id, { withdrawnOn: field(data, 'withdrawnOn') });
		} catch (e) {
			return failWith(e, { ...formValues(data), form: 'withdraw' });
		}
		done(id, 'saved');
	}
};
