import { requireRole } from '$lib/server/auth/guards';
import { learnerModules } from '$lib/server/content/learning';
import { db } from '$lib/server/db/runtime';
import { pick } from '$lib/localized';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'learner');
	const locale = event.locals.locale;
	const modules = (await learnerModules(db(), user.id)).map((m) => ({
		slug: m.slug,
		cover: m.coverFileId,
		title: pick(m.title, locale),
		summary: pick(m.summary, locale),
		hours: m.hours,
		total: m.total,
		done: m.done,
		nextLessonId: m.nextLessonId,
		lastViewedAt: m.lastViewedAt?.getTime() ?? 0
	}));
	// "Continue where you stopped": the most recently opened module that is not finished.
	const resume = [...modules].filter((m) => m.nextLessonId && m.lastViewedAt).sort((a, b) => b.lastViewedAt - a.lastViewedAt)[0] ?? null;
	return { modules, resume: resume && { slug: resume.slug, lessonId: resume.nextLessonId, title: resume.title.text } };
};
