import { error } from '@sveltejs/kit';
import { requireModuleStaff } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { parseId, raise } from '$lib/server/http';
import { t } from '$lib/server/i18n';
import { mustFindQuiz } from '$lib/server/quizzes/quiz.service';
import { pickText, shownHtml } from '$lib/server/quizzes/render';
import { attemptDetail } from '$lib/server/quizzes/results.service';
import { describeAnswer, describeKey } from '$lib/server/quizzes/take.service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await requireModuleStaff(event, db(), parseId(event.params.id));
	const moduleId = parseId(event.params.id);
	const quizId = parseId(event.params.quizId);
	const locale = event.locals.locale;
	const quiz = await mustFindQuiz(db(), quizId, moduleId).catch(raise);
	const { attempt, items } = await attemptDetail(db(), parseId(event.params.attemptId)).catch(raise);
	if (attempt.quiz_id !== quizId) error(404, t('error_not_found'));
	const yesNo = { t: t('quiz_true'), f: t('quiz_false') };
	return {
		moduleId,
		quizId,
		title: pickText(quiz.title, locale),
		learner: locale === 'ar' ? attempt.name_ar : attempt.name_latin,
		no: attempt.attempt_no,
		status: attempt.status,
		startedAt: attempt.started_at,
		submittedAt: attempt.submitted_at,
		auto: attempt.auto_submitted,
		scorePct: attempt.score_pct === null ? null : Number(attempt.score_pct),
		passed: attempt.passed,
		items: items.map((it, i) => ({
			n: i + 1,
			id: it.question.id,
			text: shownHtml(it.question.content.text, locale, it.question.content.format),
			points: it.question.points,
			earned: attempt.status === 'submitted' ? it.points : null,
			verdict: it.graded.verdict,
			given: describeAnswer(it.question.content, it.answer, locale, yesNo),
			key: describeKey(it.question.content, locale, yesNo)
		}))
	};
};
