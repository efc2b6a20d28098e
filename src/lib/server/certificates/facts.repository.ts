import type { Db } from '../db/index';
import { publishedSnapshot } from '../content/snapshot-cache';
import { bestGradedOfLearner, bestGradedResults, modulesWithGradedQuiz } from '../quizzes/results.service';
import { attendanceRates, learnerRatesByModule } from '../attendance/rates.repository';
import type { ModuleFacts, ModuleRules } from './eligibility';

// The graded quiz (issue 4) and attendance (issue 5) come from their domains.
export interface ModuleFactsResult {
	rules: ModuleRules;
	lessonsTotal: number;
	facts: Map<number, ModuleFacts>;
}

/** Everything eligibility needs for these learners and one module: lessons done of the published ones, graded quiz, attendance. */
/**
 * The facts behind a module certificate for these learners. With `everyone` (the issuing page: every learner
 * enrolled in the module) the statements read the module's rows without an `in (…)` list of 10,000 ids, whose
 * parsing and planning cost more than the reading.
 */
export async function loadModuleFacts(db: Db, moduleId: number, userIds: number[], everyone = false): Promise<ModuleFactsResult> {
	const m = await db
		.selectFrom('module')
		.select(['id', 'published_at', 'attendance_threshold', 'cert_require_lessons', 'cert_require_quiz', 'cert_require_attendance'])
		.where('id', '=', moduleId)
		.executeTakeFirstOrThrow();
	const rules = rulesOf(m);
	const snapshot = await publishedSnapshot(db, m.id, m.published_at);
	const lessonIds = snapshot?.lessons.map((l) => l.id) ?? [];
	const facts = new Map<number, ModuleFacts>();
	if (userIds.length === 0) return { rules, lessonsTotal: lessonIds.length, facts };
	const [done, quiz, hasQuiz, attendance] = await Promise.all([
		lessonIds.length
			? db
					.selectFrom('lesson_progress')
					.select(['user_id', (eb) => eb.fn.countAll<number>().as('done')])
					.$if(!everyone, (q) => q.where('user_id', 'in', userIds))
					.where('lesson_id', 'in', lessonIds)
					.where('completed_at', 'is not', null)
					.groupBy('user_id')
					.execute()
			: Promise.resolve([]),
		bestGradedResults(db, moduleId, everyone ? undefined : userIds),
		modulesWithGradedQuiz(db, [moduleId]).then((ids) => ids.length > 0),
		attendanceRates(db, moduleId, everyone ? undefined : userIds)
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

type ModuleRulesRow = { attendance_threshold: number; cert_require_lessons: boolean; cert_require_quiz: boolean; cert_require_attendance: boolean };

function rulesOf(m: ModuleRulesRow): ModuleRules {
	return {
		requireLessons: m.cert_require_lessons,
		requireQuiz: m.cert_require_quiz,
		requireAttendance: m.cert_require_attendance,
		attendanceThreshold: m.attendance_threshold
	};
}

/**
 * The same facts for one learner in each of her modules (her certificates page), keyed by module: one statement
 * per kind of fact for all the modules together (six statements, instead of about seven per module).
 */
export async function learnerModuleFacts(
	db: Db,
	userId: number,
	modules: (ModuleRulesRow & { id: number; published_at: Date | null })[]
): Promise<Map<number, { rules: ModuleRules; facts: ModuleFacts }>> {
	const out = new Map<number, { rules: ModuleRules; facts: ModuleFacts }>();
	if (modules.length === 0) return out;
	const moduleIds = modules.map((m) => m.id);
	const snapshots = await Promise.all(modules.map((m) => publishedSnapshot(db, m.id, m.published_at)));
	const moduleOfLesson = new Map<number, number>();
	snapshots.forEach((s, i) => s?.lessons.forEach((l) => moduleOfLesson.set(l.id, modules[i].id)));
	const [done, graded, attendance] = await Promise.all([
		moduleOfLesson.size
			? db.selectFrom('lesson_progress').select('lesson_id').where('user_id', '=', userId).where('lesson_id', 'in', [...moduleOfLesson.keys()]).where('completed_at', 'is not', null).execute()
			: Promise.resolve([]),
		bestGradedOfLearner(db, userId, moduleIds),
		learnerRatesByModule(db, userId, moduleIds)
	]);
	const doneIn = new Map<number, number>();
	for (const d of done) {
		const m = moduleOfLesson.get(d.lesson_id)!;
		doneIn.set(m, (doneIn.get(m) ?? 0) + 1);
	}
	modules.forEach((m, i) => {
		out.set(m.id, {
			rules: rulesOf(m),
			facts: {
				lessonsDone: doneIn.get(m.id) ?? 0,
				lessonsTotal: snapshots[i]?.lessons.length ?? 0,
				quiz: graded.withQuiz.has(m.id) ? (graded.best.get(m.id) ?? null) : 'no-quiz',
				attendance: attendance.get(m.id) ?? null
			}
		});
	});
	return out;
}
