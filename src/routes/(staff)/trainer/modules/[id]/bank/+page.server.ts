import { requireModuleStaff } from '$lib/server/web/guards';
import { staffModule } from '$lib/server/content/staff';
import { db } from '$lib/server/db/runtime';
import { parseId, raise } from '$lib/server/http';
import { listCategories, listQuestions } from '$lib/server/quizzes/bank.repository';
import { pickText } from '$lib/server/quizzes/render';
import { pick } from '$lib/localized';
import type { PageServerLoad } from './$types';

const PAGE = 50;

export const load: PageServerLoad = async (event) => {
	await requireModuleStaff(event, db(), parseId(event.params.id));
	const moduleId = parseId(event.params.id);
	const locale = event.locals.locale;
	const { module: mod } = await staffModule(db(), moduleId).catch(raise);
	const category = event.url.searchParams.get('category') ?? '';
	const page = Math.max(1, Number(event.url.searchParams.get('page')) || 1);
	const [categories, questions] = await Promise.all([listCategories(db(), moduleId), listQuestions(db(), moduleId, category ? { category } : {})]);
	return {
		moduleId,
		moduleTitle: pick(mod.title, locale),
		categories,
		category,
		page,
		pages: Math.max(1, Math.ceil(questions.length / PAGE)),
		total: questions.length,
		questions: questions.slice((page - 1) * PAGE, page * PAGE).map((q) => ({
			id: q.id,
			category: q.category,
			type: q.content.type,
			points: q.points,
			text: pickText(q.content.text, locale),
			languages: (['ar', 'fr', 'zgh'] as const).filter((l) => q.content.text[l])
		})),
		deleted: event.url.searchParams.get('deleted') === '1'
	};
};
