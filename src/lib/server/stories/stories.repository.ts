// All SQL of success stories and consent.
import { sql } from 'kysely';
import type { Db } from '../db/index';
import type { ConsentScope, StoryLinkKind } from './tables';

export async function isCoachOf(db: Db, coachId: number, learnerId: number): Promise<boolean> {
	return !!(await db.selectFrom('coach_assignment').select('learner_id').where('coach_id', '=', coachId).where('learner_id', '=', learnerId).executeTakeFirst());
}

/** The councillors a story may be about: every learner for an admin, hers for a coach. */
export async function councillors(db: Db, coachId: number | null) {
	let q = db.selectFrom('app_user as u').select(['u.id', 'u.name_ar', 'u.name_latin']).where('u.role', '=', 'learner').where('u.disabled_at', 'is', null);
	if (coachId !== null) q = q.where('u.id', 'in', db.selectFrom('coach_assignment').select('learner_id').where('coach_id', '=', coachId));
	return q.orderBy('u.name_latin').orderBy('u.id').execute();
}

export function findLearner(db: Db, id: number) {
	return db.selectFrom('app_user').select(['id', 'name_ar', 'name_latin']).where('id', '=', id).where('role', '=', 'learner').executeTakeFirst();
}

/** Her records a story can rest on: her interventions, the memos she carried, the goals of her plan. */
export async function recordsOf(db: Db, learnerId: number) {
	const [interventions, memos, goals] = await Promise.all([
		db
			.selectFrom('intervention as i')
			.innerJoin('council_sitting as s', 's.id', 'i.sitting_id')
			.select(['i.id', 'i.summary', 'i.status', sql<string>`s.sitting_date::text`.as('date')])
			.where('i.learner_id', '=', learnerId)
			.orderBy('s.sitting_date', 'desc')
			.execute(),
		db
			.selectFrom('memo as m')
			.innerJoin('memo_carrier as c', 'c.memo_id', 'm.id')
			.select(['m.id', 'm.title_ar', 'm.title_fr', 'm.status'])
			.where('c.learner_id', '=', learnerId)
			.orderBy('m.id')
			.execute(),
		db
			.selectFrom('plan_goal as g')
			.innerJoin('development_plan as p', 'p.id', 'g.plan_id')
			.select(['g.id', 'g.text', 'g.status'])
			.where('p.learner_id', '=', learnerId)
			.orderBy('g.position')
			.orderBy('g.id')
			.execute()
	]);
	return { interventions, memos, goals };
}

const currentConsent = (db: Db) =>
	db
		.selectFrom('story_consent')
		.select(['story_id', 'scope', sql<string>`given_on::text`.as('given_on')])
		.where('withdrawn_at', 'is', null);

export async function listStories(db: Db, coachId: number | null) {
	let q = db
		.selectFrom('success_story as s')
		.innerJoin('app_user as u', 'u.id', 's.learner_id')
		.leftJoin(currentConsent(db).as('c'), 'c.story_id', 's.id')
		.select([
			's.id',
			's.learner_id',
			's.title_ar',
			's.title_fr',
			'u.name_ar',
			'u.name_latin',
			'c.scope',
			'c.given_on',
			's.updated_at',
			sql<number>`(select count(*)::int from story_photo p where p.story_id = s.id)`.as('photos')
		]);
	if (coachId !== null) q = q.where('s.learner_id', 'in', db.selectFrom('coach_assignment').select('learner_id').where('coach_id', '=', coachId));
	return q.orderBy('s.updated_at', 'desc').orderBy('s.id', 'desc').execute();
}

export function findStory(db: Db, id: number) {
	return db.selectFrom('success_story').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function storyLinks(db: Db, storyId: number) {
	return db.selectFrom('story_link').select(['kind', 'record_id']).where('story_id', '=', storyId).orderBy('kind').orderBy('record_id').execute();
}

export async function storyPhotos(db: Db, storyIds: number[]) {
	if (!storyIds.length) return [];
	return db
		.selectFrom('story_photo as p')
		.innerJoin('stored_file as f', 'f.id', 'p.file_id')
		.select(['p.id', 'p.story_id', 'p.file_id', 'p.caption', 'p.position', 'f.storage_key', 'f.mime', 'f.width', 'f.height', 'f.original_name'])
		.where('p.story_id', 'in', storyIds)
		.orderBy('p.story_id')
		.orderBy('p.position')
		.orderBy('p.id')
		.execute();
}

export async function consentsOf(db: Db, storyId: number) {
	return db
		.selectFrom('story_consent as c')
		.leftJoin('app_user as r', 'r.id', 'c.recorded_by')
		.leftJoin('app_user as w', 'w.id', 'c.withdrawn_by')
		.select([
			'c.id',
			'c.scope',
			sql<string>`c.given_on::text`.as('given_on'),
			sql<string | null>`c.withdrawn_on::text`.as('withdrawn_on'),
			'r.name_ar as recorded_ar',
			'r.name_latin as recorded_latin',
			'w.name_ar as withdrawn_ar',
			'w.name_latin as withdrawn_latin'
		])
		.where('c.story_id', '=', storyId)
		.orderBy('c.id', 'desc')
		.execute();
}

export async function insertStory(db: Db, v: { learner_id: number; title_ar: string; title_fr: string; body_ar: string; body_fr: string; created_by: number }) {
	return (await db.insertInto('success_story').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateStory(db: Db, id: number, v: { title_ar: string; title_fr: string; body_ar: string; body_fr: string }) {
	await db.updateTable('success_story').set({ ...v, updated_at: new Date() }).where('id', '=', id).execute();
}

export async function replaceLinks(db: Db, storyId: number, links: { kind: StoryLinkKind; recordId: number }[]) {
	await db.deleteFrom('story_link').where('story_id', '=', storyId).execute();
	if (links.length) await db.insertInto('story_link').values(links.map((l) => ({ story_id: storyId, kind: l.kind, record_id: l.recordId }))).execute();
}

export async function insertPhoto(db: Db, storyId: number, fileId: number, caption: string, addedBy: number) {
	const last = await db.selectFrom('story_photo').select((eb) => eb.fn.max('position').as('max')).where('story_id', '=', storyId).executeTakeFirst();
	return (
		await db
			.insertInto('story_photo')
			.values({ story_id: storyId, file_id: fileId, caption, position: Number(last?.max ?? -1) + 1, added_by: addedBy })
			.returning('id')
			.executeTakeFirstOrThrow()
	).id;
}

export async function countPhotos(db: Db, storyId: number): Promise<number> {
	const r = await db.selectFrom('story_photo').select(sql<number>`count(*)::int`.as('n')).where('story_id', '=', storyId).executeTakeFirstOrThrow();
	return r.n;
}

export async function deletePhoto(db: Db, storyId: number, photoId: number) {
	return db.deleteFrom('story_photo').where('id', '=', photoId).where('story_id', '=', storyId).returning(['file_id']).executeTakeFirst();
}

export async function current(db: Db, storyId: number) {
	return db
		.selectFrom('story_consent')
		.select(['id', 'scope', sql<string>`given_on::text`.as('given_on')])
		.where('story_id', '=', storyId)
		.where('withdrawn_at', 'is', null)
		.forUpdate()
		.executeTakeFirst();
}

export async function insertConsent(db: Db, v: { story_id: number; scope: ConsentScope; given_on: string; recorded_by: number }) {
	return (await db.insertInto('story_consent').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export async function withdraw(db: Db, consentId: number, on: string, by: number) {
	await db.updateTable('story_consent').set({ withdrawn_on: on, withdrawn_by: by, withdrawn_at: new Date() }).where('id', '=', consentId).execute();
}

/** Stories whose current consent covers reports, with the councillor's commune. */
export async function reportable(db: Db) {
	return db
		.selectFrom('success_story as s')
		.innerJoin('story_consent as c', (j) => j.onRef('c.story_id', '=', 's.id').on('c.withdrawn_at', 'is', null))
		.innerJoin('app_user as u', 'u.id', 's.learner_id')
		.leftJoin('commune as m', 'm.id', 'u.commune_id')
		.select(['s.id', 's.title_ar', 's.title_fr', 's.body_ar', 's.body_fr', 'u.name_ar', 'u.name_latin', 'm.name_ar as commune_ar', 'm.name_fr as commune_fr', 'c.scope'])
		.where('c.scope', 'in', ['report', 'public'])
		.orderBy('s.id')
		.execute();
}
