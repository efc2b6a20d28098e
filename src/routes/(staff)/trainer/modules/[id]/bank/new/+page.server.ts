import { redirect } from '@sveltejs/kit';
import { requireModuleStaff } from '$lib/server/web/guards';
import { staffModule } from '$lib/server/content/staff';
import { db } from '$lib/server/db/runtime';
import { failWith, field, formValues, parseId, raise } from '$lib/server/http';
import { listCategories } from '$lib/server/quizzes/bank.repository';
import { isQuestionType, questionFromForm, ROWS } from '$lib/server/quizzes/question-form';
import { createQuestion } from '$lib/server/quizzes/quiz.service';
import { pick } from '$lib/localized';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await requireModuleStaff(event, db(), parseId(event.params.id));
	const moduleId = parseId(event.params.id);
	const { module: mod } = await staffModule(db(), moduleId).catch(raise);
	const raw = event.url.searchParams.get('type') ?? 'single';
	const type = isQuestionType(raw) ? raw : 'single';
	return {
		moduleId,
		moduleTitle: pick(mod.title, event.locals.locale),
		type,
		categories: (await listCategories(db(), moduleId)).map((c) => c.name),
		rows: ROWS,
		values: { type, points: '1', category: event.url.searchParams.get('category') ?? '' } as Record<string, string>
	};
};

export const actions: Actions = {
	create: async (event) => {
		const user = await requireModuleStaff(event, db(), parseId(event.params.id));
		const moduleId = parseId(event.params.id);
		const data = await event.request.formData();
		let id: number;
		try {
			id = await createQuestion(db(), user, moduleId, questionFromForm((n) => field(data, n)));
		} catch (e) {
			return failWith(e, formValues(data));
		}
		redirect(303, `/trainer/modules/${moduleId}/bank/${id}?saved=created`);
	}
};
