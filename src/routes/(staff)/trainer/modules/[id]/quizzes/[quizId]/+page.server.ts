import { requireModuleStaff } from '$lib/server/web/guards';
import { staffModule } from '$lib/server/content/staff';
import { db } from '$lib/server/db/runtime';
import { failWith, field, formValues, parseId, raise } from '$lib/server/http';
import { t } from '$lib/server/i18n';
import { listCategories, listQuestions } from '$lib/server/quizzes/bank.repository';
import { addQuestionsToQuiz, addRandomToQuiz, moveQuizItem, mustFindQuiz, quizItems, removeQuizItem, setQuizStatus, updateQuiz } from '$lib/server/quizzes/quiz.service';
import { quizFormValues, quizInputFrom } from '$lib/server/web/quiz-form';
import { pickText } from '$lib/server/quizzes/render';
import { pick } from '$lib/localized';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	await requireModuleStaff(event, db(), parseId(event.params.id));
	const moduleId = parseId(event.params.id);
	const quizId = parseId(event.params.quizId);
	const locale = event.locals.locale;
	const { module: mod } = await staffModule(db(), moduleId).catch(raise);
	const quiz = await mustFindQuiz(db(), quizId, moduleId).catch(raise);
	const [items, bank, categories] = await Promise.all([quizItems(db(), quizId), listQuestions(db(), moduleId), listCategories(db(), moduleId)]);
	const inQuiz = new Set(items.map((i) => i.question_id));
	return {
		moduleId,
		quizId,
		moduleTitle: pick(mod.title, locale),
		modulePassMark: mod.pass_mark,
		title: pickText(quiz.title, locale),
		kind: quiz.kind,
		status: quiz.status,
		values: quizFormValues(quiz),
		items: items.map((i) => ({
			id: i.id,
			questionId: i.question_id,
			text: i.content ? pickText(i.content.text, locale) : null,
			type: i.content?.type ?? null,
			category: i.category,
			randomCount: i.random_count
		})),
		available: bank.filter((q) => !inQuiz.has(q.id)).map((q) => ({ id: q.id, category: q.category, type: q.content.type, text: pickText(q.content.text, locale) })),
		categories: categories.filter((c) => c.questions > 0),
		saved: event.url.searchParams.get('saved')
	};
};

const ids = (e: RequestEvent) => ({ moduleId: parseId(e.params.id), quizId: parseId(e.params.quizId) });

async function act(event: RequestEvent, run: (user: { id: number }, quizId: number, data: FormData) => Promise<string>) {
	const user = await requireModuleStaff(event, db(), parseId(event.params.id));
	const { moduleId, quizId } = ids(event);
	const data = await event.request.formData();
	try {
		await mustFindQuiz(db(), quizId, moduleId);
		return { done: await run(user, quizId, data) };
	} catch (e) {
		return failWith(e, formValues(data));
	}
}

export const actions: Actions = {
	save: (event) => act(event, async (user, quizId, data) => (await updateQuiz(db(), user, quizId, quizInputFrom(data)), t('quiz_saved'))),
	add: (event) =>
		act(event, async (user, quizId, data) => {
			const chosen = data.getAll('question').map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);
			const n = await addQuestionsToQuiz(db(), user, quizId, chosen);
			return t('quiz_items_added', { count: n });
		}),
	random: (event) =>
		act(event, async (user, quizId, data) => {
			await addRandomToQuiz(db(), user, quizId, Number(field(data, 'category')), Number(field(data, 'count')));
			return t('saved');
		}),
	remove: (event) => act(event, async (user, quizId, data) => (await removeQuizItem(db(), user, quizId, Number(field(data, 'item'))), t('saved'))),
	move: (event) => act(event, async (_user, quizId, data) => (await moveQuizItem(db(), quizId, Number(field(data, 'item')), field(data, 'dir') === 'up' ? -1 : 1), t('saved'))),
	publish: (event) => act(event, async (user, quizId) => (await setQuizStatus(db(), user, quizId, 'published'), t('quiz_published'))),
	unpublish: (event) => act(event, async (user, quizId) => (await setQuizStatus(db(), user, quizId, 'draft'), t('quiz_unpublished')))
};
