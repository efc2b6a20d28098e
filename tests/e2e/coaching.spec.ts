import type { Locator, Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { ADMIN, LOCALE_NAMES, TRAINER1, TRAINER2, clickAndLoad, createPerson, displayName, expect, gotoApp, learner, logIn, newPerson, openMenu, pageLocale, t, test, type Locale } from './helpers';

// Demo learner 9 is coached by trainer1 and used by no other browser test (see LEARNER in helpers.ts).
const COACHED = learner(9);
// Learner 21 is coached by trainer2 (French).
const OTHER = learner(21);
const localDate = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca' }).format(ms);

/** The language switch lives in the header's menu (a closed <details>): open it first. */
async function chooseLanguage(page: Page, locale: Locale) {
	if ((await pageLocale(page)) === locale) return;
	await openMenu(page);
	await clickAndLoad(page, page.getByRole('button', { name: LOCALE_NAMES[locale], exact: true }));
}

/** The councillor's page from the coach's board, by her name; returns its address. */
async function openCouncillor(page: Page, who: typeof COACHED): Promise<string> {
	await gotoApp(page, '/coach');
	const l = await pageLocale(page);
	return follow(page, page.getByRole('link', { name: displayName(who, l), exact: true }), /^\/coach\/\d+$/);
}

/** Follows a link of a staff page (client-side navigation: no load event) and waits for the new page. */
async function follow(page: Page, link: Locator, path: RegExp): Promise<string> {
	const href = (await link.getAttribute('href')) ?? '';
	expect(new URL(href, page.url()).pathname).toMatch(path);
	await gotoApp(page, href);
	return new URL(page.url()).pathname;
}

test('a coach logs a session on a phone in Arabic with two actions; the learner sees the summary, not the notes, and marks her action done', async ({ page, newPage }) => {
	const stamp = Date.now();
	const summary = `اتفقنا على التحضير للدورة ${stamp}`;
	const notes = `ملاحظة سرية ${stamp}`;
	const hers = `تحضير سؤال عن الميزانية ${stamp}`;
	const coachs = `إرسال نموذج المداخلة ${stamp}`;

	await logIn(page, TRAINER1);
	const councillor = await openCouncillor(page, COACHED);
	await follow(page, page.getByRole('link', { name: t('ar', 'coach_log_session') }), /\/sessions\/new$/);
	await page.getByLabel(t('ar', 'coach_date'), { exact: true }).fill(localDate(Date.now() - 86_400_000));
	await page.getByLabel(t('ar', 'coach_start'), { exact: true }).fill('09:00');
	await page.getByLabel(t('ar', 'coach_end'), { exact: true }).fill('10:00');
	await page.getByLabel(t('ar', 'coach_status'), { exact: true }).selectOption('held');
	await page.getByLabel(t('ar', 'coach_mode'), { exact: true }).selectOption('phone');
	await page.getByLabel('الخطابة والتحدث أمام الجمهور').check();
	await page.getByLabel('العمل داخل اللجان').check();
	await page.getByLabel(t('ar', 'coach_summary'), { exact: true }).fill(summary);
	await page.locator('textarea[name=privateNotes]').fill(notes);
	await page.getByLabel(t('ar', 'coach_action_n', { n: 1 }), { exact: true }).fill(hers);
	await page.locator('input[name=actionDue0]').fill(localDate(Date.now() + 5 * 86_400_000));
	await page.getByLabel(t('ar', 'coach_action_n', { n: 2 }), { exact: true }).fill(coachs);
	await page.locator('select[name=actionOwner1]').selectOption('coach');
	await clickAndLoad(page, page.getByRole('button', { name: t('ar', 'coach_save') }));

	await expect(page).toHaveURL(new RegExp(`${councillor}\\?saved=1$`));
	await expect(page.getByRole('status').filter({ hasText: t('ar', 'coach_saved') })).toBeVisible();
	await expect(page.getByText(summary)).toBeVisible();
	await expect(page.getByText(notes)).toBeVisible();
	await expect(page.getByText(hers)).toBeVisible();
	await expect(page.getByText(coachs)).toBeVisible();

	const her = await newPage();
	await logIn(her, COACHED);
	await gotoApp(her, '/learn/plan');
	await expect(her.getByText(summary)).toBeVisible();
	await expect(her.locator('body')).not.toContainText(notes);
	const card = her.locator('li', { hasText: hers });
	await clickAndLoad(her, card.getByRole('button', { name: t('ar', 'coach_mark_done') }));
	await expect(her.locator('li', { hasText: hers }).getByRole('button', { name: t('ar', 'coach_mark_open') })).toBeVisible();
	const json = await (await her.request.get('/learn/plan/data.json')).text();
	expect(json).toContain(summary);
	expect(json).not.toContain(notes);

	// The coach sees it done; another coach cannot open this councillor at all.
	await gotoApp(page, councillor);
	await expect(page.locator('li', { hasText: hers })).toContainText(t('ar', 'coach_action_status_done'));
	const other = await newPage();
	await logIn(other, TRAINER2);
	const res = await other.goto(councillor);
	expect(res?.status()).toBe(403);
});

test('a session planned in the past is refused and the form keeps what was typed', async ({ page }) => {
	await logIn(page, TRAINER1);
	await openCouncillor(page, COACHED);
	await follow(page, page.getByRole('link', { name: t('ar', 'coach_plan_session') }), /\/sessions\/new$/);
	await page.getByLabel(t('ar', 'coach_date'), { exact: true }).fill(localDate(Date.now() - 3 * 86_400_000));
	await page.getByLabel(t('ar', 'coach_summary'), { exact: true }).fill('ما كتبته');
	await clickAndLoad(page, page.getByRole('button', { name: t('ar', 'coach_save') }));
	await expect(page.getByText(t('ar', 'coach_planned_in_past'))).toBeVisible();
	await expect(page.getByLabel(t('ar', 'coach_summary'), { exact: true })).toHaveValue('ما كتبته');
});

// Seventeen pages under axe: one test per language (and one for the learner's plan, whose
// language she switches herself), each with its own logged-in page, so none runs long.
test("the learner's plan passes axe in Arabic, French and Tamazight at 360 px", async ({ page }) => {
	// Five pages under axe plus four language switches (each a full reload): more than one page's test.
	test.setTimeout(120_000);
	await logIn(page, COACHED);
	await gotoApp(page, '/learn/plan');
	// Her three languages, back to Arabic at the end (the other tests read her pages in Arabic).
	for (const l of ['ar', 'fr', 'zgh', 'ar'] as const) {
		await chooseLanguage(page, l);
		await expectAccessible(page, l, '/learn/plan');
	}
	await gotoApp(page, '/learn/agenda');
	await expectAccessible(page, 'ar', '/learn/agenda');
});

test('coaching pages pass axe in Arabic at 360 px', async ({ page }) => {
	// trainer1 on her board, a councillor, the session form and the plan.
	await logIn(page, TRAINER1);
	const councillor = await openCouncillor(page, COACHED);
	for (const path of ['/coach', councillor, `${councillor}/sessions/new`, `${councillor}/plan`]) {
		await gotoApp(page, path);
		await expectAccessible(page, 'ar', path);
	}
});

test('coaching pages pass axe in French at 360 px', async ({ page }) => {
	// trainer2 and her own councillor.
	await logIn(page, TRAINER2);
	const hers = await openCouncillor(page, OTHER);
	for (const path of ['/coach', hers, `${hers}/sessions/new`, `${hers}/plan`]) {
		await gotoApp(page, path);
		await expectAccessible(page, 'fr', path);
	}
});

test('coaching pages pass axe in Tamazight at 360 px', async ({ page, newPage }) => {
	// Five pages under axe, and an admin created (two logins) first: more than one page's test.
	test.setTimeout(120_000);
	// An admin made for the purpose, on the admin pages and a councillor's (found from trainer1's board).
	const coach = await newPage();
	await logIn(coach, TRAINER1);
	const councillor = await openCouncillor(coach, COACHED);
	await logIn(page, ADMIN);
	const admin = newPerson({ ar: 'مسؤولة المواكبة', latin: 'Coaching Admin' }, { role: 'admin', locale: 'zgh', password: `coaching admin passphrase ${Date.now()}` });
	await createPerson(page, admin);
	const zgh = await newPage();
	await logIn(zgh, admin, admin.password);
	for (const path of ['/admin/coaching', '/admin/coaching/assign', '/admin/coaching/settings', councillor, `${councillor}/plan`]) {
		await gotoApp(zgh, path);
		await expectAccessible(zgh, 'zgh', path);
	}
});
