import { requireModuleStaff } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { parseId, raise } from '$lib/server/http';
import { resultFilter } from '$lib/server/web/result-filters';
import { mustFindQuiz } from '$lib/server/quizzes/quiz.service';
import { quizResultsCsv } from '$lib/server/quizzes/results.service';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	await requireModuleStaff(event, db(), parseId(event.params.id));
	const moduleId = parseId(event.params.id);
	const quizId = parseId(event.params.quizId);
	await mustFindQuiz(db(), quizId, moduleId).catch(raise);
	const body = await quizResultsCsv(db(), quizId, resultFilter(event.url));
	const stamp = new Date().toISOString().slice(0, 10);
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="quiz-${quizId}-results-${stamp}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
