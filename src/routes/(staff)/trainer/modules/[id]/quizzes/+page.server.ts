import { requireModuleStaff } from '$lib/server/web/guards';
import { staffModule } from '$lib/server/content/staff';
import { db } from '$lib/server/db/runtime';
import { parseId, raise } from '$lib/server/http';
import { moduleQuizzes } from '$lib/server/quizzes/quiz.service';
import { listCategories } from '$lib/server/quizzes/bank.repository';
import { pick } from '$lib/localized';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await requireModuleStaff(event, db(), parseId(event.params.id));
	const id = parseId(event.params.id);
	const { module: mod } = await staffModule(db(), id).catch(raise);
	const [quizzes, categories] = await Promise.all([moduleQuizzes(db(), id), listCategories(db(), id)]);
	return {
		moduleId: id,
		moduleTitle: pick(mod.title, event.locals.locale),
		quizzes: quizzes.map((q) => ({ id: q.id, kind: q.kind, status: q.status, title: pick(q.title, event.locals.locale), items: q.items, asked: q.asked, pool: q.pool, submitted: q.submitted })),
		bankSize: categories.reduce((s, c) => s + c.questions, 0)
	};
};
