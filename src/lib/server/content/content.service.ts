import * as v from 'valibot';
import { sql } from 'kysely';
import type { Db } from '../db/index';
import type { Localized } from '../db/schema';
import { recordAudit } from '../audit/audit.repository';
import { Conflict, Invalid, NotFound } from '../errors';
import { validate } from '../validation';
import type { PublishedModule } from './snapshot';
import { listLessonMedia } from '../media/media.service';
import { insertStaff } from '../staffing/staff.repository';
import type { Actor as ActorOf } from '../actor';
import { videoUrlOrNull } from '../media/checks';

const LOCALES = ['ar', 'fr', 'zgh'] as const;
const clean = (s: string | undefined) => (s ?? '').normalize('NFC').trim();

/** A text per language from form fields like `title_ar`, `title_fr`; empty ones are left out. */
export function localizedFrom(get: (name: string) => string, field: string): Localized {
	const out: Localized = {};
	for (const l of LOCALES) {
		const value = clean(get(`${field}_${l}`));
		if (value) out[l] = value;
	}
	return out;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function localizedSchema(max: number, required: boolean) {
	return v.pipe(
		v.record(v.picklist(LOCALES), v.pipe(v.string(), v.maxLength(max, 'error_too_long'))),
		v.check((m) => !required || Object.values(m).some((t) => t.trim()), 'content_title_required')
	);
}

const ModuleInput = v.object({
	slug: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.nonEmpty('error_required'), v.maxLength(60, 'error_too_long'), v.regex(SLUG, 'content_slug_invalid')),
	title: localizedSchema(160, true),
	summary: localizedSchema(2000, false),
	hours: v.pipe(v.union([v.string(), v.number()]), v.transform(Number), v.number('content_number_invalid'), v.minValue(0, 'content_number_invalid'), v.maxValue(999, 'content_number_invalid')),
	passMark: v.pipe(v.union([v.string(), v.number()]), v.transform(Number), v.number('content_number_invalid'), v.integer('content_number_invalid'), v.minValue(0, 'content_percent_invalid'), v.maxValue(100, 'content_percent_invalid')),
	attendanceThreshold: v.pipe(v.union([v.string(), v.number()]), v.transform(Number), v.number('content_number_invalid'), v.integer('content_number_invalid'), v.minValue(0, 'content_percent_invalid'), v.maxValue(100, 'content_percent_invalid')),
	selfEnrolKey: v.pipe(v.string(), v.trim(), v.maxLength(60, 'error_too_long')),
	/** Counts for the programme certificate; left out, a new module counts only while the programme has no learners, an edited one keeps its choice. */
	countsForProgramme: v.optional(v.boolean())
});
export type ModuleInput = v.InferInput<typeof ModuleInput>;

const LessonInput = v.object({
	title: localizedSchema(160, true),
	body: localizedSchema(50_000, false),
	videoUrl: v.pipe(
		v.string(),
		v.trim(),
		v.maxLength(500, 'error_too_long'),
		v.check((u) => u === '' || videoUrlOrNull(u) !== null, 'content_video_invalid')
	)
});
export type LessonInput = v.InferInput<typeof LessonInput>;

type Actor = ActorOf<number>;

/** The columns a module form sets, for creating and for editing alike. */
function moduleColumns(data: v.InferOutput<typeof ModuleInput>) {
	return {
		slug: data.slug,
		title: JSON.stringify(data.title),
		summary: JSON.stringify(data.summary),
		hours: data.hours,
		pass_mark: data.passMark,
		attendance_threshold: data.attendanceThreshold,
		self_enrol_key: data.selfEnrolKey || null
	};
}

/** Whether anyone is actively enrolled in a module of the programme. */
export async function programmeHasLearners(db: Db, programmeId: number): Promise<boolean> {
	const row = await db
		.selectFrom('enrolment as e')
		.innerJoin('module as m', 'm.id', 'e.module_id')
		.select('e.user_id')
		.where('m.programme_id', '=', programmeId)
		.where('e.status', '=', 'active')
		.limit(1)
		.executeTakeFirst();
	return row != null;
}

/**
 * The programme a new module joins and whether it counts for the programme certificate unless
 * she says otherwise: on while the programme has no learners yet, off once it has (so a test
 * module never makes every learner "not eligible").
 */
export async function newModuleProgramme(db: Db): Promise<{ id: number; countsByDefault: boolean } | null> {
	const programme = await db.selectFrom('programme').select('id').orderBy('id').executeTakeFirst();
	if (!programme) return null;
	return { id: programme.id, countsByDefault: !(await programmeHasLearners(db, programme.id)) };
}

async function slugMustBeFree(db: Db, slug: string, exceptId?: number) {
	let q = db.selectFrom('module').select('id').where('slug', '=', slug);
	if (exceptId) q = q.where('id', '!=', exceptId);
	if (await q.executeTakeFirst()) throw new Invalid('error_invalid_form', { slug: 'content_slug_taken' });
}

export async function createModule(db: Db, actor: Actor, input: ModuleInput): Promise<number> {
	const data = validate(ModuleInput, input);
	return db.transaction().execute(async (trx) => {
		await slugMustBeFree(trx, data.slug);
		const programme = await newModuleProgramme(trx);
		const counts = data.countsForProgramme ?? programme?.countsByDefault ?? false;
		const { max } = await trx.selectFrom('module').select(sql<number>`coalesce(max(position), 0)::int`.as('max')).executeTakeFirstOrThrow();
		const row = await trx
			.insertInto('module')
			.values({
				programme_id: programme?.id ?? null,
				position: max + 1,
				...moduleColumns(data),
				cert_required_for_programme: counts,
				created_by: actor.id
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await recordAudit(trx, { actorId: actor.id, action: 'module.create', subjectType: 'module', subjectId: row.id, after: { slug: data.slug, countsForProgramme: counts } });
		// Its creator is the module's first staff member.
		await insertStaff(trx, row.id, actor.id, actor.id);
		return row.id;
	});
}

export async function updateModule(db: Db, actor: Actor, id: number, input: ModuleInput): Promise<void> {
	const data = validate(ModuleInput, input);
	await db.transaction().execute(async (trx) => {
		const before = await mustFindModule(trx, id);
		await slugMustBeFree(trx, data.slug, id);
		await trx
			.updateTable('module')
			.set({
				...moduleColumns(data),
				...(data.countsForProgramme === undefined ? {} : { cert_required_for_programme: data.countsForProgramme }),
				has_unpublished_changes: true,
				updated_at: new Date()
			})
			.where('id', '=', id)
			.execute();
		const counts = data.countsForProgramme ?? before.cert_required_for_programme;
		await recordAudit(trx, {
			actorId: actor.id,
			action: 'module.update',
			subjectType: 'module',
			subjectId: id,
			...(counts === before.cert_required_for_programme ? {} : { before: { countsForProgramme: before.cert_required_for_programme }, after: { countsForProgramme: counts } })
		});
	});
}

async function mustFindModule(db: Db, id: number) {
	const m = await db.selectFrom('module').selectAll().where('id', '=', id).executeTakeFirst();
	if (!m) throw new NotFound();
	return m;
}

async function touch(db: Db, moduleId: number) {
	await db.updateTable('module').set({ has_unpublished_changes: true, updated_at: new Date() }).where('id', '=', moduleId).execute();
}

export async function createLesson(db: Db, actor: Actor, moduleId: number, input: LessonInput): Promise<number> {
	const data = validate(LessonInput, input);
	return db.transaction().execute(async (trx) => {
		await mustFindModule(trx, moduleId);
		const { max } = await trx
			.selectFrom('lesson')
			.select(sql<number>`coalesce(max(position), 0)::int`.as('max'))
			.where('module_id', '=', moduleId)
			.where('deleted_at', 'is', null)
			.executeTakeFirstOrThrow();
		const row = await trx
			.insertInto('lesson')
			.values({ module_id: moduleId, position: max + 1, title: JSON.stringify(data.title), body: JSON.stringify(data.body), video_url: data.videoUrl || null })
			.returning('id')
			.executeTakeFirstOrThrow();
		await touch(trx, moduleId);
		await recordAudit(trx, { actorId: actor.id, action: 'lesson.create', subjectType: 'module', subjectId: moduleId, after: { lessonId: row.id } });
		return row.id;
	});
}

async function mustFindLesson(db: Db, moduleId: number, lessonId: number) {
	const l = await db.selectFrom('lesson').selectAll().where('id', '=', lessonId).where('module_id', '=', moduleId).where('deleted_at', 'is', null).executeTakeFirst();
	if (!l) throw new NotFound();
	return l;
}

export async function updateLesson(db: Db, actor: Actor, moduleId: number, lessonId: number, input: LessonInput): Promise<void> {
	const data = validate(LessonInput, input);
	await db.transaction().execute(async (trx) => {
		await mustFindLesson(trx, moduleId, lessonId);
		await trx
			.updateTable('lesson')
			.set({ title: JSON.stringify(data.title), body: JSON.stringify(data.body), video_url: data.videoUrl || null, updated_at: new Date() })
			.where('id', '=', lessonId)
			.execute();
		await touch(trx, moduleId);
		await recordAudit(trx, { actorId: actor.id, action: 'lesson.update', subjectType: 'module', subjectId: moduleId, after: { lessonId } });
	});
}

/** Soft delete: learners keep their progress rows; the lesson leaves the next published version. */
export async function deleteLesson(db: Db, actor: Actor, moduleId: number, lessonId: number): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await mustFindLesson(trx, moduleId, lessonId);
		await trx.updateTable('lesson').set({ deleted_at: new Date() }).where('id', '=', lessonId).execute();
		await renumber(trx, moduleId);
		await touch(trx, moduleId);
		await recordAudit(trx, { actorId: actor.id, action: 'lesson.delete', subjectType: 'module', subjectId: moduleId, after: { lessonId } });
	});
}

async function renumber(db: Db, moduleId: number, order?: number[]) {
	const ids = order ?? (await activeLessons(db, moduleId)).map((l) => l.id);
	for (const [i, id] of ids.entries()) await db.updateTable('lesson').set({ position: i + 1 }).where('id', '=', id).execute();
}

export function activeLessons(db: Db, moduleId: number) {
	return db.selectFrom('lesson').selectAll().where('module_id', '=', moduleId).where('deleted_at', 'is', null).orderBy('position').orderBy('id').execute();
}

/** Moves a lesson one place up (-1) or down (+1). */
export async function moveLesson(db: Db, actor: Actor, moduleId: number, lessonId: number, by: -1 | 1): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await trx.selectFrom('module').select('id').where('id', '=', moduleId).forUpdate().executeTakeFirst();
		const ids = (await activeLessons(trx, moduleId)).map((l) => l.id);
		const i = ids.indexOf(lessonId);
		if (i < 0) throw new NotFound();
		const j = i + by;
		if (j < 0 || j >= ids.length) return;
		[ids[i], ids[j]] = [ids[j], ids[i]];
		await renumber(trx, moduleId, ids);
		await touch(trx, moduleId);
		await recordAudit(trx, { actorId: actor.id, action: 'lesson.move', subjectType: 'module', subjectId: moduleId, after: { order: ids } });
	});
}

/** Freezes the current draft as what learners see, until the next publish. */
export async function publishModule(db: Db, actor: Actor, moduleId: number): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const m = await mustFindModule(trx, moduleId);
		const lessons = await activeLessons(trx, moduleId);
		if (lessons.length === 0) throw new Conflict('content_publish_empty');
		const snapshot: PublishedModule = {
			title: m.title,
			summary: m.summary,
			hours: Number(m.hours),
			lessons: await Promise.all(
				lessons.map(async (l) => ({
					id: l.id,
					position: l.position,
					title: l.title,
					body: l.body,
					videoUrl: l.video_url,
					media: (await listLessonMedia(trx, l.id)).map(({ mediaId: _m, position: _p, ...item }) => item)
				}))
			)
		};
		await trx
			.updateTable('module')
			.set({ status: 'published', published_content: JSON.stringify(snapshot), published_at: new Date(), has_unpublished_changes: false })
			.where('id', '=', moduleId)
			.execute();
		await recordAudit(trx, { actorId: actor.id, action: 'module.publish', subjectType: 'module', subjectId: moduleId, after: { lessons: lessons.length } });
	});
}

/** Hides the module from learners; their enrolments and progress stay. */
export async function unpublishModule(db: Db, actor: Actor, moduleId: number): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const m = await mustFindModule(trx, moduleId);
		if (m.status !== 'published') return;
		await trx.updateTable('module').set({ status: 'unpublished' }).where('id', '=', moduleId).execute();
		await recordAudit(trx, { actorId: actor.id, action: 'module.unpublish', subjectType: 'module', subjectId: moduleId });
	});
}

/** An uploaded image becomes the module's cover (shown on learners' home pages). */
export async function setModuleCover(db: Db, actor: Actor, moduleId: number, fileId: number | null): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await mustFindModule(trx, moduleId);
		if (fileId !== null) {
			const file = await trx.selectFrom('stored_file').select('kind').where('id', '=', fileId).executeTakeFirst();
			if (!file) throw new NotFound();
			if (file.kind !== 'image') throw new Invalid('media_role_mismatch', { file: 'media_role_mismatch' });
		}
		await trx.updateTable('module').set({ cover_file_id: fileId, updated_at: new Date() }).where('id', '=', moduleId).execute();
		await recordAudit(trx, { actorId: actor.id, action: 'module.cover', subjectType: 'module', subjectId: moduleId, after: { fileId } });
	});
}
