import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { trainerHome } from '$lib/server/homes/homes.service';
import { sessionCard } from '$lib/server/web/session-view';
import { formatDateTime, formatNumber } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n';
import { pick } from '$lib/localized';
import type { Behind } from '$lib/server/homes/homes.repository';
import type { PageServerLoad } from './$types';

const person = (b: Behind, locale: Locale) => ({
	userId: b.userId,
	name: locale === 'ar' ? b.nameAr : b.nameLatin,
	module: b.moduleTitle ? pick(b.moduleTitle, locale).text : null,
	moduleSlug: b.moduleSlug,
	value: b.value,
	rate: formatNumber(b.value / 100, locale, { style: 'percent', maximumFractionDigits: 1 }),
	threshold: b.threshold === null ? null : formatNumber(b.threshold / 100, locale, { style: 'percent' })
});

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'trainer', 'admin');
	const locale = event.locals.locale;
	const now = new Date();
	const home = await trainerHome(db(), user, now);
	const list = (l: { total: number; items: Behind[] }) => ({ total: l.total, items: l.items.map((b) => person(b, locale)) });
	return {
		sessions: home.sessions.map(({ session, today }) => ({ ...sessionCard(session, locale, now), today })),
		behind: { attendance: list(home.behind.attendance), lessons: list(home.behind.lessons), quizzes: list(home.behind.quizzes) },
		closing: home.closing.map((q) => ({ id: q.id, moduleId: q.moduleId, title: pick(q.title, locale), closes: formatDateTime(q.closesAt, locale), missing: q.missing }))
	};
};
