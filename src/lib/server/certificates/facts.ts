import type { Db } from '../db/index';
import { publishedSnapshot } from '../content/snapshot-cache';
import type { AttendanceRate, ModuleFacts, ModuleRules, QuizResult } from './eligibility';

// ---------------------------------------------------------------------------
// WIRING (quizzes, issue 4 / attendance, issue 5). Until those branches are
// merged, these three local stand-ins say "no graded quiz, no session held",
// so eligibility depends on lessons only. To wire them, replace the three
// functions below with:
//   import { bestGradedResults, moduleHasGradedQuiz } from '../quizzes/results';
//   import { attendanceRates } from '../attendance/rates';
// ---------------------------------------------------------------------------
async function bestGradedResults(_db: Db, _moduleId: number, _userIds?: number[]): Promise<Map<number, QuizResult>> {
	return new Map();
}
async function moduleHasGradedQuiz(_db: Db, _moduleId: number): Promise<boolean> {
	return false;
}
async function attendanceRates(_db: Db, _moduleId: number, _userIds?: number[]): Promise<Map<number, AttendanceRate>> {
	return new Map();
}
// --------------------------------------------------------------------------- end of WIRING

export interface ModuleFactsResult {
	rules: ModuleRules;
	lessonsTotal: number;
	facts: Map<number, ModuleFacts>;
}

/** Everything eligibility needs for these learners and one module: lessons done of the published ones, graded quiz, attendance. */
export async function loadModuleFacts(db: Db, moduleId: number, userIds: number[]): Promise<ModuleFactsResult> {
	const m = await db
		.selectFrom('module')
		.select(['id', 'published_at', 'attendance_threshold', 'cert_require_lessons', 'cert_require_quiz', 'cert_require_attendance'])
		.where('id', '=', moduleId)
		.executeTakeFirstOrThrow();
	const rules: ModuleRules = {
		requireLessons: m.cert_require_lessons,
		requireQuiz: m.cert_require_quiz,
		requireAttendance: m.cert_require_attendance,
		attendanceThreshold: m.attendance_threshold
	};
	const snapshot = await publishedSnapshot(db, m.id, m.published_at);
	const lessonIds = snapshot?.lessons.map((l) => l.id) ?? [];
	const facts = new Map<number, ModuleFacts>();
	if (userIds.length === 0) return { rules, lessonsTotal: lessonIds.length, facts };
	const [done, quiz, hasQuiz, attendance] = await Promise.all([
		lessonIds.length
			? db
					.selectFrom('lesson_progress')
					.select(['user_id', (eb) => eb.fn.countAll<number>().as('done')])
					.where('user_id', 'in', userIds)
					.where('lesson_id', 'in', lessonIds)
					.where('completed_at', 'is not', null)
					.groupBy('user_id')
					.execute()
			: Promise.resolve([]),
		bestGradedResults(db, moduleId, userIds),
		moduleHasGradedQuiz(db, moduleId),
		attendanceRates(db, moduleId, userIds)
	]);
	const doneBy = new Map(done.map((r) => [r.user_id, Number(r.done)]));
	for (const id of userIds) {
		facts.set(id, {
			lessonsDone: doneBy.get(id) ?? 0,
			lessonsTotal: lessonIds.length,
			quiz: hasQuiz ? (quiz.get(id) ?? null) : 'no-quiz',
			attendance: attendance.get(id) ?? null
		});
	}
	return { rules, lessonsTotal: lessonIds.length, facts };
}
