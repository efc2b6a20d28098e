import { expectAccessible } from './axe';
import type { Page } from '@playwright/test';
import {
	ADMIN,
	LEARNER,
	LOCALE_NAMES,
	PATHS,
	TRAINER1,
	TRAINER2,
	clickAndLoad,
	createPerson,
	expect,
	gotoApp,
	learner,
	logIn,
	newPerson,
	pageLocale,
	submitLogin,
	t,
	test,
	type Locale,
	type Person,
	openMenu
} from './helpers';

async function visit(page: Page, path: string, locale: Locale) {
	await gotoApp(page, path);
	await expectAccessible(page, locale, path);
}

async function chooseLanguage(page: Page, locale: Locale) {
	if ((await pageLocale(page)) !== locale) {
		await openMenu(page);
		await clickAndLoad(page, page.getByRole('button', { name: LOCALE_NAMES[locale], exact: true }));
	}
}

/** Staff accounts of the demo are in Arabic and French only: make one per language for these checks. */
async function adminIn(locale: Locale, newPage: () => Promise<Page>): Promise<{ admin: Person & { password?: string }; invitation: string }> {
	const page = await newPage();
	await logIn(page, ADMIN);
	const invitee = newPerson({ ar: 'مدعوة للفحص', latin: 'Axe Invitee' }, { locale });
	const { invitationLink } = await createPerson(page, invitee);
	if (locale === 'ar') return { admin: ADMIN, invitation: invitationLink! };
	const admin = newPerson({ ar: 'مسؤولة الفحص', latin: 'Axe Admin' }, { role: 'admin', locale, password: `axe admin passphrase ${Date.now()}` });
	await createPerson(page, admin);
	return { admin, invitation: invitationLink! };
}

const learners: Record<Locale, Person> = {
	ar: learner(LEARNER.roles),
	fr: learner(LEARNER.a11yFr),
	zgh: learner(LEARNER.a11yZgh)
};

for (const locale of ['ar', 'fr', 'zgh'] as const) {
	test.describe(`accessibility in ${locale}`, () => {
		test('public pages: login (empty and with an error) and a valid invitation', async ({ page, newPage }) => {
			const { invitation } = await adminIn('ar', newPage);
			await page.goto(PATHS.login);
			await chooseLanguage(page, locale);
			await expectAccessible(page, locale, PATHS.login);
			await submitLogin(page, '12345', 'not a password');
			await expect(page.getByRole('alert')).toHaveText(t(locale, 'login_failed_format'));
			await expectAccessible(page, locale, `${PATHS.login} with an error`);
			await page.goto(invitation);
			await expect(page.getByLabel(t(locale, 'password_new_label'), { exact: true })).toBeVisible();
			await expectAccessible(page, locale, '/invite/<token>');
		});

		test('learner pages', async ({ page }) => {
			const learnerPerson = learners[locale];
			expect(learnerPerson.locale).toBe(locale);
			await logIn(page, learnerPerson);
			await visit(page, PATHS.learn, locale);
			await visit(page, PATHS.profile, locale);
			await visit(page, '/learn/agenda', locale);
			await visit(page, '/learn/check-in', locale);
			// The error page she gets on a staff page.
			expect((await page.goto(PATHS.admin))?.status()).toBe(403);
			await expectAccessible(page, locale, `${PATHS.admin} (403)`);
		});

		// Split from the learner pages: with the new homes, the agenda and the check-in screen, one test no longer fit in 60 s.
		test('trainer pages', async ({ newPage }) => {
			// Eight pages through axe plus a GIFT check (and, in zgh, making an admin): like the quiz and admin tests, more than 60 s.
			test.setTimeout(90_000);
			const trainerPage = await newPage();
			if (locale === 'zgh') {
				// No demo trainer speaks Tamazight; an admin also sees the trainers' home.
				const { admin } = await adminIn('zgh', newPage);
				await logIn(trainerPage, admin, admin.password);
			} else {
				await logIn(trainerPage, locale === 'ar' ? TRAINER1 : TRAINER2);
			}
			await visit(trainerPage, PATHS.trainer, locale);
			await visit(trainerPage, '/trainer/sessions', locale);
			await visit(trainerPage, '/trainer/sessions/new', locale);
			await visit(trainerPage, '/trainer/sessions/report?module=participatory-planning', locale);
			// The session running now: its page, the roll call and the check-in screen.
			await gotoApp(trainerPage, '/trainer/sessions?module=participatory-planning');
			const checkIn = await trainerPage.getByRole('link', { name: t(locale, 'att_checkin_screen') }).first().getAttribute('href');
			const live = /^\/trainer\/sessions\/\d+/.exec(checkIn ?? '')?.[0];
			expect(live, `check-in link: ${checkIn}`).toBeTruthy();
			await visit(trainerPage, live!, locale);
			await visit(trainerPage, `${live}/roll`, locale);
			await visit(trainerPage, `${live}/check-in`, locale);
			// The GIFT import page of a module, with an error shown.
			await gotoApp(trainerPage, '/trainer/modules');
			const module = await trainerPage.locator('h2 a[href^="/trainer/modules/"]').first().getAttribute('href');
			await visit(trainerPage, `${module}/gift`, locale);
			await trainerPage.getByLabel(t(locale, 'gift_text_label')).fill('::Q1:: 2 + 2 {#four}');
			await clickAndLoad(trainerPage, trainerPage.getByRole('button', { name: t(locale, 'gift_check_submit') }));
			await expect(trainerPage.getByTestId('gift-errors')).toBeVisible();
			await expectAccessible(trainerPage, locale, `${module}/gift with an error`);
		});

		test('quiz pages: a learner’s module, quiz and result; a trainer’s quizzes, results, gain and bank', async ({ page, newPage }) => {
			test.setTimeout(90_000);
			await logIn(page, learners[locale]);
			await visit(page, '/learn/leadership', locale);
			const quiz = await page.locator('a[href*="/quiz/"]').first().getAttribute('href');
			await visit(page, quiz!, locale);
			const result = await page.locator('a[href*="/result/"]').first().getAttribute('href');
			await visit(page, result!, locale);

			const staff = await newPage();
			if (locale === 'zgh') {
				const { admin } = await adminIn('zgh', newPage);
				await logIn(staff, admin, admin.password);
			} else {
				await logIn(staff, locale === 'ar' ? TRAINER1 : TRAINER2);
			}
			await gotoApp(staff, '/trainer/modules');
			const mod = await staff.locator('a[href^="/trainer/modules/"]').filter({ hasNotText: /^$/ }).evaluateAll((as) =>
				as.map((a) => a.getAttribute('href')).find((h) => /^\/trainer\/modules\/\d+$/.test(h ?? ''))
			);
			await visit(staff, `${mod}/quizzes`, locale);
			const results = await staff.locator('a[href$="/results"]').first().getAttribute('href');
			await visit(staff, results!, locale);
			await visit(staff, `${mod}/gain`, locale);
			await visit(staff, `${mod}/bank`, locale);
		});

		test('admin pages', async ({ page, newPage }) => {
			test.setTimeout(90_000);
			const { admin } = await adminIn(locale, newPage);
			await logIn(page, admin, admin.password);
			await visit(page, PATHS.admin, locale);
			await visit(page, PATHS.users, locale);
			await visit(page, PATHS.newUser, locale);

			// The result of creating someone without a password: the invitation card.
			const person = newPerson({ ar: 'شخص للفحص', latin: 'Axe Person' });
			const { id } = await createPerson(page, person);
			await expect(page.getByTestId('invitation-link')).toBeVisible();
			await expectAccessible(page, locale, `${PATHS.newUser} after creating`);

			await visit(page, PATHS.user(id), locale);
			await page.goto(`${PATHS.user(id)}?confirm=disable`);
			await expect(page.getByRole('button', { name: t(locale, 'user_disable_confirm') })).toBeVisible();
			await expectAccessible(page, locale, `${PATHS.user(id)}?confirm=disable`);
			await visit(page, PATHS.profile, locale);
		});

		test('certificate pages: a learner’s, the public check, the register and an issuing page', async ({ page, newPage, baseURL }) => {
			test.setTimeout(90_000);
			await logIn(page, learners[locale]);
			await visit(page, '/certificates', locale);
			const visitor = await newPage();
			await visitor.context().addCookies([{ name: 'lang', value: locale, url: baseURL! }]);
			await visitor.goto('/verify?serial=AMS-0000-0000-0001');
			await expectAccessible(visitor, locale, '/verify (a mistyped serial)');
			await visitor.goto('/verify/AMS-0000-0000-0000');
			await expectAccessible(visitor, locale, '/verify/<unknown serial>');

			const staff = await newPage();
			const { admin } = await adminIn(locale, newPage);
			await logIn(staff, admin, admin.password);
			await visit(staff, '/admin/certificates', locale);
			const target = await staff.locator('#f-target option').first().getAttribute('value');
			await visit(staff, `/admin/certificates/issue?target=${target}`, locale);
		});
	});
}
