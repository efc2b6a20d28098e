import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAccessible } from './axe';
import { ADMIN, LEARNER, TRAINER1, clickAndLoad, expect, gotoApp, learner, logIn, t, test, uniqueDigits } from './helpers';

const iso = (s: string) => `\u2068${s}\u2069`;

const IMPORT = '/admin/users/import';

async function upload(page: Page, name: string, content: string) {
	await gotoApp(page, IMPORT);
	await page.getByLabel(t('ar', 'import_file_label', { csv: 'CSV' }), { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
	await clickAndLoad(page, page.getByRole('button', { name: t('ar', 'import_check_submit') }));
}

test('a CSV import with errors lists them by line and changes nothing; the corrected file imports, once', async ({ page }) => {
	test.setTimeout(120_000);
	await logIn(page, ADMIN);
	const d = uniqueDigits();
	const cohort = `Promo E2E ${d}`;
	const phone = (n: number) => `07${d.slice(0, 7)}${n}`;
	const header = 'Name_AR;name_latin;LOGIN;commune;cohort;language';
	const bad = [
		`\uFEFF${header}`,
		`فاطمة ${d};Fatima ${d};${phone(1)};Béni-Mellal;${cohort};fr`,
		`خديجة ${d};Khadija ${d};123;Casablanca;${cohort};`,
		`"زينب; ${d}";Zineb ${d};${phone(3)};ازيلال;${cohort};en`
	].join('\r\n');

	await upload(page, 'councillors.csv', bad);
	const problems = page.getByTestId('import-problems').getByRole('listitem');
	await expect(problems).toHaveText([
		// Values and column names from the file are isolated (FSI…PDI) so they keep their order in Arabic.
		t('ar', 'import_problem_at', { line: 3, column: iso('login'), reason: t('ar', 'import_login_invalid', { value: iso('123') }) }),
		t('ar', 'import_problem_at', { line: 3, column: iso('commune'), reason: t('ar', 'import_commune_unknown', { value: iso('Casablanca') }) }),
		t('ar', 'import_problem_at', { line: 4, column: iso('language'), reason: t('ar', 'import_language_invalid', { value: iso('en') }) })
	]);
	await expect(page.getByRole('button', { name: /استيراد هذه الأسطر/ })).toHaveCount(0);
	await expectAccessible(page, 'ar', `${IMPORT} with problems`);

	// Nothing was written: neither the valid first line nor the cohort.
	await page.goto(`/admin/users?q=${encodeURIComponent(`Fatima ${d}`)}`);
	await expect(page.getByText(t('ar', 'users_empty'))).toBeVisible();
	await page.goto('/admin/cohorts');
	await expect(page.getByRole('link', { name: cohort })).toHaveCount(0);

	const good = bad.replace(';123;Casablanca;', `;${phone(2)};;`).replace(';en', ';zgh');
	await upload(page, 'councillors.csv', good);
	await expect(page.getByText(t('ar', 'import_summary', { created: t('ar', 'import_n_new', { count: 3 }), existing: t('ar', 'import_n_existing', { count: 0 }) }))).toBeVisible();
	await expectAccessible(page, 'ar', `${IMPORT} preview`);
	await clickAndLoad(page, page.getByRole('button', { name: t('ar', 'import_confirm_submit', { count: 3 }) }));
	await expect(page.getByRole('status').filter({ hasText: t('ar', 'import_done', { created: t('ar', 'import_n_new', { count: 3 }), existing: t('ar', 'import_n_existing', { count: 0 }), memberships: t('ar', 'import_n_memberships', { count: 3 }) }) })).toBeVisible();
	await expectAccessible(page, 'ar', `${IMPORT} result`);

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('ar', 'import_invitations_download', { csv: 'CSV' }) }).click()]);
	const csv = readFileSync((await download.path())!, 'utf8');
	expect(csv.startsWith('\uFEFFname_ar,name_latin,login,link\r\n')).toBe(true);
	expect(csv).toContain(`زينب; ${d},Zineb ${d},07 `);
	expect(csv.match(/\/invite\/[a-z2-7]{32}/g)).toHaveLength(3);

	// The same file again: no one new, nothing duplicated.
	await upload(page, 'councillors.csv', good);
	await expect(page.getByText(t('ar', 'import_summary', { created: t('ar', 'import_n_new', { count: 0 }), existing: t('ar', 'import_n_existing', { count: 3 }) }))).toBeVisible();
	await clickAndLoad(page, page.getByRole('button', { name: t('ar', 'import_confirm_submit', { count: 3 }) }));
	await expect(page.getByRole('status').filter({ hasText: t('ar', 'import_done', { created: t('ar', 'import_n_new', { count: 0 }), existing: t('ar', 'import_n_existing', { count: 3 }), memberships: t('ar', 'import_n_memberships', { count: 0 }) }) })).toBeVisible();

	await page.goto('/admin/cohorts');
	await page.getByRole('link', { name: cohort }).click();
	// The cohort's name, typed by an admin, is isolated in the heading so it keeps its order in Arabic.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('ar', 'cohort_title', { name: iso(cohort) }));
	await expect(page.getByRole('heading', { name: `${t('ar', 'cohort_members')} (3)` })).toBeVisible();
});

test('the enrolment pages pass axe, in Arabic, on a phone', async ({ page, newPage }) => {
	test.setTimeout(120_000);
	await logIn(page, ADMIN);
	await gotoApp(page, IMPORT);
	await expectAccessible(page, 'ar', IMPORT);
	await gotoApp(page, '/admin/cohorts');
	await expectAccessible(page, 'ar', '/admin/cohorts');

	const name = `Axe cohort ${uniqueDigits()}`;
	await page.getByLabel(t('ar', 'cohort_name_label'), { exact: true }).fill(name);
	await clickAndLoad(page, page.getByRole('button', { name: t('ar', 'cohort_create_submit') }));
	await expect(page.getByRole('status').filter({ hasText: t('ar', 'cohort_created') })).toBeVisible();
	const cohortUrl = page.url().replace(/\?.*$/, '');
	// A form error keeps what was typed.
	await page.getByLabel(t('ar', 'cohort_member_add_label'), { exact: true }).fill('0799999999');
	await clickAndLoad(page, page.getByRole('button', { name: t('ar', 'cohort_member_add_submit') }));
	await expect(page.getByText(t('ar', 'cohort_member_unknown'))).toBeVisible();
	await expect(page.getByLabel(t('ar', 'cohort_member_add_label'), { exact: true })).toHaveValue('0799999999');
	await page.getByLabel(t('ar', 'cohort_member_add_label'), { exact: true }).fill(learner(LEARNER.roles).login);
	await clickAndLoad(page, page.getByRole('button', { name: t('ar', 'cohort_member_add_submit') }));
	await expect(page.getByRole('status').filter({ hasText: t('ar', 'cohort_member_added') })).toBeVisible();
	// She follows the four demo modules, so the cohort now does: the next person added may join them too.
	await expect(page.getByLabel(t('ar', 'cohort_member_enrol_modules', { count: 4 }))).toBeChecked();
	await expectAccessible(page, 'ar', cohortUrl);

	await page.getByRole('link', { name: learner(LEARNER.roles).nameAr }).click();
	await expect(page).toHaveURL(/\/admin\/users\/\d+\/enrolments$/);
	await expectAccessible(page, 'ar', '/admin/users/<id>/enrolments');

	await gotoApp(page, '/admin/exports');
	await expectAccessible(page, 'ar', '/admin/exports');
	const users = await page.request.get('/admin/exports/users.csv');
	expect(users.headers()['content-type']).toBe('text/csv; charset=utf-8');
	expect((await users.text()).startsWith('\uFEFFname_ar,name_latin,login')).toBe(true);

	const trainer = await newPage();
	await logIn(trainer, TRAINER1);
	await gotoApp(trainer, '/trainer/learners');
	await expectAccessible(trainer, 'ar', '/trainer/learners');

	const her = await newPage();
	await logIn(her, learner(LEARNER.roles));
	await gotoApp(her, '/learn/join');
	await expectAccessible(her, 'ar', '/learn/join');
	expect((await her.goto('/admin/cohorts'))?.status()).toBe(403);
});
