// Shared by the server and the media components: file URLs and image variants.
import type { Locale } from './i18n';

export type MediaKind = 'image' | 'audio' | 'pdf';
export type MediaRole = 'image' | 'narration' | 'handout';

/** Accepted formats (shown to people) and largest size per kind, in MB. */
export const FORMATS: Record<MediaKind, string> = { image: 'JPEG, PNG, WebP', audio: 'MP3, M4A, OGG', pdf: 'PDF' };
export const MAX_MB: Record<MediaKind, number> = { image: 5, audio: 30, pdf: 20 };
/** The `accept` attribute for a file input (a hint only: the server checks the bytes). */
export const ACCEPT: Record<MediaKind, string> = {
	image: 'image/jpeg,image/png,image/webp',
	audio: 'audio/mpeg,audio/mp4,audio/x-m4a,audio/ogg,.mp3,.m4a,.ogg,.opus',
	pdf: 'application/pdf,.pdf'
};
/** Which kind of file each lesson role takes. */
export const ROLE_KIND: Record<MediaRole, MediaKind> = { image: 'image', narration: 'audio', handout: 'pdf' };

/** Widths of the WebP variants made for each image (phones first). */
export const VARIANT_WIDTHS = [480, 960] as const;
export type VariantWidth = (typeof VARIANT_WIDTHS)[number];

export function isVariantWidth(n: number): n is VariantWidth {
	return (VARIANT_WIDTHS as readonly number[]).includes(n);
}

/** The file as uploaded. */
export function fileUrl(id: number): string {
	return `/files/${id}`;
}

/** A WebP copy at most `width` pixels wide (never enlarged). */
export function variantUrl(id: number, width: VariantWidth): string {
	return `/files/${id}/${width}.webp`;
}

/** `srcset` for an image of the given natural width: each variant once, with its real width. */
export function imageSrcset(id: number, naturalWidth: number | null): string {
	const seen = new Set<number>();
	const parts: string[] = [];
	for (const w of VARIANT_WIDTHS) {
		const real = naturalWidth ? Math.min(w, naturalWidth) : w;
		if (seen.has(real)) continue;
		seen.add(real);
		parts.push(`${variantUrl(id, w)} ${real}w`);
	}
	return parts.join(', ');
}

/** What a lesson's media item looks like to the components (plain data from a load). */
export interface MediaItem {
	id: number;
	kind: MediaKind;
	mime: string;
	size: number;
	width: number | null;
	height: number | null;
	name: string;
	role: MediaRole;
	locale: Locale | null;
}

/** Which site a video link points to (for its label). */
export function videoProvider(url: string): 'youtube' | 'vimeo' | 'other' {
	let host: string;
	try {
		host = new URL(url).hostname.toLowerCase();
	} catch {
		return 'other';
	}
	const is = (d: string) => host === d || host.endsWith(`.${d}`);
	if (is('youtube.com') || is('youtu.be') || is('youtube-nocookie.com')) return 'youtube';
	if (is('vimeo.com')) return 'vimeo';
	return 'other';
}
