import { redirect } from '@sveltejs/kit';
import { requireModuleStaff } from '$lib/server/web/guards';
import { staffModule } from '$lib/server/content/staff';
import { db } from '$lib/server/db/runtime';
import { failWith, field, formValues, parseId, raise } from '$lib/server/http';
import { t } from '$lib/server/i18n';
import { listCategories } from '$lib/server/quizzes/bank.repository';
import { questionFromForm, questionToForm, ROWS } from '$lib/server/quizzes/question-form';
import { deleteQuestion, editQuestion, mustFindQuestion } from '$lib/server/quizzes/quiz.service';
import { pick } from '$lib/localized';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await requireModuleStaff(event, db(), parseId(event.params.id));
	const moduleId = parseId(event.params.id);
	const questionId = parseId(event.params.questionId);
	const { module: mod } = await staffModule(db(), moduleId).catch(raise);
	const q = await mustFindQuestion(db(), moduleId, questionId).catch(raise);
	return {
		moduleId,
		questionId,
		moduleTitle: pick(mod.title, event.locals.locale),
		type: q.content.type,
		categories: (await listCategories(db(), moduleId)).map((c) => c.name),
		rows: ROWS,
		values: questionToForm(q.content, q.category, q.points),
		saved: event.url.searchParams.get('saved'),
		confirm: event.url.searchParams.get('confirm') === 'delete'
	};
};

export const actions: Actions = {
	save: async (event) => {
		const user = await requireModuleStaff(event, db(), parseId(event.params.id));
		const moduleId = parseId(event.params.id);
		const questionId = parseId(event.params.questionId);
		const data = await event.request.formData();
		try {
			await editQuestion(db(), user, moduleId, questionId, questionFromForm((n) => field(data, n)));
		} catch (e) {
			return failWith(e, formValues(data));
		}
		return { done: t('quiz_question_saved') };
	},
	delete: async (event) => {
		const user = await requireModuleStaff(event, db(), parseId(event.params.id));
		const moduleId = parseId(event.params.id);
		const questionId = parseId(event.params.questionId);
		try {
			await deleteQuestion(db(), user, moduleId, questionId);
		} catch (e) {
			return failWith(e, {});
		}
		redirect(303, `/trainer/modules/${moduleId}/bank?deleted=1`);
	}
};
