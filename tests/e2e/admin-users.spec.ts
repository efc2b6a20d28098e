import {
	ADMIN,
	LEARNER,
	PASSWORD,
	PATHS,
	TRAINER1,
	TRAINER2,
	clickAndLoad,
	createPerson,
	expect,
	findPersonId,
	gotoApp,
	greeting,
	learner,
	logIn,
	newPerson,
	submitLogin,
	t,
	tPattern,
	test,
	waitForHydration
} from './helpers';

test('admin edits a person and changes her role; the history lists both', async ({ page, newPage }) => {
	await logIn(page, ADMIN);
	const person = newPerson({ ar: 'مستفيدة للتعديل', latin: 'Edit Me' }, { password: `a long passphrase ${Date.now()}` });
	const { id } = await createPerson(page, person);

	await gotoApp(page, PATHS.user(id));
	const details = page.getByRole('region', { name: t('ar', 'user_details') });
	const latin = details.getByLabel(t('ar', 'name_latin_label'), { exact: true });
	await expect(latin).toHaveValue(person.nameLatin);
	const edited = { ...person, nameLatin: `${person.nameLatin} Edited`, nameAr: `${person.nameAr} معدلة` };
	await latin.fill(edited.nameLatin);
	await details.getByLabel(t('ar', 'name_ar_label'), { exact: true }).fill(edited.nameAr);
	await clickAndLoad(page, details.getByRole('button', { name: t('ar', 'save') }));
	await waitForHydration(page);
	await expect(page.getByRole('status').filter({ hasText: t('ar', 'user_saved') })).toBeVisible();
	await expect(latin).toHaveValue(edited.nameLatin);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('ar', 'user_edit_title', { name: `\u2068${edited.nameAr}\u2069` })); // the name is isolated (FSI…PDI)

	const access = page.getByRole('region', { name: t('ar', 'user_access') });
	await access.getByLabel(t('ar', 'role_label'), { exact: true }).selectOption('trainer');
	await clickAndLoad(page, access.getByRole('button', { name: t('ar', 'user_role_submit') }));
	await expect(page.getByRole('status').filter({ hasText: t('ar', 'user_role_changed') })).toBeVisible();
	await page.goto(PATHS.user(id));
	await expect(access.getByLabel(t('ar', 'role_label'), { exact: true })).toHaveValue('trainer');

	// Newest first: role change, edit, creation, each by the admin.
	const entries = page.getByRole('region', { name: t('ar', 'user_history') }).getByRole('listitem');
	await expect(entries).toHaveCount(3);
	const expected = ['audit_user_role', 'audit_user_update', 'audit_user_create'];
	for (const [i, key] of expected.entries()) {
		await expect(entries.nth(i)).toContainText(t('ar', key));
		await expect(entries.nth(i)).toContainText(t('ar', 'audit_by', { name: `\u2068${ADMIN.nameAr}\u2069` }));
	}

	// The change is real: she now logs in to the trainers' home, under her new name.
	const hers = await newPage();
	await logIn(hers, person, person.password);
	await expect(hers).toHaveURL((url) => url.pathname === PATHS.trainer);
	await expect(hers.getByRole('heading', { level: 1 })).toHaveText(greeting(edited));
});

test('a disabled person cannot log in and her open session ends; enabling lets her back in', async ({ page, newPage }) => {
	const who = learner(LEARNER.disable);
	const hers = await newPage();
	await logIn(hers, who);
	await expect(hers).toHaveURL((url) => url.pathname === PATHS.learn);

	await logIn(page, ADMIN);
	const id = await findPersonId(page, who);
	await page.goto(PATHS.user(id));
	const access = page.getByRole('region', { name: t('ar', 'user_access') });
	// Disabling takes a second, explicit step.
	await access.getByRole('link', { name: t('ar', 'user_disable') }).click();
	await expect(page).toHaveURL((url) => url.searchParams.get('confirm') === 'disable');
	await expect(access.getByText(t('ar', 'user_disable_warning'))).toBeVisible();
	await clickAndLoad(page, access.getByRole('button', { name: t('ar', 'user_disable_confirm') }));
	await expect(page.getByRole('status').filter({ hasText: t('ar', 'user_disabled') })).toBeVisible();
	await expect(page.getByText(t('ar', 'status_disabled'), { exact: true })).toBeVisible();

	// Her phone was logged in: the next page load finds the session gone.
	await hers.goto(PATHS.learn);
	await expect(hers).toHaveURL((url) => url.pathname === PATHS.login);
	await submitLogin(hers, who.login, PASSWORD);
	await expect(hers.getByRole('alert')).toHaveText(t('ar', 'login_disabled'));
	await expect(hers).toHaveURL((url) => url.pathname === PATHS.login);

	// The list's status filter finds her among the disabled.
	await page.goto(`${PATHS.users}?status=disabled&q=${encodeURIComponent(who.login)}`);
	await expect(page.getByRole('link', { name: who.nameAr, exact: true })).toBeVisible();

	await page.goto(PATHS.user(id));
	await clickAndLoad(page, access.getByRole('button', { name: t('ar', 'user_enable') }));
	await expect(page.getByRole('status').filter({ hasText: t('ar', 'user_enabled') })).toBeVisible();

	await submitLogin(hers, who.login, PASSWORD);
	await expect(hers).toHaveURL((url) => url.pathname === PATHS.learn);
	await expect(hers.getByRole('heading', { level: 1 })).toHaveText(greeting(who));

	const entries = page.getByRole('region', { name: t('ar', 'user_history') }).getByRole('listitem');
	await page.reload();
	await expect(entries.nth(0)).toContainText(t('ar', 'audit_user_enable'));
	await expect(entries.nth(1)).toContainText(t('ar', 'audit_user_disable'));
});

test('the people list filters by role and pages through the results', async ({ page }) => {
	await logIn(page, ADMIN);
	await gotoApp(page, PATHS.users);
	await page.getByLabel(t('ar', 'users_filter_role'), { exact: true }).selectOption('learner');
	await page.getByRole('button', { name: t('ar', 'search') }).click();
	await expect(page).toHaveURL((url) => url.searchParams.get('role') === 'learner');
	await expect(page.getByRole('table').getByRole('link')).toHaveCount(25); // a full page, one link per person
	await expect(page.getByRole('table')).not.toContainText(t('ar', 'role_trainer'));
	const pager = page.getByRole('navigation', { name: t('ar', 'pagination_label') });
	await expect(pager).toContainText(tPattern('ar', 'pagination_status', { page: 1 }));
	await pager.getByRole('link', { name: t('ar', 'pagination_next') }).click();
	await expect(page).toHaveURL((url) => url.searchParams.get('page') === '2' && url.searchParams.get('role') === 'learner');
	await expect(pager).toContainText(tPattern('ar', 'pagination_status', { page: 2 }));
	await expect(pager.getByRole('link', { name: t('ar', 'pagination_prev') })).toBeVisible();

	// Searching by name finds the trainer, by phone as typed (06…) finds the learner.
	await page.goto(`${PATHS.users}?q=${encodeURIComponent(TRAINER2.nameLatin)}`);
	await expect(page.getByRole('link', { name: TRAINER2.nameAr, exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: TRAINER1.nameAr, exact: true })).toHaveCount(0);
	const one = learner(LEARNER.roles);
	await page.goto(`${PATHS.users}?q=${encodeURIComponent(one.login)}`);
	await expect(page.getByRole('table').getByRole('link')).toHaveCount(1);
	await expect(page.getByRole('link', { name: one.nameAr, exact: true })).toBeVisible();
});
