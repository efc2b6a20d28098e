import { describe, expect, it } from 'vitest';
import { HOME, homeOf, safeReturnPath } from '../../src/lib/server/web/return-path';

const ORIGIN = 'https://lms.amssawas.ma';
const HOME_PAGE = '/trainer';
const safe = (raw: unknown) => safeReturnPath(raw, ORIGIN, HOME_PAGE);

describe('safeReturnPath', () => {
	it('keeps local paths, with their query string and fragment', () => {
		for (const path of ['/', '/learn', '/admin/users?page=2', '/learn/leadership/12?p=1&go=next', '/trainer/modules/3#lessons', '/files?next=%2Flearn', '/learn/%D8%A7%D9%84%D9%82%D9%8A%D8%A7%D8%AF%D8%A9'])
			expect(safe(path), path).toBe(path);
	});

	it('sends anything that could leave the site, or break the redirect, to the home page', () => {
		const payloads = [
			'//x',
			'//evil.example/x',
			'/\\x',
			'/\\evil.example',
			'\\\\evil.example',
			'/%09/x',
			'/\t/evil.example/x',
			'/%2F/x',
			'/%2f/evil.example',
			'/%5C/evil.example',
			'https://x',
			'https://evil.example/learn',
			'http://lms.amssawas.ma.evil.example/',
			'javascript:x',
			'javascript:alert(1)',
			'JaVaScRiPt:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'/a%0D%0ALocation:x',
			'/a\r\nLocation: https://evil.example',
			'/a\nb',
			'/a%00b',
			'/a\u0085b',
			'/%E0%A4%A',
			'x',
			'learn',
			' /learn',
			'',
			`/${'a'.repeat(3000)}`,
			null,
			undefined,
			42
		];
		for (const p of payloads) expect(safe(p), JSON.stringify(p)).toBe(HOME_PAGE);
	});

	it('never answers a path that starts with two slashes or points at another origin', () => {
		const tricky = ['/./', '/..//evil.example', '/.//evil.example', '/%2e%2e//evil.example', '/x/../..//evil.example'];
		for (const p of tricky) {
			const out = safe(p);
			expect(out.startsWith('/'), p).toBe(true);
			expect(out.startsWith('//'), p).toBe(false);
			expect(new URL(out, ORIGIN).origin, p).toBe(ORIGIN);
		}
	});

	it('each role falls back to its own home page', () => {
		expect(homeOf({ role: 'learner' })).toBe('/learn');
		expect(homeOf({ role: 'admin' })).toBe(HOME.admin);
		expect(homeOf(null)).toBe('/');
	});
});
