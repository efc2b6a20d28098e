import { error } from '@sveltejs/kit';
import { isVariantWidth } from '$lib/media';
import { t } from '$lib/server/i18n';
import { fileStorage } from '$lib/server/media/storage';
import { fileResponse } from '$lib/server/media/serve';
import { readableFile } from '../../read';
import type { RequestHandler } from './$types';

/** A phone-sized WebP copy of an image: /files/12/480.webp or /files/12/960.webp. */
export const GET: RequestHandler = async (event) => {
	const width = Number(event.params.width);
	if (!isVariantWidth(width)) error(404, t('error_not_found'));
	const file = await readableFile(event);
	if (file.kind !== 'image') error(404, t('error_not_found'));
	return fileResponse(event.request, file, fileStorage(), width);
};
