import { redirect } from '@sveltejs/kit';
import { learnerModules, lessonIn, markDone, recordView, viewIsStale, viewModule } from '$lib/server/content/learning.service';
import { learnerQuizzes } from '$lib/server/quizzes/take.service';
import { requireReader } from '$lib/server/web/reader-guard';
import { lessonHtml } from '$lib/server/content/render';
import { db } from '$lib/server/db/runtime';
import { failWith, field, parseId, raise } from '$lib/server/http';
import { pick } from '$lib/localized';
import { idemKey, newIdemKey, once } from '$lib/server/offline/idempotency';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = await requireReader(event, db(), event.params.slug);
	const locale = event.locals.locale;
	const lessonId = parseId(event.params.lessonId);
	const mod = await viewModule(db(), user, event.params.slug).catch(raise);
	const { lesson, prev, next, index } = (() => {
		try {
			return lessonIn(mod.snapshot, lessonId);
		} catch (e) {
			return raise(e);
		}
	})();
	if (user.role === 'learner' && viewIsStale(mod.viewedAt.get(lessonId))) await recordView(db(), user.id, lessonId);
	const body = pick(lesson.body, locale);
	// After the last lesson, once it is done: the next step (a quiz of this module not taken yet, else
	// the next unfinished module), always with the way back to the module.
	let after: { quiz: { id: number; title: string } | null; module: { slug: string; title: string } | null } | null = null;
	if (!next && user.role === 'learner' && mod.done.has(lesson.id)) {
		const [quizzes, modules] = await Promise.all([learnerQuizzes(db(), user.id, mod.slug, locale), learnerModules(db(), user.id)]);
		const quiz = quizzes.find((q) => q.open) ?? quizzes.find((q) => q.best === null && q.kind !== 'pre') ?? null;
		const here = modules.findIndex((x) => x.slug === mod.slug);
		const unfinished = (x: (typeof modules)[number]) => x.slug !== mod.slug && x.done < x.total;
		const nextModule = modules.slice(here + 1).find(unfinished) ?? modules.find(unfinished) ?? null;
		after = {
			quiz: quiz && { id: quiz.id, title: quiz.title.text },
			module: nextModule && { slug: nextModule.slug, title: pick(nextModule.title, locale).text }
		};
	}
	return {
		after,
		slug: mod.slug,
		moduleTitle: pick(mod.snapshot.title, locale),
		title: pick(lesson.title, locale),
		body: { ...body, html: lessonHtml(`${mod.id}:${mod.publishedAt}:${lesson.id}:${body.locale}`, body.text) },
		videoUrl: lesson.videoUrl,
		media: lesson.media ?? [],
		done: mod.done.has(lesson.id),
		number: index + 1,
		total: mod.snapshot.lessons.length,
		prev: prev && { id: prev.id, title: pick(prev.title, locale).text },
		next: next && { id: next.id, title: pick(next.title, locale).text },
		// One key per render: a post replayed from the offline outbox is done once.
		idem: newIdemKey()
	};
};

export const actions: Actions = {
	done: async (event) => {
		const user = await requireReader(event, db(), event.params.slug);
		const lessonId = parseId(event.params.lessonId);
		const data = await event.request.formData();
		const undo = field(data, 'undo') === '1';
		try {
			await once(db(), user.id, 'lesson-done', idemKey(field(data, 'idem')), () => markDone(db(), user, event.params.slug, lessonId, !undo));
		} catch (e) {
			return failWith(e, {});
		}
		const next = field(data, 'next');
		// Done: straight on to the next lesson, as a learner on a phone expects. After the last one, or
		// on undo, back to this lesson by GET (redirect after POST: no `?/done` left in the address).
		if (!undo && /^\d+$/.test(next)) redirect(303, `/learn/${event.params.slug}/${next}?done=${lessonId}`);
		redirect(303, `/learn/${event.params.slug}/${lessonId}${undo ? '' : `?done=${lessonId}`}`);
	}
};
