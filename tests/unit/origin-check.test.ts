import { describe, expect, it } from 'vitest';
import { originAllowed } from '../../src/lib/server/web/origin';

const ORIGIN = 'http://127.0.0.1:4173';
const h = (init: Record<string, string>) => new Headers(init);

describe('originAllowed', () => {
	it('lets every state-changing method through from the app’s own origin', () => {
		for (const m of ['POST', 'PUT', 'PATCH', 'DELETE', 'post']) expect(originAllowed(m, h({ origin: ORIGIN }), ORIGIN), m).toBe(true);
		// A browser that left out Origin but sent the page it came from.
		expect(originAllowed('POST', h({ referer: `${ORIGIN}/admin/certificates` }), ORIGIN)).toBe(true);
	});

	it('refuses another origin, a look-alike, "null", and a request that names none', () => {
		const foreign: Record<string, string>[] = [
			{ origin: 'http://127.0.0.1:5555' },
			{ origin: 'https://127.0.0.1:4173' },
			{ origin: 'http://127.0.0.1:4173.evil.example' },
			{ origin: 'null' },
			{ origin: '' },
			{ referer: 'http://evil.example/page' },
			{ referer: 'not a url' },
			{ origin: 'http://evil.example', referer: `${ORIGIN}/` },
			{}
		];
		for (const headers of foreign)
			for (const m of ['POST', 'PUT', 'PATCH', 'DELETE']) expect(originAllowed(m, h(headers), ORIGIN), `${m} ${JSON.stringify(headers)}`).toBe(false);
	});

	it('leaves reading requests alone', () => {
		for (const m of ['GET', 'HEAD', 'OPTIONS']) expect(originAllowed(m, h({ origin: 'http://evil.example' }), ORIGIN)).toBe(true);
	});
});
