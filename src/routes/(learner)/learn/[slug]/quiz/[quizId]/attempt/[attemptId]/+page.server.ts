import { isRedirect, redirect } from '@sveltejs/kit';
import { requireReader } from '$lib/server/web/reader-guard';
import { db } from '$lib/server/db/runtime';
import { failWith, field, parseId, raise } from '$lib/server/http';
import { answerFromForm } from '$lib/server/quizzes/answers';
import { saveAnswers, submitAttempt } from '$lib/server/quizzes/attempt.service';
import { attemptView, loadAttempt, pageCount, questionsOnPage } from '$lib/server/quizzes/take.service';
import { idemKey, newIdemKey, once } from '$lib/server/offline/idempotency';
import { answerableOffline } from '$lib/server/offline/rules';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const base = (e: { params: { slug: string; quizId: string } }) => `/learn/${e.params.slug}/quiz/${e.params.quizId}`;

export const load: PageServerLoad = async (event) => {
	const user = await requireReader(event, db(), event.params.slug);
	const quizId = parseId(event.params.quizId);
	const attemptId = parseId(event.params.attemptId);
	const review = event.url.searchParams.has('review');
	const raw = event.url.searchParams.get('p');
	const p = raw === null ? null : Number.isInteger(Number(raw)) ? Number(raw) : 0;
	const now = new Date();
	const v = await attemptView(db(), user, event.params.slug, quizId, attemptId, p, event.locals.locale, now).catch(raise);
	if (v.done) redirect(303, `${base(event)}/result/${attemptId}`);
	return {
		slug: event.params.slug,
		quizId,
		attemptId,
		title: v.title,
		review,
		layout: v.quiz.layout,
		immediate: v.quiz.feedback === 'immediate',
		pages: v.pages,
		page: v.page,
		questions: v.questions,
		answered: v.answered,
		total: v.total,
		overview: v.overview,
		deadline: v.deadline,
		offline: answerableOffline(v.quiz),
		idem: newIdemKey(),
		minutesLeft: v.deadline ? Math.max(0, Math.ceil((v.deadline.getTime() - now.getTime()) / 60_000)) : null
	};
};

/** Saves what the page's form holds; returns the outcome. */
async function savePage(event: RequestEvent, data: FormData) {
	const user = await requireReader(event, db(), event.params.slug);
	const quizId = parseId(event.params.quizId);
	const attemptId = parseId(event.params.attemptId);
	const { quiz, attempt } = await loadAttempt(db(), user, event.params.slug, quizId, attemptId);
	const p = Math.min(Math.max(0, Number(field(data, 'p')) || 0), pageCount(quiz, attempt.questions.length) - 1);
	const hasPage = data.has('p');
	const onPage = hasPage ? questionsOnPage(quiz, attempt.questions, p) : [];
	const get = (name: string) => data.getAll(name).filter((x): x is string => typeof x === 'string');
	const answers = onPage.map((q) => ({ questionId: q.id, value: answerFromForm(q, get) }));
	const outcome = answers.length
		? await saveAnswers(db(), user.id, attemptId, answers, new Date(), { lockAnswered: quiz.feedback === 'immediate' })
		: attempt.status === 'submitted'
			? 'submitted'
			: 'saved';
	return { outcome, p, pages: pageCount(quiz, attempt.questions.length), attemptId, userId: user.id };
}

export const actions: Actions = {
	save: async (event) => {
		const user = await requireReader(event, db(), event.params.slug);
		const data = await event.request.formData();
		let r: Awaited<ReturnType<typeof savePage>>;
		try {
			// A post replayed from the offline outbox with a used key is acknowledged, not saved again.
			const done = await once(db(), user.id, 'quiz-answer', idemKey(field(data, 'idem')), () => savePage(event, data));
			if (done.replayed) redirect(303, `${base(event)}/attempt/${parseId(event.params.attemptId)}`);
			r = done.value;
		} catch (e) {
			if (isRedirect(e)) throw e;
			return failWith(e, {});
		}
		const here = `${base(event)}/attempt/${r.attemptId}`;
		if (r.outcome !== 'saved') redirect(303, `${base(event)}/result/${r.attemptId}`);
		const go = field(data, 'go');
		if (go === 'review') redirect(303, `${here}?review`);
		if (go === 'prev') redirect(303, `${here}?p=${Math.max(0, r.p - 1)}`);
		if (go === 'next') redirect(303, r.p + 1 < r.pages ? `${here}?p=${r.p + 1}` : `${here}?review`);
		redirect(303, `${here}?p=${r.p}`);
	},
	submit: async (event) => {
		const user = await requireReader(event, db(), event.params.slug);
		const data = await event.request.formData();
		const attemptId = parseId(event.params.attemptId);
		try {
			await once(db(), user.id, 'quiz-answer', idemKey(field(data, 'idem')), async () => {
				const r = await savePage(event, data);
				// A double tap or a retried request finds it submitted and gets the same result.
				if (r.outcome === 'saved') await submitAttempt(db(), r.attemptId, new Date(), { userId: r.userId });
			});
		} catch (e) {
			return failWith(e, {});
		}
		redirect(303, `${base(event)}/result/${attemptId}`);
	}
};
