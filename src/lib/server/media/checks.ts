import { fileTypeFromBuffer } from 'file-type';
import { Invalid } from '../errors';
import { FORMATS, MAX_MB, type MediaKind } from '../../media';

const MB = 1024 * 1024;

/** Largest accepted file per kind, in bytes. */
export const MAX_BYTES: Record<MediaKind, number> = { image: MAX_MB.image * MB, audio: MAX_MB.audio * MB, pdf: MAX_MB.pdf * MB };
/** Largest file of any kind: requests announcing more are refused before their body is read. */
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(MAX_BYTES));

export interface DetectedMedia {
	kind: MediaKind;
	/** The type the file is served with, whatever the browser or the file name said. */
	mime: string;
	ext: string;
}

// What file-type reports → what we accept. Everything else is refused (SVG, HTML, GIF, HEIC, video, archives, executables…).
const ACCEPTED: Record<string, DetectedMedia> = {
	jpg: { kind: 'image', mime: 'image/jpeg', ext: 'jpg' },
	png: { kind: 'image', mime: 'image/png', ext: 'png' },
	webp: { kind: 'image', mime: 'image/webp', ext: 'webp' },
	mp3: { kind: 'audio', mime: 'audio/mpeg', ext: 'mp3' },
	m4a: { kind: 'audio', mime: 'audio/mp4', ext: 'm4a' },
	m4b: { kind: 'audio', mime: 'audio/mp4', ext: 'm4a' },
	ogg: { kind: 'audio', mime: 'audio/ogg', ext: 'ogg' },
	opus: { kind: 'audio', mime: 'audio/ogg', ext: 'ogg' },
	pdf: { kind: 'pdf', mime: 'application/pdf', ext: 'pdf' }
};

const megabytes = (bytes: number) => Math.round(bytes / MB);

/** Refuses a size above the largest accepted one (e.g. from Content-Length, before reading the body). */
export function checkAnnouncedSize(size: number): void {
	if (size > MAX_UPLOAD_BYTES) throw new Invalid('media_file_too_large', { file: 'media_file_too_large_short' }, { max: megabytes(MAX_UPLOAD_BYTES) });
}

/**
 * What an upload really is, from its bytes (never from its name or the
 * browser's type), or a typed error: empty, too large for its kind, or not an
 * accepted type. `size` defaults to the bytes' length.
 */
export async function checkUpload(bytes: Uint8Array, size = bytes.byteLength): Promise<DetectedMedia> {
	if (size === 0) throw new Invalid('media_file_empty', { file: 'media_file_empty' });
	checkAnnouncedSize(size);
	const found = await fileTypeFromBuffer(bytes);
	let detected = found && ACCEPTED[found.ext];
	// Phones often record audio in MP4 files with a generic brand (isom, mp42): accept them when they hold sound and no picture.
	if (!detected && found?.ext === 'mp4' && isAudioOnlyMp4(bytes)) detected = ACCEPTED.m4a;
	if (!detected) throw new Invalid('media_type_refused', { file: 'media_type_refused_short' }, { types: Object.values(FORMATS).join(', ') });
	if (size > MAX_BYTES[detected.kind]) {
		throw new Invalid('media_file_too_large', { file: 'media_file_too_large_short' }, { max: megabytes(MAX_BYTES[detected.kind]) });
	}
	return detected;
}

/** An ISO media file whose track handlers ('hdlr' boxes) include sound and no video. */
export function isAudioOnlyMp4(bytes: Uint8Array): boolean {
	const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let sound = false;
	for (let i = buf.indexOf('hdlr'); i >= 0; i = buf.indexOf('hdlr', i + 4)) {
		// hdlr box: 'hdlr', version+flags (4), pre_defined (4), handler type (4).
		const handler = buf.toString('latin1', i + 12, i + 16);
		if (handler === 'vide') return false;
		if (handler === 'soun') sound = true;
	}
	return sound;
}

/**
 * A lesson's video link: empty → null (no video); otherwise an https URL
 * (YouTube, Vimeo or any other site), returned normalised. Learners get a
 * link, never an embedded frame.
 */
export function validateVideoUrl(raw: string | null | undefined): string | null {
	const text = (raw ?? '').trim();
	if (!text) return null;
	const url = videoUrlOrNull(text);
	if (!url) throw new Invalid('media_video_url_invalid', { videoUrl: 'media_video_url_invalid' });
	return url;
}

/** The rule behind validateVideoUrl, for the lesson form's schema (content.service): the normalised link, or null when refused. */
export function videoUrlOrNull(text: string): string | null {
	if (text.length > 2000 || /[\s\u0000-\u001f\u007f]/.test(text)) return null;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return null;
	}
	if (url.protocol !== 'https:' || url.username || url.password || !url.hostname.includes('.')) return null;
	return url.href;
}
