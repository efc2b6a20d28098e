import type { Page } from '@playwright/test';
import {
	DIR,
	LEARNER,
	LOCALE_NAMES,
	PASSWORD,
	PATHS,
	clickAndLoad,
	expect,
	greeting,
	learner,
	logIn,
	submitLogin,
	t,
	test,
	type Locale,
	openMenu
} from './helpers';

async function switchTo(page: Page, locale: Locale) {
	await openMenu(page);
	await clickAndLoad(page, page.getByRole('button', { name: LOCALE_NAMES[locale], exact: true }));
}

async function expectLocale(page: Page, locale: Locale) {
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
	await expect(page.locator('html')).toHaveAttribute('dir', DIR[locale]);
	await openMenu(page);
	await expect(page.getByRole('button', { name: LOCALE_NAMES[locale], exact: true })).toHaveAttribute('aria-pressed', 'true');
}

test('the language switcher flips the direction, and the choice survives a reload', async ({ page }) => {
	await page.goto(PATHS.login);
	await expectLocale(page, 'ar');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('ar', 'login_title'));

	for (const locale of ['fr', 'zgh'] as const) {
		await switchTo(page, locale);
		await expect(page).toHaveURL((url) => url.pathname === PATHS.login);
		await expectLocale(page, locale);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(locale, 'login_title'));
		await expect(page.getByRole('form', { name: t(locale, 'language_change') })).toBeVisible();
	}

	await page.reload();
	await expectLocale(page, 'zgh');
	await page.goto(PATHS.admin); // redirected to the login page, still in Tamazight
	await expectLocale(page, 'zgh');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('zgh', 'login_title'));

	await switchTo(page, 'ar');
	await expectLocale(page, 'ar');
	// The page it came back to keeps its query string.
	await expect(page).toHaveURL((url) => url.pathname === PATHS.login && url.searchParams.get('next') === PATHS.admin);
});

test("a browser's French Accept-Language is honoured when nothing was chosen", async ({ newPage }) => {
	const page = await newPage({ locale: 'fr-FR' });
	await page.goto(PATHS.login);
	await expectLocale(page, 'fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('fr', 'login_title'));
});

test("a logged-in person's choice is saved on her account and follows her to another device", async ({ page, newPage }) => {
	const who = learner(LEARNER.language); // her account starts in Arabic
	expect(who.locale).toBe('ar');
	await logIn(page, who);
	await expectLocale(page, 'ar');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(greeting(who, 'ar'));

	await switchTo(page, 'fr');
	await expect(page).toHaveURL((url) => url.pathname === PATHS.learn);
	await expectLocale(page, 'fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(greeting(who, 'fr'));
	await page.goto(PATHS.profile);
	await expect(page.getByLabel(t('fr', 'locale_label'), { exact: true })).toHaveValue('fr');

	// Another phone: no cookie, so the login page is in Arabic ...
	const other = await newPage();
	await other.goto(PATHS.login);
	await expectLocale(other, 'ar');
	await submitLogin(other, who.login, PASSWORD);
	// ... and once she is in, her account's French applies.
	await expect(other).toHaveURL((url) => url.pathname === PATHS.learn);
	await expectLocale(other, 'fr');
	await expect(other.getByRole('heading', { level: 1 })).toHaveText(greeting(who, 'fr'));
});
