import { expectAccessible } from './axe';
import { TRAINER1, clickAndLoad, displayName, expect, gotoApp, learner, logIn, t, test } from './helpers';

const KEYS = { p256dh: 'B' + 'A'.repeat(86), auth: 'AAAAAAAAAAAAAAAAAAAAAA' };

// Demo learner 24 (Arabic) is used by no other browser test: her reminder choices change here.
const COUNCILLOR = learner(24);

test('a councillor chooses her reminder channels on her profile in Arabic; a bad address and number are refused in Arabic', async ({ page }) => {
	await logIn(page, COUNCILLOR);
	await gotoApp(page, '/profile');
	const section = page.locator('#reminders');
	await expect(section.getByRole('heading', { name: t('ar', 'reminders_title') })).toBeVisible();
	// Her phone login is her WhatsApp number until she says otherwise.
	await expect(section.getByLabel(t('ar', 'reminders_phone_label'))).toHaveValue('06 00 00 00 24');
	await expect(section.getByLabel(t('ar', 'reminders_quiet_start'), { exact: true })).toHaveValue('21:00');
	await expectAccessible(page, 'ar', 'profile with reminder choices');

	await section.getByLabel(t('ar', 'reminders_email_label')).fill('fatima@');
	await section.getByLabel(t('ar', 'reminders_phone_label')).fill('06 12');
	await section.getByLabel(t('ar', 'reminders_email_on')).check();
	await clickAndLoad(page, section.getByRole('button', { name: t('ar', 'reminders_save') }));
	await expect(section.getByText(t('ar', 'error_email_invalid'))).toBeVisible();
	await expect(section.getByText(t('ar', 'error_phone_invalid'))).toBeVisible();
	// What she typed is still there to correct.
	await expect(section.getByLabel(t('ar', 'reminders_email_label'))).toHaveValue('fatima@');
	await expectAccessible(page, 'ar', 'profile with reminder errors');

	await section.getByLabel(t('ar', 'reminders_email_label')).fill('fatima.24@example.org');
	await section.getByLabel(t('ar', 'reminders_phone_label')).fill('07 12 34 56 78');
	await section.getByLabel(t('ar', 'reminders_locale_label')).selectOption('fr');
	await clickAndLoad(page, section.getByRole('button', { name: t('ar', 'reminders_save') }));
	await expect(page.getByRole('status').filter({ hasText: t('ar', 'reminders_saved') })).toBeVisible();
	await gotoApp(page, '/profile');
	await expect(section.getByLabel(t('ar', 'reminders_email_label'))).toHaveValue('fatima.24@example.org');
	await expect(section.getByLabel(t('ar', 'reminders_email_on'))).toBeChecked();
	await expect(section.getByLabel(t('ar', 'reminders_phone_label'))).toHaveValue('07 12 34 56 78');
	await expect(section.getByLabel(t('ar', 'reminders_locale_label'))).toHaveValue('fr');

	// Push subscriptions: refused from another origin, and refused (in her language) for an endpoint the server must not call.
	const origin = new URL(page.url()).origin;
	const post = (from: string, endpoint: string) =>
		page.request.post('/profile/push', { headers: { origin: from, 'content-type': 'application/json' }, data: JSON.stringify({ endpoint, keys: KEYS }), maxRedirects: 0 });
	const foreign = await post('https://evil.example', 'https://fcm.googleapis.com/fcm/send/x');
	expect(foreign.status()).toBe(403);
	const internal = await post(origin, 'https://10.0.0.1/push');
	expect(internal.status()).toBe(400);
	expect((await internal.json()).error).toBe(t('ar', 'error_push_endpoint'));
	const good = await post(origin, `https://fcm.googleapis.com/fcm/send/e2e-${Date.now()}`);
	expect(good.status()).toBe(201);
});

test("a trainer's WhatsApp reminders page in Arabic at 360 px: one wa.me link per councillor, the text in her language", async ({ page }) => {
	await logIn(page, TRAINER1);
	await gotoApp(page, '/trainer/sessions');
	const href = await page.locator('a[href^="/trainer/sessions/"]').filter({ hasNotText: /^$/ }).evaluateAll((as) => as.map((a) => a.getAttribute('href')).find((h) => /^\/trainer\/sessions\/\d+$/.test(h ?? '')));
	expect(href).toBeTruthy();
	await gotoApp(page, href!);
	await gotoApp(page, (await page.getByRole('link', { name: t('ar', 'reminders_send_link') }).getAttribute('href'))!);
	await expect(page.getByRole('heading', { level: 1, name: t('ar', 'reminders_send_title') })).toBeVisible();

	const first = learner(1);
	const fr = learner(5); // learner 5 reads French
	const item = (p: typeof first) => page.locator('li.wa-item').filter({ hasText: displayName(p, 'ar') });
	await expect(item(first).getByRole('link', { name: new RegExp(t('ar', 'reminders_open_whatsapp')) })).toHaveAttribute('href', /^https:\/\/wa\.me\/212600000001\?text=/);
	await expect(item(first).locator('p.wa-text')).toHaveAttribute('lang', 'ar');
	await expect(item(fr).getByRole('link')).toHaveAttribute('href', /^https:\/\/wa\.me\/212600000005\?text=/);
	await expect(item(fr).locator('p.wa-text')).toHaveAttribute('lang', 'fr');
	await expect(item(fr).locator('p.wa-text')).toContainText('Amssawas');
	const link = decodeURIComponent((await item(fr).getByRole('link').getAttribute('href'))!.split('?text=')[1]);
	expect(link).toMatch(/Rappel d’Amssawas|Amssawas : la séance/);
	await expectAccessible(page, 'ar', "trainer's WhatsApp reminders page");
});
