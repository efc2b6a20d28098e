import { viewModule } from '$lib/server/content/learning';
import { requireReader } from '$lib/server/content/guard';
import { db } from '$lib/server/db/runtime';
import { raise } from '$lib/server/http';
import { pick } from '$lib/localized';
import { learnerQuizzes } from '$lib/server/quizzes/take';
import { learnerAttendance } from '$lib/server/attendance/rates';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireReader(event);
	const locale = event.locals.locale;
	const [mod, quizzes] = await Promise.all([viewModule(db(), user, event.params.slug).catch(raise), learnerQuizzes(db(), user.id, event.params.slug, locale)]);
	const attendance = user.role === 'learner' ? await learnerAttendance(db(), mod.id, user.id) : null;
	const lessons = mod.snapshot.lessons.map((l) => ({ id: l.id, title: pick(l.title, locale), done: mod.done.has(l.id) }));
	return {
		slug: mod.slug,
		title: pick(mod.snapshot.title, locale),
		summary: pick(mod.snapshot.summary, locale),
		hours: mod.snapshot.hours,
		lessons,
		quizzes,
		attendance,
		next: lessons.find((l) => !l.done)?.id ?? null
	};
};
