import { viewModule } from '$lib/server/content/learning.service';
import { requireReader } from '$lib/server/web/reader-guard';
import { db } from '$lib/server/db/runtime';
import { raise } from '$lib/server/http';
import { pick } from '$lib/localized';
import { learnerQuizzes } from '$lib/server/quizzes/take.service';
import { learnerAttendance } from '$lib/server/attendance/rates.repository';
import { teachersOf } from '$lib/server/staffing/staff.repository';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = await requireReader(event, db(), event.params.slug);
	const locale = event.locals.locale;
	const slug = event.params.slug;
	// Three queries side by side; the quizzes and the rate are thrown away if viewModule refuses her.
	const [mod, quizzes, attendance, teachers] = await Promise.all([
		viewModule(db(), user, slug).catch(raise),
		learnerQuizzes(db(), user.id, slug, locale),
		user.role === 'learner' ? learnerAttendance(db(), { slug }, user.id) : null,
		teachersOf(db(), slug)
	]);
	const lessons = mod.snapshot.lessons.map((l) => ({ id: l.id, title: pick(l.title, locale), done: mod.done.has(l.id) }));
	return {
		slug: mod.slug,
		title: pick(mod.snapshot.title, locale),
		summary: pick(mod.snapshot.summary, locale),
		hours: mod.snapshot.hours,
		lessons,
		quizzes,
		attendance,
		teachers: teachers.map((p) => (locale === 'ar' ? p.nameAr : p.nameLatin)),
		next: lessons.find((l) => !l.done)?.id ?? null
	};
};
