import {
	ADMIN,
	LEARNER,
	PASSWORD,
	PATHS,
	TRAINER1,
	createPerson,
	expect,
	formHeaders,
	learner,
	logIn,
	newPerson,
	t,
	test
} from './helpers';

test('a learner gets 403 on the staff pages', async ({ page }) => {
	await logIn(page, learner(LEARNER.authz));
	for (const path of [PATHS.admin, PATHS.users, PATHS.newUser, PATHS.user(1), PATHS.trainer]) {
		const res = await page.goto(path);
		expect(res?.status(), path).toBe(403);
		await expect(page.getByText(t('ar', 'error_forbidden'))).toBeVisible();
	}
	expect((await page.goto(PATHS.learn))?.status()).toBe(200);
});

test('a trainer gets 403 on the admin pages but not on her own', async ({ page }) => {
	await logIn(page, TRAINER1);
	for (const path of [PATHS.admin, PATHS.users, PATHS.user(1)]) {
		expect((await page.goto(path))?.status(), path).toBe(403);
	}
	expect((await page.goto(PATHS.trainer))?.status()).toBe(200);
	expect((await page.goto(PATHS.learn))?.status()).toBe(403);
});

test("a learner's direct POST to admin form actions is refused and changes nothing", async ({ page, newPage, baseURL }) => {
	// A person of her own for this test, so a broken guard cannot upset the other tests.
	const admin = await newPage();
	await logIn(admin, ADMIN);
	const target = newPerson({ ar: 'هدف', latin: 'Target' }, { role: 'trainer', password: `target passphrase ${Date.now()}` });
	const { id } = await createPerson(admin, target);

	await logIn(page, learner(LEARNER.authz));
	const attempts: [string, Record<string, string>][] = [
		['disable', {}],
		['role', { role: 'learner' }],
		['update', { login: target.login, nameAr: 'مخترق', nameLatin: 'Hacked', locale: 'fr', communeId: '' }],
		['reinvite', {}]
	];
	for (const [action, form] of attempts) {
		const res = await page.request.post(`${PATHS.user(id)}?/${action}`, { form, headers: formHeaders(baseURL), maxRedirects: 0 });
		expect(res.status(), action).toBe(403);
		// The way use:enhance posts (JSON answer wanted) is refused too.
		const json = await page.request.post(`${PATHS.user(id)}?/${action}`, {
			form,
			headers: formHeaders(baseURL, { accept: 'application/json', 'x-sveltekit-action': 'true' }),
			maxRedirects: 0
		});
		expect(json.status(), `${action} (JSON)`).toBe(403);
		expect(await json.json(), action).toMatchObject({ type: 'error', error: { message: t('ar', 'error_forbidden') } });
	}

	await admin.goto(PATHS.user(id));
	await expect(admin.getByText(t('ar', 'status_active'), { exact: true })).toBeVisible();
	await expect(admin.getByLabel(t('ar', 'role_label'), { exact: true })).toHaveValue('trainer');
	await expect(admin.getByLabel(t('ar', 'name_latin_label'), { exact: true })).toHaveValue(target.nameLatin);
	const entries = admin.getByRole('region', { name: t('ar', 'user_history') }).getByRole('listitem');
	await expect(entries).toHaveCount(1);
	await expect(entries).toContainText(t('ar', 'audit_user_create'));

	// And the target can still log in as a trainer.
	const hers = await newPage();
	await logIn(hers, target, target.password);
	await expect(hers).toHaveURL((url) => url.pathname === PATHS.trainer);
});

test('cross-site form posts are refused, even with an admin session', async ({ request, newPage, baseURL }) => {
	const evil = { origin: 'https://evil.example', accept: 'text/html' };
	const login = await request.post(PATHS.login, { form: { login: ADMIN.login, password: PASSWORD }, headers: evil, maxRedirects: 0 });
	expect(login.status()).toBe(403);
	expect(login.headers()['set-cookie'] ?? '').not.toContain('session=');

	const admin = await newPage();
	await logIn(admin, ADMIN);
	const target = newPerson({ ar: 'هدف عبر المواقع', latin: 'Cross Site Target' });
	const { id } = await createPerson(admin, target);
	const res = await admin.request.post(`${PATHS.user(id)}?/disable`, { form: {}, headers: evil, maxRedirects: 0 });
	expect(res.status()).toBe(403);
	const lang = await admin.request.post('/language', { form: { locale: 'fr', redirectTo: '/' }, headers: evil, maxRedirects: 0 });
	expect(lang.status()).toBe(403);

	await admin.goto(PATHS.user(id));
	await expect(admin.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(admin.getByText(t('ar', 'status_invited'), { exact: true })).toBeVisible();
	await expect(admin.getByRole('region', { name: t('ar', 'user_history') }).getByRole('listitem')).toHaveCount(1);

	// The same post from the app's own origin works (so the 403 above is the origin check, not something else).
	const ok = await admin.request.post(`${PATHS.user(id)}?/disable`, { form: {}, headers: formHeaders(baseURL), maxRedirects: 0 });
	expect(ok.status()).toBe(200);
	await admin.reload();
	await expect(admin.getByText(t('ar', 'status_disabled'), { exact: true })).toBeVisible();
});
