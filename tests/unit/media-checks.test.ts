import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { Invalid } from '../../src/lib/server/errors';
import { checkAnnouncedSize, checkUpload, isAudioOnlyMp4, MAX_BYTES, validateVideoUrl } from '../../src/lib/server/media/checks';
import { contentDisposition, parseRange } from '../../src/lib/server/media/serve';
import { cleanFileName } from '../../src/lib/server/media/media.service';
import { imageSrcset, videoProvider } from '../../src/lib/media';

const MB = 1024 * 1024;
const image = (format: 'png' | 'jpeg' | 'webp' | 'gif') =>
	sharp({ create: { width: 8, height: 6, channels: 3, background: '#c0392b' } })[format]().toBuffer();
const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
	new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))));
const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const box = (type: string, ...body: (string | number[] | Uint8Array)[]) => {
	const content = Buffer.from(bytes(...body));
	return Buffer.from(bytes(u32(8 + content.length), type, content));
};

// One MPEG-1 Layer III frame header (128 kbit/s, 44.1 kHz) and its padding.
const mp3Frame = bytes([0xff, 0xfb, 0x90, 0x64], Buffer.alloc(413));
const mp3WithId3 = bytes('ID3', [3, 0, 0, 0, 0, 0, 0], mp3Frame);
// An Ogg page (27-byte header, one segment) carrying a Vorbis identification header.
const oggPage = (packet: string) => bytes('OggS', [0, 2], Buffer.alloc(20), [1, packet.length], packet);
const ogg = oggPage('\x01vorbis' + '\0'.repeat(23));
const opus = oggPage('OpusHead' + '\0'.repeat(11));
const ftyp = (brand: string) => box('ftyp', brand, [0, 0, 0, 0], brand, 'isom');
const hdlr = (handler: string) => box('hdlr', [0, 0, 0, 0], [0, 0, 0, 0], handler, Buffer.alloc(12));
const m4a = bytes(ftyp('M4A '), box('moov', box('trak', box('mdia', hdlr('soun')))));
const phoneAudio = bytes(ftyp('isom'), box('moov', box('trak', box('mdia', hdlr('soun')))));
const phoneVideo = bytes(ftyp('isom'), box('moov', box('trak', box('mdia', hdlr('vide'))), box('trak', box('mdia', hdlr('soun')))));
const pdf = bytes('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

async function refusal(data: Uint8Array, size?: number): Promise<Invalid> {
	const e = await checkUpload(data, size).catch((x) => x);
	expect(e).toBeInstanceOf(Invalid);
	return e as Invalid;
}

describe('upload type checks (by content, never by name)', () => {
	it.each([
		['PNG', () => image('png'), 'image', 'image/png'],
		['JPEG', () => image('jpeg'), 'image', 'image/jpeg'],
		['WebP', () => image('webp'), 'image', 'image/webp'],
		['MP3 frame', () => mp3Frame, 'audio', 'audio/mpeg'],
		['MP3 with ID3 tag', () => mp3WithId3, 'audio', 'audio/mpeg'],
		['OGG Vorbis', () => ogg, 'audio', 'audio/ogg'],
		['OGG Opus (WhatsApp voice notes)', () => opus, 'audio', 'audio/ogg'],
		['M4A', () => m4a, 'audio', 'audio/mp4'],
		['MP4 with sound only (phone recorders)', () => phoneAudio, 'audio', 'audio/mp4'],
		['PDF', () => pdf, 'pdf', 'application/pdf']
	] as const)('accepts %s', async (_, make, kind, mime) => {
		expect(await checkUpload(await make())).toMatchObject({ kind, mime });
	});

	it.each([
		['an HTML page named .jpg or .pdf', () => bytes('<!doctype html><html><body><script>alert(1)</script></body></html>')],
		['an SVG image (can carry scripts)', () => bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>')],
		['an SVG with an XML declaration', () => bytes('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>')],
		['a Windows executable named .jpg', () => bytes('MZ', [0x90, 0, 3, 0], Buffer.alloc(120))],
		['a Linux executable', () => bytes([0x7f], 'ELF', [2, 1, 1, 0], Buffer.alloc(56))],
		['a ZIP archive', () => bytes('PK', [3, 4], Buffer.alloc(60))],
		['a GIF image', () => image('gif')],
		['an MP4 video', () => phoneVideo],
		['plain text', () => bytes('Bonjour, ceci est un texte.')]
	])('refuses %s', async (_, make) => {
		const e = await refusal(await make());
		expect(e.key).toBe('media_type_refused');
		expect(e.params.types).toContain('JPEG');
	});

	it('refuses an empty file', async () => {
		expect((await refusal(new Uint8Array())).key).toBe('media_file_empty');
	});

	it('refuses files over the limit of their kind, saying which limit', async () => {
		const png = await image('png');
		expect(await checkUpload(png, MAX_BYTES.image)).toMatchObject({ kind: 'image' });
		expect(await refusal(png, MAX_BYTES.image + 1)).toMatchObject({ key: 'media_file_too_large', params: { max: 5 } });
		expect(await refusal(pdf, 20 * MB + 1)).toMatchObject({ key: 'media_file_too_large', params: { max: 20 } });
		expect(await checkUpload(mp3Frame, 30 * MB)).toMatchObject({ kind: 'audio' });
		expect(await refusal(mp3Frame, 30 * MB + 1)).toMatchObject({ key: 'media_file_too_large', params: { max: 30 } });
		expect(() => checkAnnouncedSize(31 * MB)).toThrow(Invalid);
		expect(() => checkAnnouncedSize(30 * MB)).not.toThrow();
	});

	it('tells sound-only MP4 from video', () => {
		expect(isAudioOnlyMp4(phoneAudio)).toBe(true);
		expect(isAudioOnlyMp4(phoneVideo)).toBe(false);
		expect(isAudioOnlyMp4(ftyp('isom'))).toBe(false);
	});
});

describe('video links', () => {
	it('accepts https links to YouTube, Vimeo or any site, normalised', () => {
		expect(validateVideoUrl(' https://www.youtube.com/watch?v=dQw4w9WgXcQ ')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
		expect(validateVideoUrl('https://youtu.be/dQw4w9WgXcQ')).toBe('https://youtu.be/dQw4w9WgXcQ');
		expect(validateVideoUrl('https://vimeo.com/76979871')).toBe('https://vimeo.com/76979871');
		expect(validateVideoUrl('HTTPS://Example.MA/videos/1')).toBe('https://example.ma/videos/1');
	});

	it('treats an empty value as no video', () => {
		expect(validateVideoUrl('')).toBeNull();
		expect(validateVideoUrl('   ')).toBeNull();
		expect(validateVideoUrl(null)).toBeNull();
	});

	it.each([
		'http://www.youtube.com/watch?v=x',
		'javascript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'//youtube.com/watch?v=x',
		'youtube.com/watch?v=x',
		'https://user:pass@example.com/video',
		'https://localhost/video',
		'https://exa mple.com/',
		'https://example.com/\nX-Injected: 1',
		'ftp://example.com/video.mp4',
		`https://example.com/${'a'.repeat(2100)}`
	])('refuses %s', (url) => {
		expect(() => validateVideoUrl(url)).toThrow(Invalid);
		try {
			validateVideoUrl(url);
		} catch (e) {
			expect((e as Invalid).key).toBe('media_video_url_invalid');
		}
	});

	it('names the provider for the link label', () => {
		expect(videoProvider('https://m.youtube.com/watch?v=x')).toBe('youtube');
		expect(videoProvider('https://youtu.be/x')).toBe('youtube');
		expect(videoProvider('https://player.vimeo.com/video/1')).toBe('vimeo');
		expect(videoProvider('https://notyoutube.com/x')).toBe('other');
	});
});

describe('serving helpers', () => {
	it('parses single byte ranges', () => {
		expect(parseRange(null, 100)).toBeNull();
		expect(parseRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
		expect(parseRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
		expect(parseRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
		expect(parseRange('bytes=-500', 100)).toEqual({ start: 0, end: 99 });
		expect(parseRange('bytes=50-500', 100)).toEqual({ start: 50, end: 99 });
		expect(parseRange('bytes=100-', 100)).toBe('unsatisfiable');
		expect(parseRange('bytes=-0', 100)).toBe('unsatisfiable');
		expect(parseRange('bytes=0-1,5-6', 100)).toBeNull();
		expect(parseRange('items=0-1', 100)).toBeNull();
		expect(parseRange('bytes=9-3', 100)).toBeNull();
	});

	it('writes Content-Disposition with an ASCII fallback and the UTF-8 name', () => {
		expect(contentDisposition('attachment', 'الميزانية 2026.pdf')).toBe(
			`attachment; filename="2026.pdf"; filename*=UTF-8''${encodeURIComponent('الميزانية 2026.pdf')}`
		);
		expect(contentDisposition('inline', 'a"b;c\\d.png')).toBe(`inline; filename="abcd.png"; filename*=UTF-8''a%22b%3Bc%5Cd.png`);
		expect(contentDisposition('inline', 'Élue (1).jpg')).toBe(`inline; filename="Elue (1).jpg"; filename*=UTF-8''%C3%89lue%20%281%29.jpg`);
	});

	it('keeps only a clean base name from uploads', () => {
		expect(cleanFileName('C:\\Users\\x\\Budget 2026.pdf', 'pdf')).toBe('Budget 2026.pdf');
		expect(cleanFileName('../../etc/passwd', 'pdf')).toBe('passwd');
		expect(cleanFileName('a\u202Egpj.exe', 'jpg')).toBe('agpj.exe');
		expect(cleanFileName('', 'jpg')).toBe('file.jpg');
		expect(cleanFileName('..', 'pdf')).toBe('file.pdf');
	});

	it('lists each image variant once with its real width', () => {
		expect(imageSrcset(3, 2000)).toBe('/files/3/480.webp 480w, /files/3/960.webp 960w');
		expect(imageSrcset(3, 700)).toBe('/files/3/480.webp 480w, /files/3/960.webp 700w');
		expect(imageSrcset(3, 300)).toBe('/files/3/480.webp 300w');
	});
});
