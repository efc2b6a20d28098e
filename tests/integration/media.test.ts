import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { Invalid, NotFound } from '../../src/lib/server/errors';
import {
	attachToLesson,
	canReadFile,
	detachFromLesson,
	getFile,
	listLessonMedia,
	storeUpload,
	variantKey,
	withUpload
} from '../../src/lib/server/media/media.service';
import { deleteLesson, publishModule } from '../../src/lib/server/content/content.service';
import { fileResponse } from '../../src/lib/server/media/serve';
import { localStorage, type FileStorage } from '../../src/lib/server/media/storage';
import { databaseStorage } from '../../src/lib/server/media/db-storage';
import { freshDb } from './db';
import { makeUser, enrol as enrolIn, makeLesson, makeModule } from './factories';

let h: DbHandle;
let dir: string;
let storage: FileStorage;
let trainer: { id: number; role: 'trainer' };
let admin: { id: number; role: 'admin' };
let storedObjects: () => Promise<number>;

type Backend = 'local' | 'database';

async function setUp(backend: Backend) {
	h = await freshDb();
	dir = mkdtempSync(join(tmpdir(), 'amssawas-media-'));
	// A small chunk size so that ranges and whole files cross chunk boundaries.
	storage = backend === 'local' ? localStorage(join(dir, 'files')) : databaseStorage(h.db, 1000);
	storedObjects = backend === 'local' ? async () => filesOnDisk() : async () => Number((await h.db.selectFrom('file_object').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
	trainer = { id: (await makeUser(h.db, { role: 'trainer' })).id, role: 'trainer' };
	admin = { id: (await makeUser(h.db, { role: 'admin' })).id, role: 'admin' };
}
async function tearDown() {
	await h.close();
	rmSync(dir, { recursive: true, force: true });
}

const jpeg = (width: number, height: number) =>
	sharp({ create: { width, height, channels: 3, background: '#2e86c1' } }).jpeg().toBuffer().then((b) => new Uint8Array(b));
const mp3 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(413 * 20, 0x55)]));
const pdf = new Uint8Array(Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'));
const filesOnDisk = () => (existsSync(join(dir, 'files')) ? readdirSync(join(dir, 'files'), { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length : 0);

let seq = 0;
async function moduleWithLesson(status: 'draft' | 'published' | 'unpublished', coverFileId: number | null = null) {
	seq += 1;
	const moduleId = await makeModule(h.db, { slug: `media-test-${seq}`, title: { ar: `وحدة ${seq}`, fr: `Module ${seq}` }, status, coverFileId });
	return { moduleId, lessonId: await makeLesson(h.db, moduleId) };
}
const enrol = (userId: number, moduleId: number, status: 'active' | 'withdrawn' = 'active') => enrolIn(h.db, userId, moduleId, status);
async function learner() {
	return { id: (await makeUser(h.db)).id, role: 'learner' as const };
}

describe.each<Backend>(['local', 'database'])('with %s file storage', (backend) => {
	beforeAll(() => setUp(backend));
	afterAll(tearDown);

	describe('storing uploads', () => {
		it('leaves nothing behind when the save that refers to an upload fails (a photo and its variants, or a PDF)', async () => {
			const rows = async () => (await h.db.selectFrom('stored_file').select('id').execute()).length;
			const [rowsBefore, objectsBefore] = [await rows(), await storedObjects()];
			for (const upload of [{ bytes: await jpeg(1000, 700), name: 'pv.jpg' }, { bytes: pdf, name: 'pv.pdf' }]) {
				let seen: number | null = null;
				await expect(
					withUpload(h.db, trainer, upload, storage, async (file) => {
						seen = file!.id;
						throw new Invalid('council_fix_fields', { summary: 'council_too_long' });
					})
				).rejects.toBeInstanceOf(Invalid);
				expect(seen).not.toBeNull();
			}
			expect(await rows()).toBe(rowsBefore);
			expect(await storedObjects()).toBe(objectsBefore);
			// A save that succeeds keeps its file.
			const kept = await withUpload(h.db, trainer, { bytes: pdf, name: 'recu.pdf' }, storage, async (file) => file!.id);
			expect(await getFile(h.db, kept)).toMatchObject({ name: 'recu.pdf' });
			expect(await withUpload(h.db, trainer, null, storage, async (file) => file)).toBeNull();
		});

		it('records an image with its size and hash, under a random key, with phone-sized WebP variants', async () => {
			const bytes = await jpeg(1200, 800);
			const f = await storeUpload(h.db, trainer, { bytes, name: 'C:\\photos\\réunion du conseil.jpg' }, storage);
			expect(f).toMatchObject({ kind: 'image', mime: 'image/jpeg', size: bytes.byteLength, width: 1200, height: 800, name: 'réunion du conseil.jpg' });
			expect(f.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
			const row = await h.db.selectFrom('stored_file').selectAll().where('id', '=', f.id).executeTakeFirstOrThrow();
			expect(row.uploaded_by).toBe(trainer.id);
			expect(row.storage_key).toMatch(/^[a-z2-7]{26}$/);
			for (const [w, expected] of [[480, 480], [960, 960]] as const) {
				const obj = await storage.get(variantKey(row.storage_key, w));
				const buf = Buffer.from(await new Response(obj!.body).arrayBuffer());
				const meta = await sharp(buf).metadata();
				expect(meta).toMatchObject({ format: 'webp', width: expected, height: Math.round((expected * 800) / 1200) });
			}
		});

		it('keeps a phone photo without where and with what it was taken (EXIF, GPS), turned upright; PNG stays lossless', async () => {
			const exif = { IFD0: { Make: 'TestPhoneMaker', Model: 'Model X' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '32/1 20/1 1234/100', GPSLongitudeRef: 'W', GPSLongitude: '6/1 21/1 0/1' } };
			const photo = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#884422' } }).jpeg().withExif(exif).withMetadata({ orientation: 6 }).toBuffer();
			expect((await sharp(photo).metadata()).exif).toBeDefined();
			const f = await storeUpload(h.db, trainer, { bytes: new Uint8Array(photo), name: 'photo.jpg' }, storage);
			const kept = Buffer.from(await new Response((await storage.get((await getFile(h.db, f.id))!.storageKey))!.body).arrayBuffer());
			const meta = await sharp(kept).metadata();
			expect(meta).toMatchObject({ format: 'jpeg', width: 200, height: 300 });
			expect(meta.exif).toBeUndefined();
			expect(meta.orientation).toBeUndefined();
			expect(kept.includes('TestPhoneMaker')).toBe(false);
			expect(f).toMatchObject({ size: kept.byteLength, sha256: createHash('sha256').update(kept).digest('hex'), width: 200, height: 300 });

			const raw = await sharp({ create: { width: 40, height: 30, channels: 4, background: '#10203040' } }).raw().toBuffer();
			const png = await sharp({ create: { width: 40, height: 30, channels: 4, background: '#10203040' } }).png().withExif(exif).toBuffer();
			const p = await storeUpload(h.db, trainer, { bytes: new Uint8Array(png), name: 'map.png' }, storage);
			const keptPng = Buffer.from(await new Response((await storage.get((await getFile(h.db, p.id))!.storageKey))!.body).arrayBuffer());
			expect((await sharp(keptPng).metadata()).exif).toBeUndefined();
			expect(await sharp(keptPng).raw().toBuffer()).toEqual(raw);
		});

		it('never enlarges a small image and records the size after EXIF rotation', async () => {
			const rotated = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#000' } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
			const f = await storeUpload(h.db, trainer, { bytes: new Uint8Array(rotated), name: 'x.jpg' }, storage);
			expect(f).toMatchObject({ width: 200, height: 300 });
			const key = (await getFile(h.db, f.id))!.storageKey;
			const obj = await storage.get(variantKey(key, 960));
			expect(await sharp(Buffer.from(await new Response(obj!.body).arrayBuffer())).metadata()).toMatchObject({ width: 200, height: 300 });
		});

		it('stores audio and PDF as they are', async () => {
			expect(await storeUpload(h.db, trainer, { bytes: mp3, name: 'lecon1.mp3' }, storage)).toMatchObject({ kind: 'audio', mime: 'audio/mpeg', width: null });
			expect(await storeUpload(h.db, trainer, { bytes: pdf, name: 'budget.pdf' }, storage)).toMatchObject({ kind: 'pdf', mime: 'application/pdf' });
		});

		it('records and keeps nothing when a check fails', async () => {
			const rows = async () => Number((await h.db.selectFrom('stored_file').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
			const [before, onDisk] = [await rows(), await storedObjects()];
			const html = new Uint8Array(Buffer.from('<html><script>alert(1)</script></html>'));
			await expect(storeUpload(h.db, trainer, { bytes: html, name: 'photo.jpg' }, storage)).rejects.toMatchObject({ key: 'media_type_refused' });
			// A truncated JPEG: the right magic bytes, but not an image that can be decoded.
			const broken = (await jpeg(50, 50)).slice(0, 40);
			await expect(storeUpload(h.db, trainer, { bytes: broken, name: 'broken.jpg' }, storage)).rejects.toMatchObject({ key: 'media_image_unreadable' });
			await expect(storeUpload(h.db, trainer, { bytes: new Uint8Array(), name: 'empty.pdf' }, storage)).rejects.toBeInstanceOf(Invalid);
			expect(await rows()).toBe(before);
			expect(await storedObjects()).toBe(onDisk);
		});
	});

	describe('lesson media', () => {
		it('attaches by role, checks the kind, lists in order, detaches; the module then has unpublished changes', async () => {
			const { moduleId, lessonId } = await moduleWithLesson('published');
			await h.db.updateTable('module').set({ has_unpublished_changes: false }).where('id', '=', moduleId).execute();
			const img = await storeUpload(h.db, trainer, { bytes: await jpeg(640, 480), name: 'carte.jpg' }, storage);
			const audio = await storeUpload(h.db, trainer, { bytes: mp3, name: 'lecture.mp3' }, storage);
			const doc = await storeUpload(h.db, trainer, { bytes: pdf, name: 'fiche.pdf' }, storage);

			await expect(attachToLesson(h.db, trainer, { lessonId, fileId: img.id, role: 'narration' })).rejects.toMatchObject({ key: 'media_role_mismatch' });
			await expect(attachToLesson(h.db, trainer, { lessonId, fileId: img.id, role: 'image', locale: 'fr' })).rejects.toMatchObject({ fields: { locale: 'error_invalid_choice' } });
			await expect(attachToLesson(h.db, trainer, { lessonId, fileId: img.id, role: 'poster' })).rejects.toMatchObject({ fields: { role: 'error_invalid_choice' } });
			await expect(attachToLesson(h.db, trainer, { lessonId: 999999, fileId: img.id, role: 'image' })).rejects.toBeInstanceOf(NotFound);

			const handout = await attachToLesson(h.db, trainer, { lessonId, fileId: doc.id, role: 'handout' });
			const narration = await attachToLesson(h.db, trainer, { lessonId, fileId: audio.id, role: 'narration', locale: 'ar' });
			await attachToLesson(h.db, trainer, { lessonId, fileId: img.id, role: 'image' });
			const list = await listLessonMedia(h.db, lessonId);
			expect(list.map((m) => [m.role, m.id, m.locale])).toEqual([
				['image', img.id, null],
				['narration', audio.id, 'ar'],
				['handout', doc.id, null]
			]);
			expect(list[0]).toMatchObject({ kind: 'image', mime: 'image/jpeg', width: 640, height: 480, name: 'carte.jpg', size: img.size });
			expect(handout.position).toBe(0);
			expect(narration.position).toBe(1);
			const mod = await h.db.selectFrom('module').select('has_unpublished_changes').where('id', '=', moduleId).executeTakeFirstOrThrow();
			expect(mod.has_unpublished_changes).toBe(true);

			await detachFromLesson(h.db, trainer, { lessonId, mediaId: narration.mediaId });
			expect((await listLessonMedia(h.db, lessonId)).map((m) => m.role)).toEqual(['image', 'handout']);
			await expect(detachFromLesson(h.db, trainer, { lessonId, mediaId: narration.mediaId })).rejects.toBeInstanceOf(NotFound);
			expect(await getFile(h.db, audio.id)).not.toBeNull();
			const events = await h.db.selectFrom('audit_event').select('action').where('subject_type', '=', 'lesson').where('subject_id', '=', String(lessonId)).execute();
			expect(events.map((e) => e.action).sort()).toEqual(['lesson.media.attach', 'lesson.media.attach', 'lesson.media.attach', 'lesson.media.detach']);
		});
	});

	describe('who may read a file', () => {
		it('staff always; a learner only through an active enrolment in a published module', async () => {
			const file = async () => (await storeUpload(h.db, trainer, { bytes: pdf, name: 'f.pdf' }, storage)).id;
			const inLesson = async (status: 'draft' | 'published' | 'unpublished') => {
				const m = await moduleWithLesson(status);
				const id = await file();
				await attachToLesson(h.db, trainer, { lessonId: m.lessonId, fileId: id, role: 'handout' });
				if (status === 'published') await publishModule(h.db, trainer, m.moduleId);
				return { ...m, fileId: id };
			};
			const published = await inLesson('published');
			const draft = await inLesson('draft');
			const unpublished = await inLesson('unpublished');

			const enrolled = await learner();
			await enrol(enrolled.id, published.moduleId);
			await enrol(enrolled.id, draft.moduleId);
			await enrol(enrolled.id, unpublished.moduleId);
			const withdrawn = await learner();
			await enrol(withdrawn.id, published.moduleId, 'withdrawn');
			const stranger = await learner();

			expect(await canReadFile(h.db, enrolled, published.fileId)).toBe(true);
			expect(await canReadFile(h.db, enrolled, draft.fileId)).toBe(false);
			expect(await canReadFile(h.db, enrolled, unpublished.fileId)).toBe(false);
			expect(await canReadFile(h.db, withdrawn, published.fileId)).toBe(false);
			expect(await canReadFile(h.db, stranger, published.fileId)).toBe(false);
			expect(await canReadFile(h.db, null, published.fileId)).toBe(false);
			for (const staff of [trainer, admin]) {
				expect(await canReadFile(h.db, staff, draft.fileId)).toBe(true);
				expect(await canReadFile(h.db, staff, published.fileId)).toBe(true);
				expect(await canReadFile(h.db, staff, 99_999_999)).toBe(false);
			}

			// A file not attached anywhere is for staff only.
			const loose = await file();
			expect(await canReadFile(h.db, enrolled, loose)).toBe(false);
			expect(await canReadFile(h.db, trainer, loose)).toBe(true);

			// Learners read what was published: a file attached since waits for the next publish…
			const later = await file();
			await attachToLesson(h.db, trainer, { lessonId: published.lessonId, fileId: later, role: 'handout' });
			expect(await canReadFile(h.db, enrolled, later)).toBe(false);
			await publishModule(h.db, trainer, published.moduleId);
			expect(await canReadFile(h.db, enrolled, later)).toBe(true);
			// …and a lesson deleted since publishing keeps its files until then too.
			await deleteLesson(h.db, trainer, published.moduleId, published.lessonId);
			expect(await canReadFile(h.db, enrolled, published.fileId)).toBe(true);
			await makeLesson(h.db, published.moduleId, { position: 2, title: { fr: 'Autre' } });
			await publishModule(h.db, trainer, published.moduleId);
			expect(await canReadFile(h.db, enrolled, published.fileId)).toBe(false);
		});

		it("a module's cover: for learners actively enrolled in it once published", async () => {
			const cover = (await storeUpload(h.db, trainer, { bytes: await jpeg(800, 450), name: 'cover.jpg' }, storage)).id;
			const { moduleId } = await moduleWithLesson('draft', cover);
			const enrolled = await learner();
			await enrol(enrolled.id, moduleId);
			const other = await learner();
			expect(await canReadFile(h.db, enrolled, cover)).toBe(false);
			await h.db.updateTable('module').set({ status: 'published' }).where('id', '=', moduleId).execute();
			expect(await canReadFile(h.db, enrolled, cover)).toBe(true);
			expect(await canReadFile(h.db, other, cover)).toBe(false);
			await h.db.updateTable('enrolment').set({ status: 'withdrawn' }).where('user_id', '=', enrolled.id).execute();
			expect(await canReadFile(h.db, enrolled, cover)).toBe(false);
		});
	});

	describe('serving', () => {
		const get = (headers: Record<string, string> = {}, method = 'GET') => new Request('http://localhost/files/1', { method, headers });

		it('sends the whole file with type, length, validators and caching; 304 when unchanged', async () => {
			const stored = await storeUpload(h.db, trainer, { bytes: pdf, name: 'الميزانية.pdf' }, storage);
			const f = (await getFile(h.db, stored.id))!;
			const r = await fileResponse(get(), f, storage);
			expect(r.status).toBe(200);
			expect(Object.fromEntries(r.headers)).toMatchObject({
				'content-type': 'application/pdf',
				'content-length': String(pdf.byteLength),
				etag: `"${f.sha256}"`,
				'cache-control': 'private, max-age=31536000, immutable',
				'x-content-type-options': 'nosniff',
				'accept-ranges': 'bytes'
			});
			expect(r.headers.get('content-disposition')).toMatch(/^attachment; filename="\.pdf"; filename\*=UTF-8''%D8%A7/);
			expect(new Uint8Array(await r.arrayBuffer())).toEqual(pdf);
			const again = await fileResponse(get({ 'if-none-match': `"${f.sha256}"` }), f, storage);
			expect(again.status).toBe(304);
			expect(await again.text()).toBe('');
		});

		it('says in words when a recorded file’s bytes are missing from storage (404)', async () => {
			const stored = await storeUpload(h.db, trainer, { bytes: pdf, name: 'perdu.pdf' }, storage);
			const f = (await getFile(h.db, stored.id))!;
			await storage.delete(f.storageKey);
			const r = await fileResponse(get(), f, storage);
			expect(r.status).toBe(404);
			expect(await r.text()).toBe('هذا الملف غير موجود.');
		});

		it('answers byte ranges of audio with 206 (phones seek in narrations)', async () => {
			const stored = await storeUpload(h.db, trainer, { bytes: mp3, name: 'n.mp3' }, storage);
			const f = (await getFile(h.db, stored.id))!;
			const r = await fileResponse(get({ range: 'bytes=100-199' }), f, storage);
			expect(r.status).toBe(206);
			expect(r.headers.get('content-range')).toBe(`bytes 100-199/${mp3.byteLength}`);
			expect(r.headers.get('content-length')).toBe('100');
			expect(r.headers.get('content-disposition')).toMatch(/^inline;/);
			expect(new Uint8Array(await r.arrayBuffer())).toEqual(mp3.slice(100, 200));
			const tail = await fileResponse(get({ range: 'bytes=-10' }), f, storage);
			expect(new Uint8Array(await tail.arrayBuffer())).toEqual(mp3.slice(-10));
			const outside = await fileResponse(get({ range: `bytes=${mp3.byteLength}-` }), f, storage);
			expect(outside.status).toBe(416);
			expect(outside.headers.get('content-range')).toBe(`bytes */${mp3.byteLength}`);
			// A stale If-Range gets the whole file.
			expect((await fileResponse(get({ range: 'bytes=0-9', 'if-range': '"old"' }), f, storage)).status).toBe(200);
			const head = await fileResponse(get({}, 'HEAD'), f, storage);
			expect(head.headers.get('content-length')).toBe(String(mp3.byteLength));
		});

		it('serves WebP variants of images with their own validator', async () => {
			const stored = await storeUpload(h.db, trainer, { bytes: await jpeg(1000, 500), name: 'photo.jpg' }, storage);
			const f = (await getFile(h.db, stored.id))!;
			const r = await fileResponse(get(), f, storage, 480);
			expect(r.status).toBe(200);
			expect(r.headers.get('content-type')).toBe('image/webp');
			expect(r.headers.get('etag')).toBe(`"${f.sha256}-w480"`);
			expect(r.headers.get('content-disposition')).toBe(`inline; filename="photo-480.webp"; filename*=UTF-8''photo-480.webp`);
			expect(await sharp(Buffer.from(await r.arrayBuffer())).metadata()).toMatchObject({ format: 'webp', width: 480, height: 240 });
		});
	});
});

describe('files kept in the database (FILE_STORAGE=database)', () => {
	beforeAll(() => setUp('database'));
	afterAll(tearDown);
	const read = async (key: string, range?: { start: number; end: number }) => new Uint8Array(await new Response((await storage.get(key, range))!.body).arrayBuffer());
	const count = async (table: 'file_blob' | 'file_chunk' | 'file_object') =>
		Number((await h.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

	it('stores the same content once, in chunks, and streams any byte range across chunk boundaries', async () => {
		const bytes = new Uint8Array(4321).map((_, i) => (i * 7) % 251);
		await storage.put('same-a', bytes, 'audio/mpeg');
		await storage.put('same-b', bytes, 'audio/mpeg');
		expect(await count('file_blob')).toBe(1);
		expect(await count('file_chunk')).toBe(5);
		expect(await storage.size('same-b')).toBe(4321);
		expect(await read('same-a')).toEqual(bytes);
		for (const [start, end] of [[0, 0], [999, 1000], [1500, 3999], [4000, 4320], [0, 4320]]) {
			expect(await read('same-b', { start, end })).toEqual(bytes.slice(start, end + 1));
		}
	});

	it('removes the content only when its last key goes; a missing key is no error', async () => {
		await storage.delete('same-a');
		expect(await storage.get('same-a')).toBeNull();
		expect(await read('same-b')).toHaveLength(4321);
		await storage.delete('same-b');
		await storage.delete('same-b');
		expect(await storage.size('same-b')).toBeNull();
		expect([await count('file_blob'), await count('file_chunk')]).toEqual([0, 0]);
	});

	it('keeps an empty file', async () => {
		await storage.put('empty', new Uint8Array(), 'application/pdf');
		expect(await storage.size('empty')).toBe(0);
		expect(await read('empty')).toEqual(new Uint8Array());
	});
});
