import type { ByteRange, FileStorage } from './storage';
import type { FileRecord } from './media.service';
import { variantKey } from './media.service';
import type { VariantWidth } from '../../media';
import { t } from '../i18n';

/** Files never change after upload: browsers may keep them a year without asking again. */
export const FILE_CACHE_CONTROL = 'private, max-age=31536000, immutable';

/**
 * One byte range from a Range header: null when there is none or it cannot be
 * honoured simply (several ranges, another unit: the whole file is sent), or
 * 'unsatisfiable' (→ 416) when it lies outside the file.
 */
export function parseRange(header: string | null, size: number): ByteRange | 'unsatisfiable' | null {
	if (!header) return null;
	const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
	if (!m || (m[1] === '' && m[2] === '')) return null;
	let start: number;
	let end: number;
	if (m[1] === '') {
		// Suffix range: the last N bytes.
		const n = Number(m[2]);
		if (n === 0) return 'unsatisfiable';
		start = Math.max(0, size - n);
		end = size - 1;
	} else {
		start = Number(m[1]);
		end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
		if (m[2] !== '' && Number(m[2]) < start) return null;
	}
	if (start >= size || size === 0) return 'unsatisfiable';
	return { start, end };
}

/** `inline` or `attachment` with the original name, in ASCII and in UTF-8 (RFC 6266 / 5987). */
export function contentDisposition(type: 'inline' | 'attachment', name: string): string {
	const ascii = name.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\;]/g, '').trim() || 'file';
	const utf8 = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
	return `${type}; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

/** A stored file whose bytes are missing (storage lost them): said in the reader's language. */
const notFound = () => new Response(t('media_file_missing'), { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });

const baseName = (name: string) => name.replace(/\.[^.]*$/, '') || 'image';

/**
 * The HTTP response for a stored file (or one of its WebP variants): type,
 * length, validators, caching, disposition and single byte ranges.
 */
export async function fileResponse(request: Request, file: FileRecord, storage: FileStorage, width?: VariantWidth): Promise<Response> {
	const etag = width ? `"${file.sha256}-w${width}"` : `"${file.sha256}"`;
	const mime = width ? 'image/webp' : file.mime;
	const name = width ? `${baseName(file.name)}-${width}.webp` : file.name;
	const headers = new Headers({
		'content-type': mime,
		etag,
		'cache-control': FILE_CACHE_CONTROL,
		'x-content-type-options': 'nosniff',
		'content-disposition': contentDisposition(file.kind === 'pdf' ? 'attachment' : 'inline', name),
		'accept-ranges': 'bytes'
	});
	const match = request.headers.get('if-none-match');
	if (match && match.split(',').some((t) => t.trim() === etag || t.trim() === `W/${etag}` || t.trim() === '*')) {
		return new Response(null, { status: 304, headers });
	}
	const key = width ? variantKey(file.storageKey, width) : file.storageKey;
	const size = await storage.size(key);
	if (size === null) return notFound();
	const ifRange = request.headers.get('if-range');
	const range = request.method === 'GET' && (!ifRange || ifRange === etag) ? parseRange(request.headers.get('range'), size) : null;
	if (range === 'unsatisfiable') {
		headers.set('content-range', `bytes */${size}`);
		return new Response(null, { status: 416, headers });
	}
	headers.set('content-length', String(range ? range.end - range.start + 1 : size));
	if (range) headers.set('content-range', `bytes ${range.start}-${range.end}/${size}`);
	if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
	const object = await storage.get(key, range ?? undefined);
	if (!object) return notFound();
	return new Response(object.body, { status: range ? 206 : 200, headers });
}
