import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { TRAINER1, clickAndLoad, expect, gotoApp, learner, logIn, t, test } from './helpers';

// Demo learners 9 and 17 did not take the leadership pre-test in the demo data (see demo/quizzes.ts).
const TAKER = learner(9);
const READER = learner(17);
const ar = (key: string, params: Record<string, string | number> = {}) => t('ar', key, params);
const num = (n: number) => String(n);

test('a learner on a phone takes the pre-test in Arabic, leaves mid-way, comes back, finishes and sees her result', async ({ page, context }) => {
	// One journey that cannot be cut (she leaves and comes back to the same attempt): some twenty-five
	// page loads and four axe checks, which on a busy machine ran past 60 s now that every page
	// carries the header menu, offline.js and isolated values.
	test.slow();
	expect(TAKER.locale).toBe('ar');
	await logIn(page, TAKER);
	await page.goto('/learn/leadership');
	await clickAndLoad(page, page.getByRole('link', { name: /الاختبار القبلي/ }));
	await expectAccessible(page, 'ar', 'quiz intro');
	await clickAndLoad(page, page.getByRole('button', { name: ar('quiz_start') }));

	// Question 1 (single choice, options shuffled): the right one by its text.
	await expect(page.getByText(ar('quiz_page_of', { page: num(1), pages: num(8) }))).toBeVisible();
	await expectAccessible(page, 'ar', 'quiz question page');
	await page.getByLabel('ثلاث دورات').check();
	await clickAndLoad(page, page.getByRole('button', { name: ar('quiz_next') }));
	// Question 2 (true/false).
	await page.getByLabel(ar('quiz_true'), { exact: true }).check();
	await clickAndLoad(page, page.getByRole('button', { name: ar('quiz_next') }));
	// Question 3 (single).
	await page.getByLabel('بحضور أغلبية الأعضاء المزاولين مهامهم').check();
	await clickAndLoad(page, page.getByRole('button', { name: ar('quiz_next') }));
	await expect(page.getByText(ar('quiz_page_of', { page: num(4), pages: num(8) }))).toBeVisible();

	// She closes the phone, and later opens the app again.
	await page.close();
	const again = await context.newPage();
	await again.goto('/learn/leadership');
	await expect(again.getByRole('link', { name: /الاختبار القبلي/ })).toContainText(ar('quiz_in_progress'));
	await clickAndLoad(again, again.getByRole('link', { name: /الاختبار القبلي/ }));
	await clickAndLoad(again, again.getByRole('link', { name: ar('quiz_continue') }));
	// Back where she stopped, with three answers saved.
	await expect(again.getByText(ar('quiz_page_of', { page: num(4), pages: num(8) }))).toBeVisible();
	await expect(again.getByText(ar('quiz_review_count', { answered: num(3), total: num(8) }))).toBeVisible();
	await clickAndLoad(again, again.getByRole('button', { name: ar('quiz_prev') }));
	await expect(again.getByLabel('بحضور أغلبية الأعضاء المزاولين مهامهم')).toBeChecked();
	await clickAndLoad(again, again.getByRole('button', { name: ar('quiz_next') }));

	// Question 4 (multiple choice).
	for (const label of ['الرئيس', 'نواب الرئيس', 'كاتب المجلس ونائبه']) await again.getByLabel(label, { exact: true }).check();
	await clickAndLoad(again, again.getByRole('button', { name: ar('quiz_next') }));
	// Question 5 (a number, typed with Arabic-Indic digits).
	await again.getByLabel(ar('quiz_your_number')).fill('٣');
	await clickAndLoad(again, again.getByRole('button', { name: ar('quiz_next') }));
	// Question 6 (short answer, typed with diacritics and extra spaces).
	await again.getByLabel(ar('quiz_your_answer')).fill('  النِّظَام   الداخلي ');
	await clickAndLoad(again, again.getByRole('button', { name: ar('quiz_next') }));
	// Question 7 (matching).
	const pairs: [string, string][] = [
		['الدورة الاستثنائية', 'يدعو إليها الرئيس بمبادرته أو بطلب من ثلث الأعضاء على الأقل'],
		['النصاب القانوني', 'حضور أغلبية الأعضاء المزاولين مهامهم'],
		['جدول الأعمال', 'لائحة النقط المعروضة في الدورة'],
		['النظام الداخلي', 'قواعد سير المجلس الملزمة لكل الأعضاء']
	];
	for (const [left, right] of pairs) await again.getByLabel(left, { exact: true }).selectOption({ label: right });
	await clickAndLoad(again, again.getByRole('button', { name: ar('quiz_next') }));
	// Question 8 (true/false: the statement is false). The last page leads to the review.
	await again.getByLabel(ar('quiz_false'), { exact: true }).check();
	await clickAndLoad(again, again.getByRole('button', { name: ar('quiz_finish') }));

	await expect(again.getByRole('heading', { name: ar('quiz_review_title') })).toBeVisible();
	await expect(again.getByText(ar('quiz_review_count', { answered: num(8), total: num(8) })).first()).toBeVisible();
	await expectAccessible(again, 'ar', 'quiz review');
	await clickAndLoad(again, again.getByRole('button', { name: ar('quiz_submit') }));

	await expect(again.getByRole('heading', { name: ar('quiz_result_title') })).toBeVisible();
	await expect(again.getByText(ar('quiz_result_pre_hint'))).toBeVisible();
	await expect(again.locator('.score')).toContainText('100');
	await expect(again.getByText(ar('quiz_verdict_correct'))).toHaveCount(8);
	await expectAccessible(again, 'ar', 'quiz result');

	// One attempt allowed: no second one, and going back to the attempt shows the result.
	const resultUrl = again.url();
	await again.goto(resultUrl.replace('/result/', '/attempt/'));
	await expect(again).toHaveURL(resultUrl);
	await again.goto('/learn/leadership');
	await clickAndLoad(again, again.getByRole('link', { name: /الاختبار القبلي/ }));
	await expect(again.getByText(ar('quiz_no_attempts_left'))).toBeVisible();
	await expect(again.getByRole('button', { name: ar('quiz_start') })).toHaveCount(0);
});

test('the quiz page never carries the answer key', async ({ page }) => {
	await logIn(page, READER);
	await page.goto('/learn/leadership');
	await clickAndLoad(page, page.getByRole('link', { name: /الاختبار القبلي/ }));
	await clickAndLoad(page, page.getByRole('button', { name: ar('quiz_start') }));
	const html = await page.content();
	expect(html).not.toMatch(/weight|"correct"|feedback|tolerance/);
	expect(html).not.toContain('هذه قاعدة الميثاق الجماعي القديم');
	// Nor does she reach the trainers' quiz pages, or their CSV.
	const staffPage = page.url().replace(/\/learn\/leadership\/quiz\/(\d+).*$/, '/trainer/modules/1/quizzes/$1/results');
	expect((await page.goto(staffPage))?.status()).toBe(403);
	expect((await page.request.get(`${staffPage}.csv`)).status()).toBe(403);
});

/** Staff pages run client-side code: follow links by their address. */
async function go(page: Page, name: string | RegExp) {
	const href = await page.getByRole('link', { name }).first().getAttribute('href');
	expect(href).toBeTruthy();
	await gotoApp(page, href!);
}

/** Trainer 1 (on leadership in the demo) logs in and opens the leadership module; returns its address. */
async function trainerOnLeadership(page: Page): Promise<string> {
	await logIn(page, TRAINER1);
	await gotoApp(page, '/trainer/modules');
	await go(page, /القيادة/);
	return new URL(page.url()).pathname;
}

// Two tests, not one: together they open about fifteen pages and check seven with axe,
// which on a busy machine no longer fits in one test's 60 s since pages carry the header
// menu, offline.js and isolated values.
test('trainer pages: quizzes, a quiz, its results and statistics, an attempt', async ({ page }) => {
	const moduleUrl = await trainerOnLeadership(page);
	await gotoApp(page, `${moduleUrl}/quizzes`);
	await expectAccessible(page, 'ar', 'trainer quizzes');
	await go(page, 'الاختبار البعدي');
	await expectAccessible(page, 'ar', 'trainer quiz');
	await go(page, ar('quiz_results_title'));
	await expect(page.getByRole('heading', { name: ar('quiz_stats_title') })).toBeVisible();
	await expect(page.getByRole('link', { name: ar('quiz_export_csv') })).toBeVisible();
	await expectAccessible(page, 'ar', 'trainer quiz results');
	// 28 demo learners took the post-test: 25 a page, the rest on the next.
	const attemptRows = page.locator('table').first().locator('tbody tr');
	await expect(attemptRows).toHaveCount(25);
	const resultsUrl = page.url();
	await page.getByRole('link', { name: ar('pagination_next') }).click();
	await expect(page).toHaveURL(/[?&]page=2/);
	expect(await attemptRows.count()).toBeGreaterThan(0);
	expect(await attemptRows.count()).toBeLessThan(25);
	await gotoApp(page, new URL(resultsUrl).pathname);
	await go(page, ar('quiz_attempt_detail'));
	await expectAccessible(page, 'ar', 'trainer attempt detail');
});

test('trainer pages: the gain report, the bank, a new question', async ({ page }) => {
	const moduleUrl = await trainerOnLeadership(page);
	await gotoApp(page, `${moduleUrl}/gain`);
	await expect(page.getByText(ar('quiz_gain_normalised')).first()).toBeVisible();
	await expectAccessible(page, 'ar', 'trainer gain');
	await gotoApp(page, `${moduleUrl}/bank`);
	await expectAccessible(page, 'ar', 'trainer bank');
	await gotoApp(page, `${moduleUrl}/bank/new?type=matching`);
	await expectAccessible(page, 'ar', 'trainer new question');
	await page.getByRole('button', { name: ar('quiz_question_create') }).click();
	await expect(page.getByText(ar('quiz_text_required'))).toBeVisible();
});
