// Rules and transactions of success stories: who may see and edit them, their records, photos and consent.
import type { Db } from '../db/index';
import type { PersonActor } from '../actor';
import type { Role } from '../db/schema';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors';
import { recordAudit } from '../audit/audit.repository';
import { checkUpload } from '../media/checks';
import { storeUpload } from '../media/media.service';
import type { FileStorage } from '../media/storage';
import { localDay } from '../time';
import { cleanText } from '../pdf/text';
import { LINK_KINDS, MAX_BODY, MAX_PHOTOS, MAX_TITLE, SCOPES, allowsReport, isDay, parseLink } from './rules';
import * as repo from './stories.repository';
import type { ConsentScope, StoryLinkKind } from './tables';

export type Actor = PersonActor;

export interface StoryInput {
	learnerId?: string;
	titleAr: string;
	titleFr: string;
	bodyAr: string;
	bodyFr: string;
	links: string[];
}

const coachScope = (actor: Actor) => (actor.role === 'admin' ? null : actor.id);
const oneLine = (s: string) => cleanText(s ?? '');
const paragraphs = (s: string) =>
	(s ?? '')
		.normalize('NFC')
		.replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
		.replace(/\r\n?/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();

/** An admin reaches every councillor; a coach only hers; anyone else nobody. */
async function assertReaches(db: Db, actor: Actor, learnerId: number): Promise<void> {
	if (actor.role === 'admin') return;
	if (actor.role !== 'trainer' || !(await repo.isCoachOf(db, actor.id, learnerId))) throw new Forbidden('story_not_your_councillor');
}

async function storyFor(db: Db, actor: Actor, id: number) {
	const story = await repo.findStory(db, id);
	if (!story) throw new NotFound();
	await assertReaches(db, actor, story.learner_id);
	return story;
}

export async function listStories(db: Db, actor: Actor) {
	const rows = await repo.listStories(db, coachScope(actor));
	return rows.map((r) => ({
		id: r.id,
		titleAr: r.title_ar,
		titleFr: r.title_fr,
		learner: { id: r.learner_id, nameAr: r.name_ar, nameLatin: r.name_latin },
		consent: r.scope ? { scope: r.scope, givenOn: r.given_on! } : null,
		inReport: allowsReport(r.scope ? { scope: r.scope, withdrawnOn: null } : null),
		photos: r.photos
	}));
}

export async function councillorChoices(db: Db, actor: Actor) {
	return (await repo.councillors(db, coachScope(actor))).map((u) => ({ id: u.id, nameAr: u.name_ar, nameLatin: u.name_latin }));
}

/** The records of one councillor a story can rest on (after checking the actor reaches her). */
export async function recordChoices(db: Db, actor: Actor, learnerId: number) {
	await assertReaches(db, actor, learnerId);
	if (!(await repo.findLearner(db, learnerId))) throw new NotFound();
	const r = await repo.recordsOf(db, learnerId);
	return [
		...r.interventions.map((i) => ({ key: `intervention:${i.id}`, kind: 'intervention' as StoryLinkKind, id: i.id, label: i.summary, date: i.date, status: i.status })),
		...r.memos.map((m) => ({ key: `memo:${m.id}`, kind: 'memo' as StoryLinkKind, id: m.id, label: m.title_ar || m.title_fr, labelFr: m.title_fr || m.title_ar, date: null, status: m.status })),
		...r.goals.map((g) => ({ key: `plan_goal:${g.id}`, kind: 'plan_goal' as StoryLinkKind, id: g.id, label: g.text, date: null, status: g.status }))
	];
}

async function checkInput(db: Db, actor: Actor, learnerId: number, input: StoryInput) {
	const f: Record<string, string> = {};
	const v = { title_ar: oneLine(input.titleAr), title_fr: oneLine(input.titleFr), body_ar: paragraphs(input.bodyAr), body_fr: paragraphs(input.bodyFr) };
	if (!v.title_ar && !v.title_fr) f.titleAr = 'story_title_required';
	if (v.title_ar.length > MAX_TITLE) f.titleAr = 'story_too_long';
	if (v.title_fr.length > MAX_TITLE) f.titleFr = 'story_too_long';
	if (v.body_ar.length > MAX_BODY) f.bodyAr = 'story_too_long';
	if (v.body_fr.length > MAX_BODY) f.bodyFr = 'story_too_long';
	const links: { kind: StoryLinkKind; recordId: number }[] = [];
	const allowed = new Set((await recordChoices(db, actor, learnerId)).map((r) => r.key));
	for (const raw of new Set(input.links)) {
		const l = parseLink(raw);
		if (!l || !LINK_KINDS.includes(l.kind) || !allowed.has(raw.trim())) f.links = 'story_link_not_hers';
		else links.push(l);
	}
	if (Object.keys(f).length) throw new Invalid('error_invalid_form', f);
	return { v, links };
}

export async function createStory(db: Db, actor: Actor, input: StoryInput): Promise<number> {
	const learnerId = Number(input.learnerId);
	if (!Number.isSafeInteger(learnerId) || learnerId <= 0 || !(await repo.findLearner(db, learnerId))) {
		throw new Invalid('error_invalid_form', { learnerId: 'story_councillor_required' });
	}
	await assertReaches(db, actor, learnerId);
	const { v, links } = await checkInput(db, actor, learnerId, input);
	return db.transaction().execute(async (trx) => {
		const id = await repo.insertStory(trx, { ...v, learner_id: learnerId, created_by: actor.id });
		await repo.replaceLinks(trx, id, links);
		await recordAudit(trx, { actorId: actor.id, action: 'story.create', subjectType: 'success_story', subjectId: id, after: { learnerId, ...v, links } });
		return id;
	});
}

export async function updateStory(db: Db, actor: Actor, id: number, input: StoryInput): Promise<void> {
	const story = await storyFor(db, actor, id);
	const { v, links } = await checkInput(db, actor, story.learner_id, input);
	const before = await repo.storyLinks(db, id);
	await db.transaction().execute(async (trx) => {
		await repo.updateStory(trx, id, v);
		await repo.replaceLinks(trx, id, links);
		await recordAudit(trx, {
			actorId: actor.id,
			action: 'story.update',
			subjectType: 'success_story',
			subjectId: id,
			before: { title_ar: story.title_ar, title_fr: story.title_fr, body_ar: story.body_ar, body_fr: story.body_fr, links: before },
			after: { ...v, links }
		});
	});
}

/** One story as its page shows it: text, records (with labels), photos, consent history. */
export async function getStory(db: Db, actor: Actor, id: number) {
	const story = await storyFor(db, actor, id);
	const [learner, links, photos, consents, records] = await Promise.all([
		repo.findLearner(db, story.learner_id),
		repo.storyLinks(db, id),
		repo.storyPhotos(db, [id]),
		repo.consentsOf(db, id),
		recordChoices(db, actor, story.learner_id)
	]);
	const current = consents.find((c) => c.withdrawn_on === null) ?? null;
	return {
		id,
		learner: { id: story.learner_id, nameAr: learner?.name_ar ?? '', nameLatin: learner?.name_latin ?? '' },
		titleAr: story.title_ar,
		titleFr: story.title_fr,
		bodyAr: story.body_ar,
		bodyFr: story.body_fr,
		links: links.map((l) => `${l.kind}:${l.record_id}`),
		records,
		photos: photos.map((p) => ({ id: p.id, fileId: p.file_id, caption: p.caption, width: p.width, height: p.height })),
		consents: consents.map((c) => ({
			id: c.id,
			scope: c.scope,
			givenOn: c.given_on,
			withdrawnOn: c.withdrawn_on,
			recordedBy: { nameAr: c.recorded_ar ?? '', nameLatin: c.recorded_latin ?? '' },
			withdrawnBy: c.withdrawn_on ? { nameAr: c.withdrawn_ar ?? '', nameLatin: c.withdrawn_latin ?? '' } : null
		})),
		current: current ? { scope: current.scope, givenOn: current.given_on } : null,
		inReport: allowsReport(current ? { scope: current.scope, withdrawnOn: null } : null)
	};
}

const IMAGE_MIMES = ['image/jpeg', 'image/png', 'image/webp'];

/** A photo, checked by its bytes (an image of an accepted type, within the image size limit) before it is stored. */
export async function addPhoto(db: Db, actor: Actor, id: number, upload: { bytes: Uint8Array; name: string } | null, caption: string, storage?: FileStorage): Promise<number> {
	await storyFor(db, actor, id);
	if (!upload || upload.bytes.byteLength === 0) throw new Invalid('error_invalid_form', { photo: 'media_file_empty' });
	if ((await repo.countPhotos(db, id)) >= MAX_PHOTOS) throw new Invalid('story_too_many_photos', { photo: 'story_too_many_photos' }, { max: MAX_PHOTOS });
	const detected = await checkUpload(upload.bytes);
	if (detected.kind !== 'image' || !IMAGE_MIMES.includes(detected.mime)) throw new Invalid('story_photo_type', { photo: 'story_photo_type' });
	const file = await storeUpload(db, actor, upload, storage);
	return db.transaction().execute(async (trx) => {
		const photoId = await repo.insertPhoto(trx, id, file.id, oneLine(caption).slice(0, 200), actor.id);
		await recordAudit(trx, { actorId: actor.id, action: 'story.photo.add', subjectType: 'success_story', subjectId: id, after: { photoId, fileId: file.id } });
		return photoId;
	});
}

export async function removePhoto(db: Db, actor: Actor, id: number, photoId: number): Promise<void> {
	await storyFor(db, actor, id);
	await db.transaction().execute(async (trx) => {
		const row = await repo.deletePhoto(trx, id, photoId);
		// Already removed (a second click, another tab): nothing left to do.
		if (!row) return;
		await recordAudit(trx, { actorId: actor.id, action: 'story.photo.remove', subjectType: 'success_story', subjectId: id, before: { photoId, fileId: row.file_id } });
	});
}

/** Her consent as she gave it (the day, the scope), recorded by the actor; one current consent at a time. */
export async function recordConsent(db: Db, actor: Actor, id: number, input: { scope: string; givenOn: string }, now = new Date()): Promise<void> {
	await storyFor(db, actor, id);
	const f: Record<string, string> = {};
	if (!SCOPES.includes(input.scope as ConsentScope)) f.scope = 'error_invalid_choice';
	if (!isDay(input.givenOn)) f.givenOn = 'story_day_invalid';
	else if (input.givenOn > localDay(now)) f.givenOn = 'story_day_future';
	if (Object.keys(f).length) throw new Invalid('error_invalid_form', f);
	await db.transaction().execute(async (trx) => {
		if (await repo.current(trx, id)) throw new Conflict('story_consent_exists');
		const consentId = await repo.insertConsent(trx, { story_id: id, scope: input.scope as ConsentScope, given_on: input.givenOn, recorded_by: actor.id });
		await recordAudit(trx, { actorId: actor.id, action: 'story.consent.record', subjectType: 'success_story', subjectId: id, after: { consentId, scope: input.scope, givenOn: input.givenOn } });
	});
}

/** She withdraws her consent: kept in the history, and the story leaves every report made from now on. */
export async function withdrawConsent(db: Db, actor: Actor, id: number, input: { withdrawnOn: string }, now = new Date()): Promise<void> {
	await storyFor(db, actor, id);
	const on = input.withdrawnOn || localDay(now);
	if (!isDay(on)) throw new Invalid('error_invalid_form', { withdrawnOn: 'story_day_invalid' });
	if (on > localDay(now)) throw new Invalid('error_invalid_form', { withdrawnOn: 'story_day_future' });
	await db.transaction().execute(async (trx) => {
		const c = await repo.current(trx, id);
		if (!c) throw new Conflict('story_consent_none');
		if (on < c.given_on) throw new Invalid('error_invalid_form', { withdrawnOn: 'story_withdrawn_before_given' });
		await repo.withdraw(trx, c.id, on, actor.id);
		await recordAudit(trx, { actorId: actor.id, action: 'story.consent.withdraw', subjectType: 'success_story', subjectId: id, before: { consentId: c.id, scope: c.scope, givenOn: c.given_on }, after: { withdrawnOn: on } });
	});
}

export interface ReportStory {
	id: number;
	title: { ar: string; fr: string };
	body: { ar: string; fr: string };
	councillor: { nameAr: string; nameLatin: string };
	commune: { ar: string; fr: string } | null;
	photo: { fileId: number; storageKey: string; mime: string; width: number | null; height: number | null; caption: string } | null;
}

/** The stories a report may carry: current consent of scope report or public, with their first photo. */
export async function reportStories(db: Db): Promise<ReportStory[]> {
	const rows = await repo.reportable(db);
	const photos = await repo.storyPhotos(db, rows.map((r) => r.id));
	return rows.map((r) => {
		const p = photos.find((x) => x.story_id === r.id);
		return {
			id: r.id,
			title: { ar: r.title_ar || r.title_fr, fr: r.title_fr || r.title_ar },
			body: { ar: r.body_ar || r.body_fr, fr: r.body_fr || r.body_ar },
			councillor: { nameAr: r.name_ar, nameLatin: r.name_latin },
			commune: r.commune_ar ? { ar: r.commune_ar, fr: r.commune_fr ?? r.commune_ar } : null,
			photo: p ? { fileId: p.file_id, storageKey: p.storage_key, mime: p.mime, width: p.width, height: p.height, caption: p.caption } : null
		};
	});
}
