import { readFileSync } from 'node:fs';
import { expectAccessible } from './axe';
import { ADMIN, TRAINER1, createPerson, expect, gotoApp, logIn, newPerson, t, test, type Locale } from './helpers';

// The funders' report page (admin) and the success stories (admins and coaches), at 360 px.

test('the report page passes axe in ar, fr and zgh at 360 px, and its CSV downloads with a BOM and the indicator codes', async ({ page, newPage }) => {
	// Three admins' languages (two made for the purpose, so the demo admin stays in Arabic) and a download.
	test.setTimeout(150_000);
	await logIn(page, ADMIN);
	const others: Record<Exclude<Locale, 'ar'>, ReturnType<typeof newPerson>> = {
		fr: newPerson({ ar: 'مسؤولة التقارير', latin: 'Report Admin' }, { role: 'admin', locale: 'fr', password: `report admin passphrase fr ${Date.now()}` }),
		zgh: newPerson({ ar: 'مسؤولة التقارير', latin: 'Report Admin Zgh' }, { role: 'admin', locale: 'zgh', password: `report admin passphrase zgh ${Date.now()}` })
	};
	for (const p of Object.values(others)) await createPerson(page, p);

	await gotoApp(page, '/admin/results/report');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('ar', 'report_title'));
	await expectAccessible(page, 'ar', '/admin/results/report');

	for (const l of ['fr', 'zgh'] as const) {
		const other = await newPage();
		await logIn(other, others[l], others[l].password);
		await gotoApp(other, '/admin/results/report');
		await expect(other.getByRole('heading', { level: 1 })).toHaveText(t(l, 'report_title'));
		await expectAccessible(other, l, '/admin/results/report');
	}

	// The CSV of the performance table for a period, from the page's form.
	await page.getByLabel(t('ar', 'report_from'), { exact: true }).fill('2025-10-01');
	await page.getByLabel(t('ar', 'report_to'), { exact: true }).fill('2026-06-30');
	await page.getByLabel(t('ar', 'report_lang'), { exact: true }).selectOption('fr');
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('ar', 'report_csv', { table: t('ar', 'report_table_performance') }) }).click()]);
	expect(download.suggestedFilename()).toBe('performance-2025-10-01_2026-06-30-fr.csv');
	const csv = readFileSync((await download.path())!, 'utf8');
	expect(csv.charCodeAt(0)).toBe(0xfeff);
	expect(csv).toContain('Code');
	expect(csv).toContain('R1.1');
	expect(csv).toContain('R2.1');
});

test('a coach sees her councillors’ stories and their consent, and the pages pass axe in Arabic at 360 px', async ({ page }) => {
	await logIn(page, TRAINER1);
	await gotoApp(page, '/admin/stories');
	await expectAccessible(page, 'ar', '/admin/stories');
	// trainer1 coaches learners 1 to 20: the two demo stories of hers, not learner 21's.
	await expect(page.getByRole('link', { name: 'نساء الدواوير في برنامج عمل الجماعة' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'مذكرة من أجل هيئة المساواة' })).toHaveCount(0);
	const href = (await page.getByRole('link', { name: 'نساء الدواوير في برنامج عمل الجماعة' }).getAttribute('href'))!;
	await gotoApp(page, href);
	await expect(page.getByText(t('ar', 'story_in_report'))).toBeVisible();
	await expectAccessible(page, 'ar', href);
	await gotoApp(page, '/admin/stories/new');
	await expectAccessible(page, 'ar', '/admin/stories/new');
});
