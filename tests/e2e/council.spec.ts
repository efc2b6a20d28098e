import sharp from 'sharp';
import { expectAccessible } from './axe';
import { ADMIN, LEARNER, TRAINER1, TRAINER2, clickAndLoad, createPerson, expect, gotoApp, learner, logIn, newPerson, t, test, type Locale } from './helpers';

// Learner 16 (Arabic) is this file's own: she adds interventions. Learners 5 (fr) and 7 (zgh) are only read.
const COUNCILLOR = learner(16);

test('a councillor adds an intervention with a photo on her phone in Arabic; a trainer verifies it', async ({ page, newPage }) => {
	test.setTimeout(120_000);
	await logIn(page, COUNCILLOR);
	await page.goto('/learn/council');
	const ar: Locale = 'ar';
	await expect(page.locator('html')).toHaveAttribute('lang', ar);
	await expectAccessible(page, ar, '/learn/council');
	await clickAndLoad(page, page.getByRole('link', { name: t(ar, 'council_add') }));
	await expect(page).toHaveURL(/\/learn\/council\/new$/);
	await expectAccessible(page, ar, '/learn/council/new');

	const summary = `سؤال حول ميزانية النوع ${Date.now()}`;
	// A date in the future is refused by the server with a message (past the browser's own check); what was typed stays.
	await page.locator('form', { has: page.getByLabel(t(ar, 'council_field_summary')) }).evaluate((f) => f.setAttribute('novalidate', ''));
	await page.getByLabel(t(ar, 'council_field_date')).fill('2099-01-01');
	await page.getByLabel(t(ar, 'council_field_summary')).fill(summary);
	await page.getByLabel(t(ar, 'council_type_extraordinary')).check();
	await page.getByLabel(t(ar, 'council_field_kind')).selectOption('amendment');
	await clickAndLoad(page, page.getByRole('button', { name: t(ar, 'council_send') }));
	await expect(page.getByText(t(ar, 'council_date_future'))).toBeVisible();
	await expect(page.getByLabel(t(ar, 'council_field_summary'))).toHaveValue(summary);
	await expect(page.getByLabel(t(ar, 'council_type_extraordinary'))).toBeChecked();

	await page.getByLabel(t(ar, 'council_field_date')).fill('2026-02-03');
	await page.getByLabel(t(ar, 'council_field_outcome')).selectOption('adopted');
	await page.getByLabel(t(ar, 'council_field_gender')).check();
	const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#8a5' } }).jpeg().toBuffer();
	await page.getByLabel(t(ar, 'council_field_evidence')).setInputFiles({ name: 'محضر.jpg', mimeType: 'image/jpeg', buffer: photo });
	await clickAndLoad(page, page.getByRole('button', { name: t(ar, 'council_send') }));
	await expect(page).toHaveURL(/\/learn\/council\?done=sent$/);
	await expect(page.getByText(t(ar, 'council_sent'))).toBeVisible();
	const mine = page.getByRole('listitem').filter({ hasText: summary });
	await expect(mine.getByText(t(ar, 'council_status_submitted'))).toBeVisible();

	const trainer = await newPage();
	await logIn(trainer, TRAINER1);
	await gotoApp(trainer, '/trainer/council');
	await expectAccessible(trainer, ar, '/trainer/council');
	const card = trainer.getByRole('listitem').filter({ hasText: summary });
	await expect(card.getByRole('link', { name: t(ar, 'council_evidence_view') })).toBeVisible();
	const evidence = await card.getByRole('link', { name: t(ar, 'council_evidence_view') }).getAttribute('href');
	await card.getByRole('button', { name: t(ar, 'council_verify') }).click();
	await expect(trainer.getByText(t(ar, 'council_verified_notice'))).toBeVisible();
	await expect(trainer.getByRole('listitem').filter({ hasText: summary })).toHaveCount(0);

	await page.reload();
	await expect(page.getByRole('listitem').filter({ hasText: summary }).getByText(t(ar, 'council_status_verified'))).toBeVisible();
	// Her evidence photo is hers to read; another councillor gets 403.
	expect((await page.request.get(evidence!)).status()).toBe(200);
	const other = await newPage();
	await logIn(other, learner(LEARNER.roles));
	expect((await other.request.get(evidence!)).status()).toBe(403);
});

for (const [locale, n] of [
	['fr', LEARNER.a11yFr],
	['zgh', LEARNER.a11yZgh]
] as const) {
	test(`the councillor's council pages are accessible in ${locale} at 360 px`, async ({ page }) => {
		await logIn(page, learner(n));
		for (const path of ['/learn/council', '/learn/council/new']) {
			await page.goto(path);
			await expectAccessible(page, locale, path);
		}
	});
}

test('the staff council pages are accessible (fr trainer, ar admin) at 360 px', async ({ page, newPage }) => {
	test.setTimeout(90_000);
	await logIn(page, TRAINER2);
	for (const path of ['/trainer/council', '/trainer/council/list']) {
		await gotoApp(page, path);
		await expectAccessible(page, 'fr', path);
	}
	const admin = await newPage();
	await logIn(admin, ADMIN);
	for (const path of ['/admin/communes', '/admin/memos', '/admin/council']) {
		await gotoApp(admin, path);
		await expectAccessible(admin, 'ar', path);
	}
	await expect(admin.getByText(t('ar', 'council_communes_rule_agreement'), { exact: false }).first()).toBeVisible();
});

test('an admin enters a memo and records its submission with the receipt at 360 px; the memo page passes axe in three languages', async ({ page, newPage }) => {
	test.setTimeout(150_000);
	const ar: Locale = 'ar';
	await logIn(page, ADMIN);
	await gotoApp(page, '/admin/memos');
	await page.getByRole('link', { name: t(ar, 'council_memo_new') }).click();
	await expect(page).toHaveURL(/\/admin\/memos\/new$/);
	await gotoApp(page, '/admin/memos/new');
	await expectAccessible(page, ar, '/admin/memos/new');
	const title = `مذكرة الميزانية المستجيبة للنوع ${Date.now()}`;
	await page.getByLabel(t(ar, 'council_memo_field_title_ar'), { exact: true }).fill(title);
	await page.getByLabel(t(ar, 'council_memo_field_title_fr'), { exact: true }).fill('Mémo budget sensible au genre');
	await page.getByLabel(t(ar, 'council_memo_organisation'), { exact: true }).fill('جمعية أمساواس');
	await page.getByLabel(t(ar, 'council_memo_field_subject'), { exact: true }).selectOption('budget');
	// No commune chosen: refused with a message, and what was typed stays.
	await clickAndLoad(page, page.getByRole('button', { name: t(ar, 'council_memo_save') }));
	await expect(page.getByText(t(ar, 'council_memo_communes_required'))).toBeVisible();
	await expect(page.getByLabel(t(ar, 'council_memo_field_title_ar'), { exact: true })).toHaveValue(title);
	await page.locator('input[name="communes"]').first().check();
	await clickAndLoad(page, page.getByRole('button', { name: t(ar, 'council_memo_save') }));
	await expect(page).toHaveURL(/\/admin\/memos\/\d+\?done=saved$/);
	const memoPath = new URL(page.url()).pathname;

	// The submission needs the deposit receipt.
	await page.getByLabel(t(ar, 'council_memo_field_step'), { exact: true }).selectOption('submitted');
	await page.getByLabel(t(ar, 'council_memo_field_note'), { exact: true }).fill('أودعت بمكتب الضبط');
	await clickAndLoad(page, page.getByRole('button', { name: t(ar, 'council_memo_step_save') }));
	await expect(page.getByText(t(ar, 'council_memo_receipt_required'))).toBeVisible();
	await expect(page.getByLabel(t(ar, 'council_memo_field_note'), { exact: true })).toHaveValue('أودعت بمكتب الضبط');
	await expectAccessible(page, ar, `${memoPath} with an error`);
	const receipt = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#eee' } }).png().toBuffer();
	await page.getByLabel(t(ar, 'council_memo_field_file'), { exact: true }).setInputFiles({ name: 'وصل.png', mimeType: 'image/png', buffer: receipt });
	await clickAndLoad(page, page.getByRole('button', { name: t(ar, 'council_memo_step_save') }));
	await expect(page).toHaveURL(/\?done=step$/);
	await expect(page.getByText(t(ar, 'council_memo_step_saved'))).toBeVisible();
	await expect(page.locator('.timeline li').filter({ hasText: t(ar, 'council_memo_step_submitted') }).getByRole('link', { name: t(ar, 'council_memo_evidence') })).toBeVisible();
	await expectAccessible(page, ar, memoPath);

	for (const locale of ['fr', 'zgh'] as const) {
		const admin = newPerson({ ar: 'مسؤولة المذكرات', latin: 'Memo Admin' }, { role: 'admin', locale, password: `memo admin passphrase ${Date.now()}` });
		await createPerson(page, admin);
		const other = await newPage();
		await logIn(other, admin, admin.password);
		await gotoApp(other, memoPath);
		await expect(other.getByRole('heading', { name: t(locale, 'council_memo_step_title') })).toBeVisible();
		await expectAccessible(other, locale, memoPath);
	}
});

test('an admin adds an awareness activity on a commune page at 360 px (refusal keeps what was typed); axe in three languages', async ({ page, newPage }) => {
	test.setTimeout(150_000);
	const ar: Locale = 'ar';
	await logIn(page, ADMIN);
	await gotoApp(page, '/admin/communes');
	const href = await page.locator('a[href^="/admin/communes/"]').first().getAttribute('href');
	expect(href).toMatch(/^\/admin\/communes\/\d+$/);
	const path = href as string;
	await gotoApp(page, path);
	await page.locator('summary').filter({ hasText: t(ar, 'council_activity_form_title') }).click();
	await page.getByLabel(t(ar, 'council_activity_field_type'), { exact: true }).selectOption('awareness');
	await page.getByLabel(t(ar, 'council_activity_field_audience'), { exact: true }).selectOption('elected');
	await page.getByLabel(t(ar, 'council_activity_field_women'), { exact: true }).fill('-2');
	await page.getByLabel(t(ar, 'council_activity_field_men'), { exact: true }).fill('3');
	await page.getByLabel(t(ar, 'council_memo_field_note'), { exact: true }).fill('لقاء تحسيسي مع المنتخبين');
	await clickAndLoad(page, page.getByRole('button', { name: t(ar, 'council_activity_save') }));
	await expect(page.getByText(t(ar, 'council_activity_count_invalid'))).toBeVisible();
	await expect(page.getByLabel(t(ar, 'council_activity_field_men'), { exact: true })).toHaveValue('3');
	await expect(page.getByLabel(t(ar, 'council_memo_field_note'), { exact: true })).toHaveValue('لقاء تحسيسي مع المنتخبين');
	await expectAccessible(page, ar, `${path} with an error`);
	await page.getByLabel(t(ar, 'council_activity_field_women'), { exact: true }).fill('4');
	await clickAndLoad(page, page.getByRole('button', { name: t(ar, 'council_activity_save') }));
	await expect(page).toHaveURL(/\?done=activity$/);
	await expect(page.getByText(t(ar, 'council_activity_saved'))).toBeVisible();
	await expectAccessible(page, ar, path);

	for (const locale of ['fr', 'zgh'] as const) {
		const admin = newPerson({ ar: 'مسؤولة الجماعات', latin: 'Communes Admin' }, { role: 'admin', locale, password: `communes admin passphrase ${Date.now()}` });
		await createPerson(page, admin);
		const other = await newPage();
		await logIn(other, admin, admin.password);
		await gotoApp(other, path);
		await other.locator('summary').filter({ hasText: t(locale, 'council_activity_form_title') }).click();
		await expect(other.getByLabel(t(locale, 'council_activity_field_women'), { exact: true })).toBeVisible();
		await expectAccessible(other, locale, path);
	}
});
