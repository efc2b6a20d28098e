import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ADMIN, LEARNER, PASSWORD, PATHS, TRAINER1, expect, formHeaders, gotoApp, learner, logIn, submitLogin, t, tPattern, test } from './helpers';

// Issue 11 §2–4, at the HTTP level: what a browser (or an attacker's page) gets.

const EVIL = 'http://127.0.0.1:58080'; // a foreign origin named in headers

test.describe('every state-changing request must come from the app’s own pages', () => {
	test('a page on another origin cannot log an admin out with a body-less no-cors fetch', async ({ page, baseURL }) => {
		await logIn(page, ADMIN);
		// The attacker's page, served for real from another port of the same host (same site, other origin).
		const evil = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>evil</title><p>hello</p>'));
		await new Promise<void>((done) => evil.listen(0, '127.0.0.1', done));
		try {
			await page.goto(`http://127.0.0.1:${(evil.address() as AddressInfo).port}/`);
			const answered = page.waitForResponse((r) => new URL(r.url()).pathname === PATHS.logout);
			await page.evaluate(async (target) => {
				await fetch(`${target}/logout`, { method: 'POST', mode: 'no-cors', credentials: 'include' }).catch(() => null);
			}, baseURL!);
			// The page cannot read the answer (opaque); the server refused it.
			expect((await answered).status()).toBe(403);
		} finally {
			evil.close();
		}
		await page.goto(PATHS.admin);
		await expect(page).toHaveURL((url) => url.pathname === PATHS.admin);
	});

	test('each JSON or body-less endpoint answers 403 to another origin, or to no origin at all, and changes nothing', async ({ page, baseURL }) => {
		await logIn(page, ADMIN);
		const own = new URL(baseURL!).origin;
		await gotoApp(page, '/admin/certificates');
		const option = page.getByLabel(t('ar', 'cert_issue_pick'), { exact: true }).locator('option').filter({ hasNotText: /القيادة|Leadership|التفاوض|Négociation/ });
		const target = (await option.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v.startsWith('module:'))))[0];
		expect(target).toBeTruthy();
		const serials = async () => {
			await page.goto(`/admin/certificates/issue?target=${target}`);
			return ((await page.locator('main').textContent()) ?? '').match(/AMS-\w{4}-\w{4}-\w{4}/g)?.length ?? 0;
		};
		const before = await serials();

		const foreign: Record<string, string>[] = [{ origin: EVIL }, { origin: 'null' }, { referer: `${EVIL}/page` }, {}];
		const calls: { what: string; method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; path: string; data?: string; type?: string }[] = [
			{ what: 'logout', method: 'POST', path: '/logout' },
			{ what: 'language (JSON)', method: 'POST', path: '/language', data: '{"locale":"fr"}', type: 'application/json' },
			{ what: 'language (no type)', method: 'POST', path: '/language', data: 'locale=fr' },
			{ what: 'files (no type)', method: 'POST', path: '/files', data: 'x' },
			{ what: 'certificates batch', method: 'POST', path: `/admin/certificates/issue/batch?target=${target}` },
			{ what: 'invitations CSV', method: 'POST', path: '/admin/users/import/invitations', data: '{}', type: 'application/json' },
			{ what: 'markdown preview', method: 'POST', path: '/trainer/preview', data: '{"markdown":"x"}', type: 'application/json' },
			{ what: 'a form action as JSON', method: 'POST', path: '/profile', data: '{"nameAr":"x"}', type: 'application/json' },
			{ what: 'PUT', method: 'PUT', path: '/logout' },
			{ what: 'PATCH', method: 'PATCH', path: '/language' },
			{ what: 'DELETE', method: 'DELETE', path: '/files' }
		];
		for (const c of calls)
			for (const headers of foreign) {
				const res = await page.request.fetch(c.path, {
					method: c.method,
					headers: { ...headers, ...(c.type ? { 'content-type': c.type } : {}) },
					...(c.data === undefined ? {} : { data: c.data }),
					maxRedirects: 0
				});
				expect(res.status(), `${c.what} with ${JSON.stringify(headers)}`).toBe(403);
				// Form content types meet SvelteKit's own check first; the others, the app's.
				if (c.type === 'application/json' || c.data === undefined) expect(await res.text(), c.what).toBe(t('ar', 'error_cross_origin'));
			}

		// Nothing changed: still logged in, still in Arabic, no certificate issued.
		expect(await serials()).toBe(before);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await expect(page).toHaveURL((url) => url.pathname === '/admin/certificates/issue');

		// The same preview from the app's own page works: by Origin, or by Referer when Origin is missing.
		const ok = await page.request.post('/trainer/preview', { headers: { origin: own }, data: { markdown: '**x**' } });
		expect(ok.status()).toBe(200);
		const byReferer = await page.request.post('/trainer/preview', { headers: { referer: `${own}/trainer/modules` }, data: { markdown: 'x' } });
		expect(byReferer.status()).toBe(200);
	});
});

test.describe('return paths stay on the site', () => {
	for (const next of ['/%09/evil.example/x', '//evil.example/x', '/\\evil.example', 'https://evil.example/', '/a%0D%0ALocation:%20https://evil.example']) {
		test(`login with next=${next} lands on the role’s home page`, async ({ page, baseURL }) => {
			await page.goto(`${PATHS.login}?next=${encodeURIComponent(next).replace(/%25/g, '%')}`);
			await submitLogin(page, TRAINER1.login, PASSWORD);
			await expect(page).toHaveURL((url) => url.origin === new URL(baseURL!).origin && url.pathname === PATHS.trainer);
		});
	}

	test('a local return path with its query string is kept', async ({ page }) => {
		await page.goto(`${PATHS.login}?next=${encodeURIComponent('/admin/users?page=1&q=a')}`);
		await submitLogin(page, ADMIN.login, PASSWORD);
		await expect(page).toHaveURL((url) => url.pathname === PATHS.users && url.searchParams.get('q') === 'a');
	});

	test('the language switch with a CR/LF or foreign redirectTo goes home, never to a 500 or another host', async ({ page, baseURL }) => {
		const her = learner(LEARNER.guesses);
		await logIn(page, her);
		for (const redirectTo of ['/a\r\nLocation: https://evil.example', '//evil.example', '/%09/evil.example', '/\t/evil.example']) {
			const res = await page.request.post('/language', { form: { locale: her.locale, redirectTo }, headers: formHeaders(baseURL), maxRedirects: 0 });
			expect(res.status(), JSON.stringify(redirectTo)).toBe(303);
			expect(res.headers()['location'], JSON.stringify(redirectTo)).toBe(PATHS.learn);
		}
	});
});

test.describe('guess limits answer 429 with Retry-After', () => {
	test('a burst of wrong join keys, then of wrong check-in codes: at most 10 checked each, the rest refused', async ({ page, baseURL }) => {
		const her = learner(LEARNER.guesses);
		await logIn(page, her);
		const post = (path: string, form: Record<string, string>) => page.request.post(path, { form, headers: formHeaders(baseURL), maxRedirects: 0 });
		for (const [path, form] of [
			['/learn/join', (i: number) => ({ module: 'leadership', key: `wrong-${i}` })],
			['/learn/check-in', (i: number) => ({ code: `ZZZZ${String(i).padStart(2, '0')}` })]
		] as const) {
			const answers = await Promise.all(Array.from({ length: 25 }, (_, i) => post(path, form(i))));
			const refused = answers.filter((r) => r.status() === 429);
			expect(answers.filter((r) => r.status() !== 429).length, path).toBeLessThanOrEqual(10);
			expect(refused.length, path).toBeGreaterThanOrEqual(15);
			for (const r of refused) expect(Number(r.headers()['retry-after']), path).toBeGreaterThan(0);
			// The check-in page says so in her language (the join page shows no form when nothing is left to join).
			if (path === '/learn/check-in') expect(await refused[0].text(), path).toMatch(tPattern(her.locale, 'error_rate_limited'));
		}
	});
});
