import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { DbHandle } from '../../src/lib/server/db/index';
import { Conflict, Forbidden, Invalid } from '../../src/lib/server/errors';
import { seedDemo } from '../../src/lib/server/demo/seed';
import { DEMO_TRAINERS, demoLearner } from '../../src/lib/server/demo/people';
import { localStorage, type FileStorage } from '../../src/lib/server/media/storage';
import { addPhoto, createStory, getStory, listStories, recordChoices, recordConsent, reportStories, updateStory, withdrawConsent, type Actor } from '../../src/lib/server/stories/stories.service';
import { freshDb } from './db';

let h: DbHandle;
let admin: Actor;
let trainer1: Actor;
let trainer2: Actor;
let learner1: number;
let learner21: number;
let dir: string;
let storage: FileStorage;

const idOf = async (login: string) => (await h.db.selectFrom('app_user').select('id').where('login', '=', login).executeTakeFirstOrThrow()).id;
const audits = async (action: string) => (await h.db.selectFrom('audit_event').select('id').where('action', '=', action).execute()).length;
const titles = async () => (await reportStories(h.db)).map((s) => s.title.fr);

beforeAll(async () => {
	h = await freshDb();
	await seedDemo(h.db);
	admin = { id: await idOf('admin@amssawas.ma'), role: 'admin' };
	trainer1 = { id: await idOf(DEMO_TRAINERS[0].login), role: 'trainer' };
	trainer2 = { id: await idOf(DEMO_TRAINERS[1].login), role: 'trainer' };
	learner1 = await idOf(demoLearner(1).login);
	learner21 = await idOf(demoLearner(21).login);
	dir = mkdtempSync(join(tmpdir(), 'stories-'));
	storage = localStorage(dir);
}, 180_000);
afterAll(async () => {
	await h?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the demo stories', () => {
	it('puts into the report only the two with a report or public consent', async () => {
		expect((await listStories(h.db, admin)).length).toBe(3);
		const inReport = await reportStories(h.db);
		expect(inReport.map((s) => s.title.fr).sort()).toEqual(['Les femmes des douars dans le programme d’action de la commune', 'Une note pour l’instance de l’équité']);
	});
});

describe('consent decides what the report carries', () => {
	it('internal keeps a story out; report brings it in; withdrawal takes it out of the next report', async () => {
		const records = await recordChoices(h.db, trainer1, learner1);
		const intervention = records.find((r) => r.kind === 'intervention')!;
		const id = await createStory(h.db, trainer1, { learnerId: String(learner1), titleAr: 'قصة', titleFr: 'Récit test', bodyAr: 'نص', bodyFr: 'Texte', links: [intervention.key] });
		expect(await audits('story.create')).toBe(1);
		expect(await titles()).not.toContain('Récit test');

		await recordConsent(h.db, trainer1, id, { scope: 'internal', givenOn: '2026-01-10' });
		expect(await titles()).not.toContain('Récit test');
		await expect(recordConsent(h.db, trainer1, id, { scope: 'report', givenOn: '2026-01-11' })).rejects.toBeInstanceOf(Conflict);

		await withdrawConsent(h.db, trainer1, id, { withdrawnOn: '2026-01-12' });
		await recordConsent(h.db, admin, id, { scope: 'report', givenOn: '2026-01-12' });
		expect(await titles()).toContain('Récit test');

		await withdrawConsent(h.db, admin, id, { withdrawnOn: '' });
		expect(await titles()).not.toContain('Récit test');
		const story = await getStory(h.db, admin, id);
		expect(story.current).toBeNull();
		expect(story.consents).toHaveLength(2);
		expect(story.consents.every((c) => c.withdrawnOn !== null)).toBe(true);
		expect(story.links).toEqual([intervention.key]);
		expect(await audits('story.consent.record')).toBe(2);
		expect(await audits('story.consent.withdraw')).toBe(2);
	});

	it('refuses a consent in the future, an unknown scope, and a withdrawal before it was given', async () => {
		const id = await createStory(h.db, admin, { learnerId: String(learner1), titleAr: '', titleFr: 'Dates', bodyAr: '', bodyFr: '', links: [] });
		await expect(recordConsent(h.db, admin, id, { scope: 'report', givenOn: '2999-01-01' })).rejects.toBeInstanceOf(Invalid);
		await expect(recordConsent(h.db, admin, id, { scope: 'everyone', givenOn: '2026-01-01' })).rejects.toBeInstanceOf(Invalid);
		await recordConsent(h.db, admin, id, { scope: 'public', givenOn: '2026-02-01' });
		await expect(withdrawConsent(h.db, admin, id, { withdrawnOn: '2026-01-01' })).rejects.toBeInstanceOf(Invalid);
		expect(await titles()).toContain('Dates');
	});
});

describe('a coach and the stories of councillors not hers', () => {
	it('cannot see, edit, link or record consent for them', async () => {
		const theirs = (await listStories(h.db, admin)).find((s) => s.learner.id === learner21)!;
		expect((await listStories(h.db, trainer1)).map((s) => s.id)).not.toContain(theirs.id);
		expect((await listStories(h.db, trainer2)).map((s) => s.id)).toContain(theirs.id);
		await expect(getStory(h.db, trainer1, theirs.id)).rejects.toBeInstanceOf(Forbidden);
		await expect(updateStory(h.db, trainer1, theirs.id, { titleAr: 'x', titleFr: 'x', bodyAr: '', bodyFr: '', links: [] })).rejects.toBeInstanceOf(Forbidden);
		await expect(withdrawConsent(h.db, trainer1, theirs.id, { withdrawnOn: '' })).rejects.toBeInstanceOf(Forbidden);
		await expect(createStory(h.db, trainer1, { learnerId: String(learner21), titleAr: 'x', titleFr: '', bodyAr: '', bodyFr: '', links: [] })).rejects.toBeInstanceOf(Forbidden);
		await expect(recordChoices(h.db, trainer1, learner21)).rejects.toBeInstanceOf(Forbidden);
		// The consent of the story she cannot reach is untouched.
		expect((await getStory(h.db, trainer2, theirs.id)).current?.scope).toBe('public');
	});

	it('cannot link a record of another councillor to her own councillor’s story', async () => {
		const other = (await recordChoices(h.db, admin, learner21)).find((r) => r.kind === 'plan_goal')!;
		await expect(createStory(h.db, trainer1, { learnerId: String(learner1), titleAr: 'x', titleFr: '', bodyAr: '', bodyFr: '', links: [other.key] })).rejects.toBeInstanceOf(Invalid);
	});
});

describe('photos', () => {
	it('keeps an image checked by its bytes, refuses a PDF or a fake image, and the report shows the first photo', async () => {
		const mine = (await listStories(h.db, trainer1)).find((s) => s.inReport)!;
		const jpeg = new Uint8Array(await sharp({ create: { width: 320, height: 240, channels: 3, background: '#884422' } }).jpeg().toBuffer());
		await addPhoto(h.db, trainer1, mine.id, { bytes: jpeg, name: 'reunion.jpg' }, 'Réunion au douar', storage);
		const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');
		await expect(addPhoto(h.db, trainer1, mine.id, { bytes: pdf, name: 'x.jpg' }, '', storage)).rejects.toBeInstanceOf(Invalid);
		await expect(addPhoto(h.db, trainer1, mine.id, { bytes: new TextEncoder().encode('<svg/>'), name: 'x.png' }, '', storage)).rejects.toBeInstanceOf(Invalid);
		const story = (await reportStories(h.db)).find((s) => s.id === mine.id)!;
		expect(story.photo?.mime).toBe('image/jpeg');
		expect(story.photo?.caption).toBe('Réunion au douar');
		expect(await audits('story.photo.add')).toBe(1);
	});
});
