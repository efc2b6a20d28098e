import type { Locator, Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { ADMIN, LOCALE_NAMES, clickAndLoad, expect, gotoApp, logIn, openMenu, pageLocale, t, test, type Locale } from './helpers';
import { DEMO_LEARNER_COUNT, DEMO_OBSERVER, demoLearner } from '../../src/lib/server/demo/people';

// The demo observer (a funder's evaluator) is used by no other browser test: her language may change here.
const OBSERVER = { login: DEMO_OBSERVER.login };
test.describe.configure({ mode: 'serial' });

const LEARNERS = Array.from({ length: DEMO_LEARNER_COUNT }, (_, i) => demoLearner(i + 1));

async function chooseLanguage(page: Page, locale: Locale) {
	if ((await pageLocale(page)) === locale) return;
	await openMenu(page);
	await clickAndLoad(page, page.getByRole('button', { name: LOCALE_NAMES[locale], exact: true }));
}

/** Follows a link of a hydrated page (client-side navigation: no load event). */
async function follow(page: Page, link: Locator) {
	await gotoApp(page, (await link.getAttribute('href')) ?? '');
}

/** Where the held-sessions bar starts and ends in its 300-unit box. */
async function barOf(page: Page, code: string) {
	const svg = page.locator(`[id="ind-${code}"] svg.bar`);
	return { x: Number(await svg.getAttribute('data-x')), width: Number(await svg.getAttribute('data-width')) };
}

test('the dashboard at 360 px: bars start at the right in Arabic and at the left in French and Tamazight; axe in three languages', async ({ page }) => {
	await logIn(page, OBSERVER);
	await expect(page).toHaveURL(/\/results$/);
	for (const locale of ['ar', 'fr', 'zgh'] as Locale[]) {
		await chooseLanguage(page, locale);
		await gotoApp(page, '/results');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(locale, 'results_title'));
		// The numbers are text too: the performance table lists every indicator.
		// (On a phone each indicator is a card: the header row is hidden and each cell names its column.)
		await expect(page.getByRole('table', { name: t(locale, 'results_table_caption') }).locator('tbody tr')).toHaveCount(11);
		await expect(page.getByRole('table', { name: t(locale, 'results_table_caption') }).locator('tbody tr').first().locator('td').first()).toHaveAttribute('data-label', t(locale, 'results_col_target'));
		// Communes engaged: 17 of 20 in the demo, so the bar stops short of the target.
		const bar = await barOf(page, 'R1.1');
		expect(bar.width).toBeGreaterThan(0);
		if (locale === 'ar') {
			expect(bar.x).toBeGreaterThan(0);
			expect(bar.x + bar.width).toBeCloseTo(300, 0);
		} else expect(bar.x).toBe(0);
		// The cumulative line runs the same way: its first month sits on the right in Arabic.
		const xs = await page.locator('[id="ind-R5.1"] figure.line circle').evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cx'))));
		expect(xs.length).toBeGreaterThan(0);
		if (xs.length > 1) expect(locale === 'ar' ? xs[0] > xs[xs.length - 1] : xs[0] < xs[xs.length - 1]).toBe(true);
		// How many women carry the interventions (none, one, two, 3–4, 5 or more), and, opened, the figure by cohort.
		const card = page.locator('[id="ind-R2.1"]');
		await expect(card.getByRole('table', { name: t(locale, 'results_per_woman') }).getByRole('row')).toHaveCount(5);
		await card.locator('details summary').click();
		await expect(card.getByRole('table', { name: t(locale, 'results_by_cohort') }).getByRole('row').first()).toBeVisible();
		await expectAccessible(page, locale, 'the results dashboard');
	}
	await chooseLanguage(page, 'fr');
});

test('an observer sees figures and counts by commune but no learner name or login anywhere; other staff pages refuse her', async ({ page }) => {
	await logIn(page, OBSERVER);
	await gotoApp(page, '/results');
	const l = await pageLocale(page);
	await expect(page.getByText(t(l, 'results_observer_note'))).toBeVisible();
	const pages = ['/results', '/results?preset=quarter', ...(await page.locator('a[href^="/results/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))];
	expect(pages.length).toBeGreaterThan(10);
	for (const path of pages) {
		const res = await page.request.get(path);
		expect(res.status(), path).toBe(200);
		const html = await res.text();
		for (const p of LEARNERS) {
			expect(html, `${path} shows ${p.nameLatin}`).not.toContain(p.nameLatin);
			expect(html, `${path} shows ${p.nameLatin}`).not.toContain(p.nameAr);
			expect(html, `${path} shows ${p.login}`).not.toContain(p.login.slice(1));
		}
	}
	await gotoApp(page, '/results/R2.1');
	await expect(page.getByRole('table')).toContainText(/\d{4}-\d{2}/);
	await expectAccessible(page, l, 'the observer drill-down');
	for (const path of ['/admin/results', '/admin/council', '/coach', '/trainer/council/list', '/admin/users', '/admin/coaching/sessions.csv']) {
		expect((await page.request.get(path, { maxRedirects: 0 })).status(), path).toBe(403);
	}
});

test('an admin opens the records behind a figure (with names and evidence), and edits an indicator: a wrong baseline keeps what was typed', async ({ page }) => {
	await logIn(page, ADMIN);
	await gotoApp(page, '/results');
	const l = await pageLocale(page);
	await follow(page, page.locator('[id="ind-R2.1"]').getByRole('link', { name: t(l, 'results_records_link') }));
	await expect(page).toHaveURL(/\/results\/R2\.1$/);
	const table = page.getByRole('table');
	await expect(table).toBeVisible();
	const text = await table.innerText();
	expect(LEARNERS.some((p) => text.includes(l === 'ar' ? p.nameAr : p.nameLatin))).toBe(true);
	await expectAccessible(page, l, 'the admin drill-down');

	await gotoApp(page, '/admin/results');
	await follow(page, page.getByRole('link', { name: t(l, 'results_admin_edit', { code: 'R3.1' }) }));
	const source = `Étude ${Date.now()}`;
	await page.getByLabel(t(l, 'results_field_baseline'), { exact: true }).fill('beaucoup');
	await page.getByLabel(t(l, 'results_field_baseline_source'), { exact: true }).fill(source);
	await clickAndLoad(page, page.getByRole('button', { name: t(l, 'results_save') }).first());
	await expect(page.getByText(t(l, 'results_err_number'))).toBeVisible();
	await expect(page.getByLabel(t(l, 'results_field_baseline'), { exact: true })).toHaveValue('beaucoup');
	await expect(page.getByLabel(t(l, 'results_field_baseline_source'), { exact: true })).toHaveValue(source);
	await expectAccessible(page, l, 'the indicator form');

	const note = `Deux mémos examinés ce trimestre ${Date.now()}`;
	await page.getByLabel(t(l, 'results_comment_text'), { exact: true }).fill(note);
	await clickAndLoad(page, page.getByRole('button', { name: t(l, 'results_save') }).last());
	await expect(page.getByText(t(l, 'results_comment_saved'))).toBeVisible();
	await gotoApp(page, '/results');
	await expect(page.locator('[id="ind-R3.1"]')).toContainText(note);
});
