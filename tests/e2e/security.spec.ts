import type { APIResponse, Response } from '@playwright/test';
import { ADMIN, LEARNER, PASSWORD, PATHS, expect, formHeaders, learner, logIn, openMenu, test } from './helpers';

function csp(headers: Record<string, string>): Record<string, string[]> {
	const raw = headers['content-security-policy'];
	expect(raw, 'Content-Security-Policy header').toBeTruthy();
	return Object.fromEntries(
		raw
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...values]) => [name.toLowerCase(), values])
	);
}

function expectSecurityHeaders(res: APIResponse | Response, what: string) {
	const headers = res.headers();
	const policy = csp(headers);
	const scripts = policy['script-src'] ?? policy['default-src'];
	expect(scripts, `${what}: script-src`).toBeDefined();
	expect(scripts, `${what}: script-src`).not.toContain("'unsafe-inline'");
	expect(scripts, `${what}: script-src`).not.toContain("'unsafe-eval'");
	expect(policy['frame-ancestors'], `${what}: frame-ancestors`).toEqual(["'none'"]);
	expect(headers['x-content-type-options'], what).toBe('nosniff');
	expect(headers['referrer-policy'], what).toBe('same-origin');
}

test('pages carry the security headers', async ({ request }) => {
	expectSecurityHeaders(await request.get(PATHS.login), PATHS.login);
	expectSecurityHeaders(await request.get(PATHS.healthz), PATHS.healthz);
});

test('a page with client-side code runs under its CSP without violations', async ({ page }) => {
	const problems: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.push(msg.text());
	});
	page.on('pageerror', (e) => problems.push(e.message));
	await logIn(page, ADMIN);
	const res = await page.goto(PATHS.users);
	expectSecurityHeaders(res!, PATHS.users);
	expect(res!.headers()['cache-control'], 'private pages are not cached').toContain('no-store');
	// Hydrated: a client-side navigation works (no full reload means kit's script ran).
	await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
	// Her name links to her profile from the header's menu (a <details>, closed until opened).
	await openMenu(page);
	await page.getByRole('link', { name: ADMIN.nameAr }).click();
	await expect(page).toHaveURL((url) => url.pathname === PATHS.profile);
	expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
	expect(problems).toEqual([]);
});

test('the session cookie is HttpOnly and SameSite=Lax', async ({ page, baseURL }) => {
	const res = await page.request.post(PATHS.login, {
		form: { login: learner(LEARNER.cookies).login, password: PASSWORD },
		headers: formHeaders(baseURL),
		maxRedirects: 0
	});
	expect(res.status()).toBe(303);
	const session = res
		.headersArray()
		.filter((h) => h.name.toLowerCase() === 'set-cookie')
		.map((h) => h.value)
		.find((v) => v.startsWith('session='));
	expect(session, 'Set-Cookie: session=…').toBeTruthy();
	expect(session).toMatch(/;\s*HttpOnly(;|$)/i);
	expect(session).toMatch(/;\s*SameSite=Lax(;|$)/i);
	expect(session).toMatch(/;\s*Path=\/(;|$)/i);

	// The browser got it (page.request shares the context's cookies) and scripts cannot read it.
	const cookie = (await page.context().cookies()).find((c) => c.name === 'session');
	expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
	await page.goto(PATHS.learn);
	await expect(page).toHaveURL((url) => url.pathname === PATHS.learn);
	expect(await page.evaluate(() => document.cookie)).not.toContain('session=');
});

test('/healthz answers that the app and its database are up', async ({ request }) => {
	const res = await request.get(PATHS.healthz);
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toContain('application/json');
	expect(await res.json()).toEqual({ status: 'ok', db: 'ok' });
});
