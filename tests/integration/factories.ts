import type { QuestionContent } from '../../src/lib/server/quizzes/model';
import type { Db } from '../../src/lib/server/db/index';
import type { Localized, Role } from '../../src/lib/server/db/schema';
import { newSecret } from '../../src/lib/server/attendance/code';
import { createUser } from '../../src/lib/server/users/users.service';

let n = 0;

/** A person with a unique phone login; with a password unless `invite` is asked for. */
export async function makeUser(db: Db, opts: { role?: Role; password?: string; invite?: boolean; login?: string } = {}) {
	n += 1;
	const login = opts.login ?? `06${String(10_000_000 + n * 7919).slice(-8)}`;
	const created = await createUser(db, { id: null }, {
		login,
		nameAr: `مستعملة ${n}`,
		nameLatin: `Person ${n}`,
		role: opts.role ?? 'learner',
		locale: 'ar',
		communeId: null,
		password: opts.invite ? '' : (opts.password ?? 'a long enough passphrase')
	});
	return { ...created, password: opts.invite ? null : (opts.password ?? 'a long enough passphrase') };
}

// Test data the services would otherwise need a whole form for: plain rows, defaults a test can override.

type ModuleStatus = 'draft' | 'published' | 'unpublished';
// Its own counter, so makeUser's logins and names stay what they were.
let seq = 0;

/** A module row (no lessons); unique slug unless given. */
export async function makeModule(
	db: Db,
	opts: { slug?: string; title?: Localized; status?: ModuleStatus; attendanceThreshold?: number; coverFileId?: number | null; programmeId?: number | null } = {}
): Promise<number> {
	seq += 1;
	const slug = opts.slug ?? `module-${seq}`;
	const row = await db
		.insertInto('module')
		.values({
			slug,
			title: JSON.stringify(opts.title ?? { fr: slug }),
			status: opts.status,
			attendance_threshold: opts.attendanceThreshold,
			cover_file_id: opts.coverFileId ?? null,
			programme_id: opts.programmeId ?? null
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

/** A lesson row in a module. */
export async function makeLesson(db: Db, moduleId: number, opts: { position?: number; title?: Localized } = {}): Promise<number> {
	const row = await db
		.insertInto('lesson')
		.values({ module_id: moduleId, position: opts.position ?? 1, title: JSON.stringify(opts.title ?? { fr: 'Leçon' }) })
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

/** Enrols each person in each module (status set again when already enrolled). */
export async function enrol(db: Db, userIds: number | number[], moduleIds: number | number[], status: 'active' | 'withdrawn' = 'active'): Promise<void> {
	const users = Array.isArray(userIds) ? userIds : [userIds];
	const modules = Array.isArray(moduleIds) ? moduleIds : [moduleIds];
	const rows = users.flatMap((user_id) => modules.map((module_id) => ({ user_id, module_id, source: 'admin' as const, status })));
	if (rows.length === 0) return;
	await db
		.insertInto('enrolment')
		.values(rows)
		.onConflict((oc) => oc.columns(['user_id', 'module_id']).doUpdateSet({ status }))
		.execute();
}

/** A cohort with these members. */
export async function makeCohort(db: Db, opts: { name?: string; members?: number[] } = {}): Promise<number> {
	seq += 1;
	const { id } = await db.insertInto('cohort').values({ name: opts.name ?? `Cohorte ${seq}` }).returning('id').executeTakeFirstOrThrow();
	if (opts.members?.length) await db.insertInto('cohort_member').values(opts.members.map((user_id) => ({ cohort_id: id, user_id }))).execute();
	return id;
}

/** A class session row; three hours long unless `end` is given. Returns its id and check-in secret. */
export async function makeClassSession(
	db: Db,
	opts: {
		moduleId: number;
		cohortId: number;
		trainerId?: number | null;
		start: Date;
		secret?: string;
		end?: Date;
		title?: string;
		mode?: 'in_person' | 'remote' | 'hybrid';
		place?: string | null;
		late?: number;
		cancelledAt?: Date | null;
		cancelReason?: string | null;
	}
): Promise<{ id: number; secret: string }> {
	const secret = opts.secret ?? newSecret();
	const row = await db
		.insertInto('class_session')
		.values({
			module_id: opts.moduleId,
			cohort_id: opts.cohortId,
			title: opts.title ?? 'Séance test',
			starts_at: opts.start,
			ends_at: opts.end ?? new Date(opts.start.getTime() + 3 * 3600_000),
			mode: opts.mode ?? 'in_person',
			place: opts.place ?? null,
			trainer_id: opts.trainerId ?? null,
			late_after_minutes: opts.late ?? 15,
			check_in_secret: secret,
			cancelled_at: opts.cancelledAt ?? null,
			cancel_reason: opts.cancelReason ?? null
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return { id: row.id, secret };
}

/** Marks these lessons done for her. */
export async function completeLessons(db: Db, userId: number, lessonIds: number[]): Promise<void> {
	if (lessonIds.length === 0) return;
	await db.insertInto('lesson_progress').values(lessonIds.map((lesson_id) => ({ user_id: userId, lesson_id, completed_at: new Date() }))).execute();
}

/** A published quiz row with no questions (graded, pass mark 60, unless told). */
export async function makeQuiz(db: Db, moduleId: number, opts: { kind?: 'pre' | 'post' | 'practice' | 'graded'; title?: Localized; passMark?: number | null; status?: 'draft' | 'published' } = {}): Promise<number> {
	const row = await db
		.insertInto('quiz')
		.values({ module_id: moduleId, kind: opts.kind ?? 'graded', title: JSON.stringify(opts.title ?? { fr: 'Évaluation' }), status: opts.status ?? 'published', pass_mark: opts.passMark === undefined ? 60 : opts.passMark })
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

/** A submitted attempt with its score (no answers stored), passed when the score reaches the pass mark. */
export async function makeAttempt(db: Db, quizId: number, userId: number, opts: { no: number; scorePct: number; passMark?: number }): Promise<void> {
	const passMark = opts.passMark ?? 60;
	await db
		.insertInto('quiz_attempt')
		.values({ quiz_id: quizId, user_id: userId, attempt_no: opts.no, status: 'submitted', questions: '[]', submitted_at: new Date(), score_pct: opts.scorePct, pass_mark: passMark, passed: opts.scorePct >= passMark })
		.execute();
}

/** A single-choice question ("Oui" right, "Non" wrong), numbered so each text differs. */
export const singleChoice = (n: number): QuestionContent => ({
	type: 'single',
	text: { fr: `Choix ${n}` },
	format: 'markdown',
	options: [
		{ id: 'a', text: { fr: 'Oui' }, weight: 100 },
		{ id: 'b', text: { fr: 'Non' }, weight: 0 }
	]
});
