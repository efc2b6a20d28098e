/**
 * Which quizzes may be answered offline (answers kept in the phone's outbox and sent later):
 * practice quizzes and quizzes without a time limit. A timed quiz's clock and a graded
 * quiz's result must not depend on when the phone finds the network again.
 */
export function answerableOffline(quiz: { kind: 'pre' | 'post' | 'practice' | 'graded'; time_limit_minutes: number | null }): boolean {
	if (quiz.time_limit_minutes !== null) return false;
	return quiz.kind !== 'graded';
}
