import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, compressResponse } from '../../src/lib/server/compress';

const page = '<!doctype html><html lang="ar" dir="rtl"><body>' + '<p>نص الدرس</p>'.repeat(300) + '</body></html>';
const html = (body = page, headers: Record<string, string> = {}) =>
	new Response(body, { status: 200, headers: { 'content-type': 'text/html', 'set-cookie': 'a=1', ...headers } });

describe('page compression', () => {
	it('prefers brotli, then gzip, and respects q=0', () => {
		expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
		expect(chooseEncoding('gzip, br;q=0')).toBe('gzip');
		expect(chooseEncoding('identity')).toBeNull();
		expect(chooseEncoding(null)).toBeNull();
	});

	it('compresses pages the browser can read back, keeping status and cookies', async () => {
		const res = await compressResponse(html(), 'gzip, deflate, br');
		expect(res.headers.get('content-encoding')).toBe('br');
		expect(res.headers.get('vary')).toMatch(/Accept-Encoding/);
		expect(res.headers.get('set-cookie')).toBe('a=1');
		const bytes = Buffer.from(await res.arrayBuffer());
		expect(bytes.length).toBeLessThan(Buffer.byteLength(page) / 5);
		expect(brotliDecompressSync(bytes).toString()).toBe(page);

		const g = await compressResponse(html(), 'gzip');
		expect(gunzipSync(Buffer.from(await g.arrayBuffer())).toString()).toBe(page);
	});

	it('leaves small bodies, other types and already encoded bodies alone', async () => {
		expect((await compressResponse(html('<p>x</p>'), 'br')).headers.get('content-encoding')).toBeNull();
		const pdf = new Response('%PDF'.repeat(1000), { headers: { 'content-type': 'application/pdf' } });
		expect(await compressResponse(pdf, 'br')).toBe(pdf);
		const done = html(page, { 'content-encoding': 'gzip' });
		expect(await compressResponse(done, 'br')).toBe(done);
	});
});
