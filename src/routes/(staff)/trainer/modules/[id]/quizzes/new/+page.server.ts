import { redirect } from '@sveltejs/kit';
import { requireModuleStaff } from '$lib/server/web/guards';
import { staffModule } from '$lib/server/content/staff';
import { db } from '$lib/server/db/runtime';
import { failWith, formValues, parseId, raise } from '$lib/server/http';
import { createQuiz } from '$lib/server/quizzes/quiz.service';
import { NEW_QUIZ_VALUES, quizInputFrom } from '$lib/server/web/quiz-form';
import { pick } from '$lib/localized';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await requireModuleStaff(event, db(), parseId(event.params.id));
	const { module: mod } = await staffModule(db(), parseId(event.params.id)).catch(raise);
	return { moduleId: mod.id, moduleTitle: pick(mod.title, event.locals.locale), modulePassMark: mod.pass_mark, values: NEW_QUIZ_VALUES };
};

export const actions: Actions = {
	create: async (event) => {
		const user = await requireModuleStaff(event, db(), parseId(event.params.id));
		const moduleId = parseId(event.params.id);
		const data = await event.request.formData();
		let id: number;
		try {
			id = await createQuiz(db(), user, moduleId, quizInputFrom(data));
		} catch (e) {
			return failWith(e, formValues(data));
		}
		redirect(303, `/trainer/modules/${moduleId}/quizzes/${id}?saved=created`);
	}
};
