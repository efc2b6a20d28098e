import {
	ADMIN,
	LEARNER,
	PASSWORD,
	PATHS,
	TRAINER1,
	TRAINER2,
	displayName,
	expect,
	formHeaders,
	greeting,
	learner,
	logIn,
	logOut,
	submitLogin,
	t,
	tPattern,
	test,
	type Person,
	openMenu
} from './helpers';

// The homes (issue 13 §23) no longer print "you are logged in as <role>": each role's home is told by its own page title.
const homes: { person: Person; home: string; pageTitle: string; title: string }[] = [
	{ person: learner(LEARNER.roles), home: PATHS.learn, pageTitle: 'learn_title', title: 'a learner' },
	{ person: TRAINER1, home: PATHS.trainer, pageTitle: 'home_title', title: 'a trainer' },
	{ person: TRAINER2, home: PATHS.trainer, pageTitle: 'home_title', title: 'a trainer with a French account' },
	{ person: ADMIN, home: PATHS.admin, pageTitle: 'admin_title', title: 'an admin' }
];

for (const { person, home, pageTitle, title } of homes) {
	test(`${title} logs in and lands on ${home}, greeted by name`, async ({ page }) => {
		await logIn(page, person);
		await expect(page).toHaveURL((url) => url.pathname === home);
		const l = person.locale;
		await expect(page.locator('html')).toHaveAttribute('lang', l);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(greeting(person));
		await expect(page).toHaveTitle(`${t(l, pageTitle)} · ${t(l, 'app_name')}`);
		// The header names her too, and links to her profile.
		await openMenu(page);
		await expect(page.getByRole('navigation').getByRole('link', { name: displayName(person, l) })).toHaveAttribute('href', PATHS.profile);
		// The root sends each role to its own home.
		await page.goto(PATHS.home);
		await expect(page).toHaveURL((url) => url.pathname === home);
	});
}

test('logging out ends the session, on the server too', async ({ page }) => {
	const who = learner(LEARNER.logout);
	await logIn(page, who);
	await expect(page).toHaveURL((url) => url.pathname === PATHS.learn);
	const session = (await page.context().cookies()).find((c) => c.name === 'session');
	expect(session).toBeTruthy();

	await logOut(page);
	expect((await page.context().cookies()).map((c) => c.name)).not.toContain('session');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('ar', 'login_title'));

	// A copy of the old cookie (a stolen one, say) no longer opens anything.
	await page.context().addCookies([session!]);
	await page.goto(PATHS.learn);
	await expect(page).toHaveURL((url) => url.pathname === PATHS.login && url.searchParams.get('next') === PATHS.learn);

	// Logging in again brings her back where she was going.
	await submitLogin(page, who.login, PASSWORD);
	await expect(page).toHaveURL((url) => url.pathname === PATHS.learn);
});

test('an anonymous visitor is sent to the login page', async ({ page }) => {
	await page.goto(PATHS.admin);
	await expect(page).toHaveURL((url) => url.pathname === PATHS.login && url.searchParams.get('next') === PATHS.admin);
	// While demo accounts exist, the login page says so.
	await expect(page.getByText(t('ar', 'login_demo_notice', { password: PASSWORD }))).toBeVisible();
});

test('a wrong password gets the translated error; the login is kept, the password is not', async ({ page }) => {
	const who = learner(LEARNER.wrongPassword);
	const wrong = 'not-her-password-7319';
	await page.goto(PATHS.login);
	await submitLogin(page, who.login, wrong);
	await expect(page).toHaveURL((url) => url.pathname === PATHS.login);
	await expect(page.getByRole('alert')).toHaveText(t('ar', 'login_failed'));
	await expect(page.getByLabel(t('ar', 'login_label'), { exact: true })).toHaveValue(who.login);
	await expect(page.getByLabel(t('ar', 'password_label'), { exact: true })).toHaveValue('');
	expect(await page.content()).not.toContain(wrong);
	expect((await page.context().cookies()).map((c) => c.name)).not.toContain('session');
});

test('a login that is neither an e-mail nor a Moroccan phone gets the format message', async ({ page }) => {
	await page.goto(PATHS.login);
	await submitLogin(page, '12345', 'whatever-password-1');
	await expect(page.getByRole('alert')).toHaveText(t('ar', 'login_failed_format'));
	await expect(page.getByLabel(t('ar', 'login_label'), { exact: true })).toHaveValue('12345');
	await expect(page.getByLabel(t('ar', 'password_label'), { exact: true })).toHaveValue('');
});

test('after 5 wrong passwords even the right one is refused, with Retry-After', async ({ page, baseURL, address }) => {
	const who = learner(LEARNER.rateLimit);
	await page.goto(PATHS.login);
	for (let i = 1; i <= 5; i++) {
		await submitLogin(page, who.login, `wrong-password-${i}`);
		await expect(page.getByRole('alert')).toHaveText(t('ar', 'login_failed'));
	}
	await submitLogin(page, who.login, PASSWORD);
	await expect(page).toHaveURL((url) => url.pathname === PATHS.login);
	const alert = page.getByRole('alert');
	await expect(alert).toHaveText(tPattern('ar', 'error_rate_limited'));
	// The window is 15 minutes from the first failure, a few seconds ago.
	const minutes = Number(/\d+/.exec((await alert.textContent()) ?? '')?.[0]);
	expect(minutes).toBeGreaterThanOrEqual(14);
	expect(minutes).toBeLessThanOrEqual(15);
	expect((await page.context().cookies()).map((c) => c.name)).not.toContain('session');

	const res = await page.request.post(PATHS.login, {
		form: { login: who.login, password: PASSWORD },
		headers: formHeaders(baseURL, { 'x-forwarded-for': address }),
		maxRedirects: 0
	});
	expect(res.status()).toBe(429);
	const retryAfter = Number(res.headers()['retry-after']);
	expect(retryAfter).toBeGreaterThan(0);
	expect(retryAfter).toBeLessThanOrEqual(15 * 60);
	expect(await res.text()).toMatch(tPattern('ar', 'error_rate_limited'));
	expect(res.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie' && h.value.startsWith('session='))).toEqual([]);
});

test('a login that reaches the app without the proxy’s address header is counted by its connection, not refused with an error', async ({ playwright, baseURL }) => {
	// The suite's server trusts x-forwarded-for (ADDRESS_HEADER); this request does not send it.
	const api = await playwright.request.newContext({ baseURL });
	const res = await api.post(PATHS.login, { form: { login: learner(LEARNER.roles).login, password: PASSWORD }, headers: formHeaders(baseURL), maxRedirects: 0 });
	expect(res.status()).toBe(303);
	expect(res.headersArray().some((h) => h.name.toLowerCase() === 'set-cookie' && h.value.startsWith('session='))).toBe(true);
	await api.dispose();
});
