import { requireModuleStaff } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { parseId, raise } from '$lib/server/http';
import { submitExpired } from '$lib/server/quizzes/attempt.service';
import { filterOptions, filterQuery, resultFilter } from '$lib/server/web/result-filters';
import { mustFindQuiz } from '$lib/server/quizzes/quiz.service';
import { pickText } from '$lib/server/quizzes/render';
import { quizAttempts, quizAttemptSummary, quizQuestionStats } from '$lib/server/quizzes/results.service';
import { pageParam } from '$lib/server/web/enrolment-view';
import type { PageServerLoad } from './$types';

/** Attempts per page: short enough to scroll on a phone, where each row is a card. */
const PAGE_SIZE = 25;

export const load: PageServerLoad = async (event) => {
	await requireModuleStaff(event, db(), parseId(event.params.id));
	const moduleId = parseId(event.params.id);
	const quizId = parseId(event.params.quizId);
	const locale = event.locals.locale;
	const quiz = await mustFindQuiz(db(), quizId, moduleId).catch(raise);
	await submitExpired(db(), new Date(), quizId);
	const filter = resultFilter(event.url);
	const asked = pageParam(event.url);
	const slice = (n: number) => ({ limit: PAGE_SIZE, offset: (n - 1) * PAGE_SIZE });
	const [summary, first, stats, options] = await Promise.all([
		quizAttemptSummary(db(), quizId, filter),
		quizAttempts(db(), quizId, filter, slice(asked)),
		quizQuestionStats(db(), quizId, filter),
		filterOptions(db(), locale)
	]);
	const pages = Math.max(1, Math.ceil(summary.total / PAGE_SIZE));
	const page = Math.min(asked, pages);
	// A page past the end (the list shrank, or a typed address) shows the last one.
	const attempts = page === asked ? first : await quizAttempts(db(), quizId, filter, slice(page));
	return {
		moduleId,
		quizId,
		title: pickText(quiz.title, locale),
		kind: quiz.kind,
		filter: { cohort: filter.cohortId ? String(filter.cohortId) : '', commune: filter.communeId ? String(filter.communeId) : '' },
		query: filterQuery(filter),
		options,
		page,
		pages,
		totalAttempts: summary.total,
		attempts: attempts.map((a) => ({
			id: a.id,
			name: locale === 'ar' ? a.name_ar : a.name_latin,
			commune: (locale === 'ar' ? a.commune_ar : a.commune_fr) ?? '',
			no: a.attempt_no,
			status: a.status,
			submittedAt: a.submitted_at,
			auto: a.auto_submitted,
			answered: a.answered,
			questions: a.questions,
			scorePct: a.score_pct === null ? null : Number(a.score_pct),
			passed: a.passed
		})),
		summary: { learners: summary.learners, submitted: summary.submitted, average: summary.average, passed: summary.passed },
		stats: stats.map((s, i) => ({
			n: i + 1,
			id: s.questionId,
			text: pickText(s.content.text, locale),
			attempts: s.attempts,
			facility: s.facility,
			discrimination: s.discrimination,
			weak: s.facility < 0.2 || s.facility > 0.95 || (s.discrimination !== null && s.discrimination < 0.15)
		}))
	};
};
