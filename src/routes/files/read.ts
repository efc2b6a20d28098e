// Shared by the GET handlers of /files/[id] and /files/[id]/[width].webp.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { db } from '$lib/server/db/runtime';
import { t } from '$lib/server/i18n';
import { canReadFile, getFile, type FileRecord } from '$lib/server/media/media.service';

/**
 * The file if this person may read it. Not logged in: a page visit (a PDF
 * link opened in a new tab) goes to the login page and comes back; an image
 * or audio request gets 401. Logged in but not allowed: 403 (staff: 404 for a
 * file that does not exist).
 */
export async function readableFile(event: RequestEvent): Promise<FileRecord> {
	const id = Number(event.params.id);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, t('error_not_found'));
	const user = event.locals.user;
	if (!user) {
		if (event.request.headers.get('sec-fetch-dest') === 'document' || event.request.headers.get('accept')?.includes('text/html')) {
			redirect(303, `/login?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
		}
		error(401, t('error_unauthorized'));
	}
	if (!(await canReadFile(db(), user, id))) error(user.role === 'learner' ? 403 : 404, t(user.role === 'learner' ? 'error_forbidden' : 'error_not_found'));
	const file = await getFile(db(), id);
	if (!file) error(404, t('error_not_found'));
	return file;
}
