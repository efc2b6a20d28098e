import { redirect } from '@sveltejs/kit';
import { requireReader } from '$lib/server/web/reader-guard';
import { db } from '$lib/server/db/runtime';
import { parseId, raise } from '$lib/server/http';
import { t } from '$lib/server/i18n';
import { resultView } from '$lib/server/quizzes/take.service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = await requireReader(event, db(), event.params.slug);
	const quizId = parseId(event.params.quizId);
	const attemptId = parseId(event.params.attemptId);
	const base = `/learn/${event.params.slug}/quiz/${quizId}`;
	const v = await resultView(db(), user, event.params.slug, quizId, attemptId, event.locals.locale, { t: t('quiz_true'), f: t('quiz_false') }).catch(raise);
	if (v.open) redirect(303, `${base}/attempt/${attemptId}`);
	return {
		slug: event.params.slug,
		quizId,
		title: v.title,
		kind: v.quiz.kind,
		attemptNo: v.attempt.attempt_no,
		autoSubmitted: v.attempt.auto_submitted,
		submittedAt: v.attempt.submitted_at,
		scorePct: v.scorePct,
		score: v.score,
		maxScore: v.maxScore,
		passed: v.passed,
		passMark: v.passMark,
		showDetails: v.showDetails,
		closesAt: v.quiz.closes_at,
		review: v.review,
		canRetry: v.canRetry
	};
};
