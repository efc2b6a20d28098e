import { error, json, redirect } from '@sveltejs/kit';
import { fileUrl } from '$lib/media';
import { db } from '$lib/server/db/runtime';
import { AppError, Invalid } from '$lib/server/errors';
import { t } from '$lib/server/i18n';
import { homeOf, safeReturnPath } from '$lib/server/web/return-path';
import { requireModuleStaff } from '$lib/server/web/guards';
import { moduleOfLesson } from '$lib/server/staffing/staff.repository';
import { checkAnnouncedSize, MAX_UPLOAD_BYTES } from '$lib/server/media/checks';
import { attachToLesson, storeUpload } from '$lib/server/media/media.service';
import { setModuleCover } from '$lib/server/content/content.service';
import type { RequestHandler } from './$types';

// Room for the multipart envelope and the other fields around the file.
const FORM_OVERHEAD = 64 * 1024;

/**
 * Upload for trainers and admins (multipart, field `file`). Optional fields:
 * `lessonId` + `role` (+ `locale`) attach the file to a lesson at once;
 * `coverOf` (a module id) makes the image that module's cover;
 * `next` (a same-site path, in the query string or the form) makes this a plain
 * form post that comes back there with `?media_uploaded=ID` or
 * `?media_error=KEY&media_max=N`, plus `media_form=NAME` echoed from the
 * `form` field so a page with several upload forms knows which one it was
 * (MediaUpload.svelte).
 * Without `next`: JSON `{ id, url, kind, mime, size, width, height, name }` (201)
 * or `{ error, key }` with 4xx. The origin check in hooks.server.ts applies to these posts.
 */
export const POST: RequestHandler = async ({ request, locals, url }) => {
	const user = locals.user;
	if (!user) error(401, t('error_unauthorized'));
	if (user.role !== 'trainer' && user.role !== 'admin') error(403, t('error_forbidden'));

	// The next page comes in the query string too, so it is known before the body is read.
	let next = url.searchParams.get('next') ? safeReturnPath(url.searchParams.get('next'), url.origin, homeOf(user)) : null;
	let formName = url.searchParams.get('form') ?? '';
	try {
		const announced = Number(request.headers.get('content-length') ?? 0);
		if (announced > MAX_UPLOAD_BYTES + FORM_OVERHEAD) checkAnnouncedSize(announced);
		let data: FormData;
		try {
			data = await request.formData();
		} catch {
			throw new Invalid('media_file_missing', { file: 'media_file_missing' });
		}
		// A lesson's file or a module's cover: only that module's staff (and admins).
		const lessonModule = Number(data.get('lessonId') || 0) ? await moduleOfLesson(db(), Number(data.get('lessonId'))) : undefined;
		for (const moduleId of [lessonModule, Number(data.get('coverOf') || 0)]) if (moduleId) await requireModuleStaff({ locals, url }, db(), moduleId);
		const nextField = data.get('next');
		if (typeof nextField === 'string' && nextField) next = safeReturnPath(nextField, url.origin, homeOf(user));
		const formField = data.get('form');
		if (typeof formField === 'string' && formField) formName = formField;
		const file = data.get('file');
		if (!(file instanceof File) || (file.size === 0 && !file.name)) throw new Invalid('media_file_missing', { file: 'media_file_missing' });
		checkAnnouncedSize(file.size);
		const stored = await storeUpload(db(), user, { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name });
		const lessonId = Number(data.get('lessonId') || 0);
		if (lessonId) {
			await attachToLesson(db(), user, {
				lessonId,
				fileId: stored.id,
				role: String(data.get('role') ?? ''),
				locale: String(data.get('locale') ?? '') || null
			});
		}
		const coverOf = Number(data.get('coverOf') || 0);
		if (coverOf) await setModuleCover(db(), user, coverOf, stored.id);
		if (next) redirect(303, withParams(next, { media_uploaded: String(stored.id) }, formName));
		return json({ ...stored, sha256: undefined, url: fileUrl(stored.id) }, { status: 201 });
	} catch (e) {
		if (!(e instanceof AppError)) throw e;
		if (next) redirect(303, withParams(next, { media_error: e.key, ...(e.params.max ? { media_max: String(e.params.max) } : {}) }, formName));
		return json({ error: t(e.key, e.params), key: e.key }, { status: e.status });
	}
};

function withParams(path: string, params: Record<string, string>, formName: string): string {
	const u = new URL(path, 'http://x');
	for (const k of ['media_uploaded', 'media_error', 'media_max', 'media_form']) u.searchParams.delete(k);
	for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
	if (/^[\w-]{1,40}$/.test(formName)) u.searchParams.set('media_form', formName);
	return u.pathname + u.search + u.hash;
}
