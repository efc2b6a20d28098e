import { requireModuleStaff } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { parseId, raise } from '$lib/server/http';
import { submitExpired } from '$lib/server/quizzes/attempt.service';
import { filterOptions, filterQuery, resultFilter } from '$lib/server/web/result-filters';
import { mustFindQuiz } from '$lib/server/quizzes/quiz.service';
import { pickText } from '$lib/server/quizzes/render';
import { quizAttempts, quizQuestionStats } from '$lib/server/quizzes/results.service';
import { pageParam } from '$lib/server/web/enrolment-view';

/** Attempts per page: short enough to scroll on a phone, where each row is a card. */
const PAGE_SIZE = 25;
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await requireModuleStaff(event, db(), parseId(event.params.id));
	const moduleId = parseId(event.params.id);
	const quizId = parseId(event.params.quizId);
	const locale = event.locals.locale;
	const quiz = await mustFindQuiz(db(), quizId, moduleId).catch(raise);
	await submitExpired(db(), new Date(), quizId);
	const filter = resultFilter(event.url);
	const [attempts, stats, options] = await Promise.all([quizAttempts(db(), quizId, filter), quizQuestionStats(db(), quizId, filter), filterOptions(db(), locale)]);
	const submitted = attempts.filter((a) => a.status === 'submitted');
	const pages = Math.max(1, Math.ceil(attempts.length / PAGE_SIZE));
	const page = Math.min(pageParam(event.url), pages);
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
		totalAttempts: attempts.length,
		attempts: attempts.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((a) => ({
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
		summary: {
			learners: new Set(attempts.map((a) => a.user_id)).size,
			submitted: submitted.length,
			average: submitted.length ? Math.round((submitted.reduce((s, a) => s + Number(a.score_pct), 0) / submitted.length) * 10) / 10 : null,
			passed: submitted.filter((a) => a.passed).length
		},
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
