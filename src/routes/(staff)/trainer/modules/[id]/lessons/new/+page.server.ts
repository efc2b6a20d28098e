import { redirect } from '@sveltejs/kit';
import { requireModuleStaff } from '$lib/server/web/guards';
import { createLesson } from '$lib/server/content/content.service';
import { lessonInput } from '$lib/server/web/content-forms';
import { previewAction } from '$lib/server/web/lesson-preview';
import { staffModule } from '$lib/server/content/staff';
import { db } from '$lib/server/db/runtime';
import { failWith, formValues, parseId, raise } from '$lib/server/http';
import { pick } from '$lib/localized';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await requireModuleStaff(event, db(), parseId(event.params.id));
	const { module: mod } = await staffModule(db(), parseId(event.params.id)).catch(raise);
	return { moduleId: mod.id, moduleTitle: pick(mod.title, event.locals.locale) };
};

export const actions: Actions = {
	create: async (event) => {
		const user = await requireModuleStaff(event, db(), parseId(event.params.id));
		const moduleId = parseId(event.params.id);
		const data = await event.request.formData();
		let lessonId: number;
		try {
			lessonId = await createLesson(db(), user, moduleId, lessonInput(data));
		} catch (e) {
			return failWith(e, formValues(data));
		}
		redirect(303, `/trainer/modules/${moduleId}/lessons/${lessonId}?saved=created`);
	},
	preview: async (event) => {
		await requireModuleStaff(event, db(), parseId(event.params.id));
		return previewAction(event);
	}
};
