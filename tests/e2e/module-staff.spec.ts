import { expectAccessible } from './axe';
import { ADMIN, TRAINER1, TRAINER2, clickAndLoad, expect, gotoApp, logIn, t, test, uniqueDigits } from './helpers';

test('an admin puts a trainer on a module: she sees and edits it, another trainer does not; removing her asks first', async ({ page, newPage }) => {
	test.setTimeout(120_000);
	// A module of its own, so the other specs keep the demo's staff.
	const slug = `staff-${uniqueDigits()}`;
	const title = `وحدة الفريق ${slug}`;
	await logIn(page, ADMIN);
	await gotoApp(page, '/trainer/modules/new');
	await page.getByLabel(t('ar', 'module_slug_label')).fill(slug);
	await page.getByRole('group', { name: t('ar', 'module_title_legend') }).getByLabel('العربية').fill(title);
	await clickAndLoad(page, page.getByRole('button', { name: t('ar', 'module_create') }));
	await expect(page.getByRole('status').filter({ hasText: t('ar', 'module_created') })).toBeVisible();
	const moduleUrl = new URL(page.url()).pathname;

	// Trainer2 is not on it yet: refused.
	const trainer = await newPage();
	await logIn(trainer, TRAINER2);
	expect((await trainer.goto(moduleUrl))?.status()).toBe(403);

	const staff = page.getByRole('region', { name: t('ar', 'staff_title') });
	await staff.getByLabel(t('ar', 'staff_add_label')).selectOption({ label: TRAINER2.nameAr });
	await clickAndLoad(page, staff.getByRole('button', { name: t('ar', 'staff_add') }));
	await expect(page.getByRole('status').filter({ hasText: t('ar', 'staff_added') })).toBeVisible();
	await expect(staff.getByRole('listitem').filter({ hasText: TRAINER2.nameAr })).toBeVisible();
	await expectAccessible(page, 'ar', `${moduleUrl} (staff)`);

	// Now she finds it in her list and opens it; trainer1 still does not.
	await gotoApp(trainer, '/trainer/modules');
	await expect(trainer.getByRole('link', { name: title })).toBeVisible();
	expect((await trainer.goto(moduleUrl))?.status()).toBe(200);
	await expect(trainer.getByRole('region', { name: t('fr', 'staff_title') }).getByRole('listitem').filter({ hasText: TRAINER2.nameLatin })).toBeVisible();
	// She sees who teaches it but cannot change that.
	await expect(trainer.getByRole('button', { name: t('fr', 'staff_add') })).toHaveCount(0);
	const other = await newPage();
	await logIn(other, TRAINER1);
	await gotoApp(other, '/trainer/modules');
	await expect(other.getByRole('link', { name: title })).toHaveCount(0);
	expect((await other.goto(moduleUrl))?.status()).toBe(403);

	// Removing asks first, then takes her off.
	// A link (the app may follow it without a full page load).
	await staff.getByRole('link', { name: t('ar', 'staff_remove_label', { name: TRAINER2.nameAr }) }).click();
	await expect(page.getByText(t('ar', 'staff_remove_confirm', { name: TRAINER2.nameAr }))).toBeVisible();
	await clickAndLoad(page, staff.getByRole('button', { name: t('ar', 'staff_remove') }));
	await expect(page.getByRole('status').filter({ hasText: t('ar', 'staff_removed') })).toBeVisible();
	await expect(staff.getByRole('listitem').filter({ hasText: TRAINER2.nameAr })).toHaveCount(0);
	expect((await trainer.goto(moduleUrl))?.status()).toBe(403);
});

test('a learner sees who teaches her module', async ({ page }) => {
	await logIn(page, { login: '0600000001' });
	await gotoApp(page, '/learn/participatory-planning');
	const teachers = page.getByTestId('teachers');
	await expect(teachers).toContainText(t('ar', 'staff_taught_by'));
	await expect(teachers).toContainText(TRAINER1.nameAr);
	await expect(teachers).toContainText(TRAINER2.nameAr);
});
