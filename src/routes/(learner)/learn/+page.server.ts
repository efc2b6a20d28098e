import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { learnerHome } from '$lib/server/homes/homes.service';
import { sessionCard } from '$lib/server/web/session-view';
import { formatDate } from '$lib/i18n/format';
import { pick } from '$lib/localized';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'learner');
	const locale = event.locals.locale;
	const now = new Date();
	const home = await learnerHome(db(), user.id, now);
	const modules = home.modules.map((m) => ({
		slug: m.slug,
		cover: m.coverFileId,
		title: pick(m.title, locale),
		summary: pick(m.summary, locale),
		hours: m.hours,
		total: m.total,
		done: m.done,
		nextLessonId: m.nextLessonId
	}));
	return {
		modules,
		session: home.session && sessionCard(home.session, locale, now),
		progress: { ...home.progress, pct: home.progress.total ? Math.round((home.progress.done * 100) / home.progress.total) : 0 },
		// "Continue where you stopped": the most recently opened module that is not finished.
		resume: home.nextLesson && { slug: home.nextLesson.slug, lessonId: home.nextLesson.lessonId, title: pick(home.nextLesson.title, locale), started: home.nextLesson.started },
		quiz: home.quiz && { id: home.quiz.id, slug: home.quiz.moduleSlug, title: pick(home.quiz.title, locale), closes: home.quiz.closesAt ? formatDate(home.quiz.closesAt, locale) : null },
		certificates: { total: home.certificates.total, items: home.certificates.items.map((c) => ({ serial: c.serial, title: pick(c.title, locale), issued: formatDate(c.issuedAt, locale) })) }
	};
};
