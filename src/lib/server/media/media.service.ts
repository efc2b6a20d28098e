import { sql } from 'kysely';
import { createHash } from 'node:crypto';
import type { Db } from '../db/index';
import type { Locale, Role } from '../db/schema';
import { Invalid, NotFound } from '../errors';
import { recordAudit } from '../audit/audit.repository';
import { ROLE_KIND, VARIANT_WIDTHS, type MediaItem, type MediaKind, type MediaRole, type VariantWidth } from '../../media';
import { checkUpload } from './checks';
import { fileStorage, newStorageKey, type FileStorage } from './storage';
import { isOwnCouncilFile } from '../council/intervention.repository';

export interface StoredFile {
	id: number;
	kind: MediaKind;
	mime: string;
	size: number;
	sha256: string;
	name: string;
	width: number | null;
	height: number | null;
}

/** What the media routes need to serve a file. */
export interface FileRecord extends StoredFile {
	storageKey: string;
}

/** A media item attached to a lesson (`mediaId` identifies the attachment, `id` the file). */
export interface LessonMediaItem extends MediaItem {
	mediaId: number;
	position: number;
}

// Refuse decompression bombs: a 5 MB file can claim gigapixels.
const MAX_PIXELS = 40_000_000;
const ROLES = Object.keys(ROLE_KIND) as MediaRole[];
const LOCALES: Locale[] = ['ar', 'fr', 'zgh'];

/** Where a WebP variant of an image is stored, beside the original. */
export const variantKey = (storageKey: string, width: VariantWidth) => `${storageKey}.w${width}.webp`;

/** A file name safe to keep and to show: no folders, no control characters, at most 200 characters. */
export function cleanFileName(raw: string, ext: string): string {
	const base = (raw.split(/[/\\]/).pop() ?? '')
		.normalize('NFC')
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069"]/g, '')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 200);
	return base && base !== '.' && base !== '..' ? base : `file.${ext}`;
}

interface ImageOutput {
	width: number;
	height: number;
	/** What is kept as the original: the upload itself, or a copy without its metadata. */
	original: Uint8Array;
	variants: { width: VariantWidth; bytes: Buffer }[];
}

/**
 * Natural size (after EXIF rotation), the phone-sized WebP variants, and the
 * original to keep. A photo taken with a phone says where and when it was
 * taken (EXIF GPS) and with what: such an original is kept as a copy in its
 * own format, turned upright, without EXIF, XMP or IPTC (JPEG and WebP at
 * quality 90, PNG losslessly). An image with no such metadata is kept as sent.
 */
async function processImage(bytes: Uint8Array): Promise<ImageOutput> {
	// libvips is loaded when an image arrives, not in every process at start (issue 18: memory).
	const { default: sharp } = await import('sharp');
	try {
		const input = () => sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate();
		const meta = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata();
		if (!meta.width || !meta.height) throw new Error('no size');
		const turned = (meta.orientation ?? 1) >= 5;
		const variants = await Promise.all(
			VARIANT_WIDTHS.map(async (width) => ({
				width,
				// Metadata (EXIF, GPS) is dropped from variants by default.
				bytes: await input().resize({ width, withoutEnlargement: true }).webp({ quality: 72 }).toBuffer()
			}))
		);
		let original = bytes;
		if (meta.exif || meta.xmp || meta.iptc) {
			const out = input();
			if (meta.format === 'png') out.png({ compressionLevel: 9 });
			else if (meta.format === 'webp') out.webp({ quality: 90 });
			else out.jpeg({ quality: 90 });
			original = new Uint8Array(await out.toBuffer());
		}
		return { width: turned ? meta.height : meta.width, height: turned ? meta.width : meta.height, original, variants };
	} catch {
		throw new Invalid('media_image_unreadable', { file: 'media_image_unreadable' });
	}
}

const toFile = (r: {
	id: number;
	kind: MediaKind;
	mime: string;
	size: number;
	sha256: string;
	original_name: string;
	width: number | null;
	height: number | null;
}): StoredFile => ({ id: r.id, kind: r.kind, mime: r.mime, size: r.size, sha256: r.sha256, name: r.original_name, width: r.width, height: r.height });

/**
 * Checks an upload by its content, stores its bytes (and WebP variants for
 * images) under a random key, and records it. Nothing is recorded when a check fails.
 */
export async function storeUpload(
	db: Db,
	actor: { id: number },
	upload: { bytes: Uint8Array; name: string },
	storage: FileStorage = fileStorage()
): Promise<StoredFile> {
	const detected = await checkUpload(upload.bytes);
	const image = detected.kind === 'image' ? await processImage(upload.bytes) : null;
	const bytes = image?.original ?? upload.bytes;
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	const key = newStorageKey();
	const keys = [key, ...(image?.variants.map((v) => variantKey(key, v.width)) ?? [])];
	try {
		await storage.put(key, bytes, detected.mime);
		for (const v of image?.variants ?? []) await storage.put(variantKey(key, v.width), v.bytes, 'image/webp');
		const row = await db
			.insertInto('stored_file')
			.values({
				storage_key: key,
				kind: detected.kind,
				mime: detected.mime,
				size: bytes.byteLength,
				sha256,
				original_name: cleanFileName(upload.name, detected.ext),
				width: image?.width ?? null,
				height: image?.height ?? null,
				uploaded_by: actor.id
			})
			.returningAll()
			.executeTakeFirstOrThrow();
		return toFile(row);
	} catch (e) {
		await Promise.allSettled(keys.map((k) => storage.delete(k)));
		throw e;
	}
}

/**
 * Stores an upload (when there is one), then runs the save that refers to it; when the save fails, the
 * stored file goes again (its row and its bytes), so a refused form never leaves a file behind.
 */
export async function withUpload<T>(
	db: Db,
	actor: { id: number },
	upload: { bytes: Uint8Array; name: string } | null | undefined,
	storage: FileStorage | undefined,
	save: (file: StoredFile | null) => Promise<T>
): Promise<T> {
	const store = storage ?? fileStorage();
	const file = upload ? await storeUpload(db, actor, upload, store) : null;
	try {
		return await save(file);
	} catch (e) {
		if (file) await discardUpload(db, file.id, store).catch((err: unknown) => console.error(`could not remove file ${file.id} after a failed save: ${err instanceof Error ? err.message : err}`));
		throw e;
	}
}

/** Removes a stored file nothing refers to yet (its row, then its bytes and image variants). */
async function discardUpload(db: Db, fileId: number, storage: FileStorage): Promise<void> {
	const row = await db.deleteFrom('stored_file').where('id', '=', fileId).returning(['storage_key', 'kind']).executeTakeFirst();
	if (!row) return;
	const keys = [row.storage_key, ...(row.kind === 'image' ? VARIANT_WIDTHS.map((w) => variantKey(row.storage_key, w)) : [])];
	await Promise.allSettled(keys.map((k) => storage.delete(k)));
}

export async function getFile(db: Db, fileId: number): Promise<FileRecord | null> {
	const row = await db.selectFrom('stored_file').selectAll().where('id', '=', fileId).executeTakeFirst();
	return row ? { ...toFile(row), storageKey: row.storage_key } : null;
}

/**
 * Attaches a stored file to a lesson: an image, a narration (audio, optionally
 * for one language) or a handout (PDF). The module then has unpublished changes.
 */
export async function attachToLesson(
	db: Db,
	actor: { id: number },
	input: { lessonId: number; fileId: number; role: string; locale?: string | null }
): Promise<LessonMediaItem> {
	const role = input.role as MediaRole;
	if (!ROLES.includes(role)) throw new Invalid('error_invalid_form', { role: 'error_invalid_choice' });
	const locale = input.locale ? (input.locale as Locale) : null;
	if (locale && (!LOCALES.includes(locale) || role !== 'narration')) throw new Invalid('error_invalid_form', { locale: 'error_invalid_choice' });
	return db.transaction().execute(async (trx) => {
		const lesson = await trx.selectFrom('lesson').select(['id', 'module_id']).where('id', '=', input.lessonId).where('deleted_at', 'is', null).forUpdate().executeTakeFirst();
		if (!lesson) throw new NotFound();
		const file = await trx.selectFrom('stored_file').selectAll().where('id', '=', input.fileId).executeTakeFirst();
		if (!file) throw new NotFound();
		if (ROLE_KIND[role] !== file.kind) throw new Invalid('media_role_mismatch', { role: 'media_role_mismatch' });
		const last = await trx
			.selectFrom('lesson_media')
			.select((eb) => eb.fn.max('position').as('max'))
			.where('lesson_id', '=', lesson.id)
			.executeTakeFirst();
		const position = Number(last?.max ?? -1) + 1;
		const row = await trx
			.insertInto('lesson_media')
			.values({ lesson_id: lesson.id, file_id: file.id, role, locale, position })
			.returning(['id'])
			.executeTakeFirstOrThrow();
		await trx.updateTable('module').set({ has_unpublished_changes: true }).where('id', '=', lesson.module_id).execute();
		await recordAudit(trx, { actorId: actor.id, action: 'lesson.media.attach', subjectType: 'lesson', subjectId: lesson.id, after: { fileId: file.id, role, locale } });
		return { ...itemOf(file), role, locale, mediaId: row.id, position };
	});
}

/** Removes a media item from a lesson. The stored file stays: a published version may still show it. */
export async function detachFromLesson(db: Db, actor: { id: number }, input: { lessonId: number; mediaId: number }): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const row = await trx
			.deleteFrom('lesson_media')
			.where('id', '=', input.mediaId)
			.where('lesson_id', '=', input.lessonId)
			.returning(['file_id', 'role', 'locale'])
			.executeTakeFirst();
		if (!row) throw new NotFound();
		const lesson = await trx.selectFrom('lesson').select('module_id').where('id', '=', input.lessonId).executeTakeFirstOrThrow();
		await trx.updateTable('module').set({ has_unpublished_changes: true }).where('id', '=', lesson.module_id).execute();
		await recordAudit(trx, { actorId: actor.id, action: 'lesson.media.detach', subjectType: 'lesson', subjectId: input.lessonId, before: { fileId: row.file_id, role: row.role, locale: row.locale } });
	});
}

const itemOf = (f: { id: number; kind: MediaKind; mime: string; size: number; width: number | null; height: number | null; original_name: string }) => ({
	id: f.id,
	kind: f.kind,
	mime: f.mime,
	size: f.size,
	width: f.width,
	height: f.height,
	name: f.original_name
});

/** A lesson's media in order: images, narrations, handouts; each by position. */
export async function listLessonMedia(db: Db, lessonId: number): Promise<LessonMediaItem[]> {
	const rows = await db
		.selectFrom('lesson_media as lm')
		.innerJoin('stored_file as f', 'f.id', 'lm.file_id')
		.select(['lm.id as media_id', 'lm.role', 'lm.locale', 'lm.position', 'f.id', 'f.kind', 'f.mime', 'f.size', 'f.width', 'f.height', 'f.original_name'])
		.where('lm.lesson_id', '=', lessonId)
		.orderBy('lm.position')
		.orderBy('lm.id')
		.execute();
	const order: MediaRole[] = ['image', 'narration', 'handout'];
	return rows
		.map((r) => ({ ...itemOf(r), role: r.role, locale: r.locale, mediaId: r.media_id, position: r.position }))
		.sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role));
}

/**
 * Who may read a stored file: staff (trainers, admins) any file that exists; a
 * learner only a file of a (not deleted) lesson, or the cover, of a published
 * module she is actively enrolled in, or the evidence of her own council records. Nobody else.
 */
export async function canReadFile(db: Db, user: { id: number; role: Role } | null, fileId: number): Promise<boolean> {
	if (!user) return false;
	if (user.role === 'trainer' || user.role === 'admin') {
		return !!(await db.selectFrom('stored_file').select('id').where('id', '=', fileId).executeTakeFirst());
	}
	// Learners see the published version of a module, so they may read the files it
	// listed when it was published: not one attached since, still one of a lesson deleted since.
	const inLesson = db
		.selectFrom('module as m')
		.innerJoin('enrolment as e', 'e.module_id', 'm.id')
		.select('m.id')
		.where('m.status', '=', 'published')
		.where('e.user_id', '=', user.id)
		.where('e.status', '=', 'active')
		.where(sql<boolean>`jsonb_path_exists(m.published_content, '$.lessons[*].media[*] ? (@.id == $file)', jsonb_build_object('file', ${fileId}::int))`);
	const asCover = db
		.selectFrom('module as m')
		.innerJoin('enrolment as e', 'e.module_id', 'm.id')
		.select('m.id')
		.where('m.cover_file_id', '=', fileId)
		.where('m.status', '=', 'published')
		.where('e.user_id', '=', user.id)
		.where('e.status', '=', 'active');
	const row = await db
		.selectNoFrom(({ exists, or }) => or([exists(inLesson), exists(asCover)]).as('ok'))
		.executeTakeFirstOrThrow();
	// The evidence of her own council records (issue 15).
	return row.ok === true || (await isOwnCouncilFile(db, user.id, fileId));
}
