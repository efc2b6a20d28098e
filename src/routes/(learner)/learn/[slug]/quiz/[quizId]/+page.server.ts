import { redirect } from '@sveltejs/kit';
import { requireReader } from '$lib/server/web/reader-guard';
import { db } from '$lib/server/db/runtime';
import { failWith, parseId, raise } from '$lib/server/http';
import { quizForTaker, startAttempt } from '$lib/server/quizzes/attempt.service';
import { quizIntro } from '$lib/server/quizzes/take.service';
import { answerableOffline } from '$lib/server/offline/rules';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = await requireReader(event, db(), event.params.slug);
	const quizId = parseId(event.params.quizId);
	const v = await quizIntro(db(), user, event.params.slug, quizId, event.locals.locale).catch(raise);
	return {
		slug: event.params.slug,
		quizId,
		title: v.title,
		moduleTitle: v.moduleTitle,
		intro: v.intro,
		kind: v.quiz.kind,
		passMark: v.passMark,
		timeLimit: v.quiz.time_limit_minutes,
		offline: answerableOffline(v.quiz),
		attemptsAllowed: v.quiz.kind === 'practice' ? null : v.quiz.attempts_allowed,
		opensAt: v.quiz.opens_at,
		closesAt: v.quiz.closes_at,
		layout: v.quiz.layout,
		attempts: v.attempts.map((a) => ({ id: a.id, no: a.attempt_no, status: a.status, submittedAt: a.submitted_at, scorePct: a.score_pct === null ? null : Number(a.score_pct), passed: a.passed })),
		openAttemptId: v.openAttemptId,
		blocked: v.blocked
	};
};

export const actions: Actions = {
	start: async (event) => {
		const user = await requireReader(event, db(), event.params.slug);
		const quizId = parseId(event.params.quizId);
		let attemptId: number;
		try {
			const quiz = await quizForTaker(db(), user, event.params.slug, quizId);
			attemptId = await startAttempt(db(), user, quiz);
		} catch (e) {
			return failWith(e, {});
		}
		redirect(303, `/learn/${event.params.slug}/quiz/${quizId}/attempt/${attemptId}`);
	}
};
