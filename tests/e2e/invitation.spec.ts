import {
	ADMIN,
	PATHS,
	clickAndLoad,
	createPerson,
	escapeRegExp,
	expect,
	greeting,
	logIn,
	logOut,
	newPerson,
	t,
	test
} from './helpers';

const iso = (s: string) => `\u2068${s}\u2069`;

test('invitation: created without a password, she chooses one through the link and can log in with it', async ({
	page,
	newPage,
	baseURL
}) => {
	// The admin creates her account without a password and gets a one-time link.
	await logIn(page, ADMIN);
	const invitee = newPerson({ ar: 'مدعوة', latin: 'Invitee' });
	const { id, invitationLink } = await createPerson(page, invitee);
	expect(invitationLink).toMatch(new RegExp(`^${escapeRegExp(baseURL!)}/invite/[a-z2-7]{32}$`));
	const link = invitationLink!;

	const whatsapp = await page.getByRole('link', { name: t('ar', 'invitation_whatsapp') }).getAttribute('href');
	// Addressed to her: her phone (her login) in international form, without the plus.
	const to = `212${invitee.login.replace(/^0/, '')}`;
	expect(whatsapp).toMatch(new RegExp(`^https://wa\\.me/${to}\\?text=`));
	const text = decodeURIComponent(whatsapp!.slice(`https://wa.me/${to}?text=`.length));
	expect(text).toBe(t('ar', 'invitation_message', { name: invitee.nameAr, link }));

	await page.goto(PATHS.user(id));
	await expect(page.getByText(t('ar', 'status_invited'), { exact: true })).toBeVisible();

	// She opens it on her own phone.
	const her = await newPage();
	await her.goto(link);
	await expect(her.getByRole('heading', { level: 1 })).toHaveText(t('ar', 'invite_title'));
	const shownLogin = invitee.login.replace(/(\d{2})(?=\d)/g, '$1 ');
	// Her name and login are isolated (FSI…PDI) so the Latin digits keep their order in the Arabic sentence.
	await expect(her.getByText(t('ar', 'invite_intro', { name: iso(invitee.nameAr), login: iso(shownLogin) }))).toBeVisible();

	const password = her.getByLabel(t('ar', 'password_new_label'), { exact: true });
	const confirm = her.getByLabel(t('ar', 'password_confirm_label'), { exact: true });
	const submit = her.getByRole('button', { name: t('ar', 'invite_submit') });

	await password.fill('short');
	await confirm.fill('short');
	await clickAndLoad(her, submit);
	await expect(her.getByRole('alert')).toHaveText(t('ar', 'error_invalid_form'));
	await expect(password).toHaveAccessibleDescription(new RegExp(escapeRegExp(t('ar', 'password_too_short'))));
	await expect(password).toHaveAttribute('aria-invalid', 'true');

	const chosen = `orange trees in Tiznit ${Date.now()}`;
	await password.fill(chosen);
	await confirm.fill(`${chosen}!`);
	await clickAndLoad(her, submit);
	await expect(confirm).toHaveAccessibleDescription(t('ar', 'password_mismatch'));
	await expect(confirm).toHaveAttribute('aria-invalid', 'true');
	await expect(her).toHaveURL(link);

	await password.fill(chosen);
	await confirm.fill(chosen);
	await clickAndLoad(her, submit);
	await expect(her).toHaveURL((url) => url.pathname === PATHS.learn);
	await expect(her.getByRole('heading', { level: 1 })).toHaveText(greeting(invitee));

	// The link works once only.
	await her.goto(link);
	await expect(her.getByRole('alert')).toHaveText(t('ar', 'invitation_used'));
	await expect(her.getByLabel(t('ar', 'password_new_label'), { exact: true })).toHaveCount(0);

	// From now on she logs in with her password.
	await logOut(her);
	await logIn(her, invitee, chosen);
	await expect(her).toHaveURL((url) => url.pathname === PATHS.learn);
	await expect(her.getByRole('heading', { level: 1 })).toHaveText(greeting(invitee));

	await page.reload();
	await expect(page.getByText(t('ar', 'status_active'), { exact: true })).toBeVisible();
});

test('a made-up invitation link is rejected', async ({ page }) => {
	await page.goto(PATHS.invite('a'.repeat(32)));
	await expect(page.getByRole('alert')).toHaveText(t('ar', 'invitation_unknown'));
	await expect(page.getByLabel(t('ar', 'password_new_label'), { exact: true })).toHaveCount(0);
});
