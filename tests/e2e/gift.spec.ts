import { expectAccessible } from './axe';
import { TRAINER1, clickAndLoad, expect, gotoApp, logIn, t, test } from './helpers';

const MODULE = 'التخطيط التشاركي وبرنامج عمل الجماعة';
const gift = { gift: 'GIFT' };

// Four questions; line 8 has a numerical answer written in words, the essay on line 10 cannot be imported.
const file = (answer: string) =>
	[
		'// أسئلة تجريبية',
		'$CATEGORY: $course$/top/اختبار المتصفح',
		'',
		'::مدة البرنامج::',
		'يغطي برنامج عمل الجماعة مدة الولاية كاملة. {T}',
		'',
		'::عدد السنوات::',
		`كم سنة تدوم الولاية الجماعية؟ {#${answer}}`,
		'',
		'صفي تجربة تشاور في جماعتك. {}',
		'',
		'::الهيئة::',
		'ما اسم الهيئة الاستشارية للمساواة؟ {',
		'\t=هيئة المساواة وتكافؤ الفرص ومقاربة النوع',
		'\t~لجنة الميزانية',
		'}',
		''
	].join('\r\n');

test('a trainer imports a GIFT file: sees the bad line, fixes it, imports, sees the questions, and exports the bank', async ({ page }) => {
	test.setTimeout(120_000);
	await logIn(page, TRAINER1);
	await gotoApp(page, '/trainer/modules');
	await page.getByRole('link', { name: MODULE }).click();
	await expect(page).toHaveURL(/\/trainer\/modules\/\d+$/);
	await page.getByRole('link', { name: t('ar', 'gift_nav', gift) }).click();
	await expect(page).toHaveURL(/\/trainer\/modules\/\d+\/gift$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('ar', 'gift_title', gift));
	await expectAccessible(page, 'ar', 'GIFT import');
	const bankHeading = page.getByTestId('gift-bank-title');
	const before = Number((await bankHeading.textContent())!.replace(/[^\d]/g, ''));

	await page.getByLabel(t('ar', 'gift_file_label', gift)).setInputFiles({ name: 'اختبار.gift', mimeType: 'text/plain', buffer: Buffer.from('\uFEFF' + file('ستة'), 'utf8') });
	await clickAndLoad(page, page.getByRole('button', { name: t('ar', 'gift_check_submit') }));
	await expect(page.getByTestId('gift-errors').getByRole('listitem')).toHaveText([t('ar', 'gift_line', { line: 8, reason: t('ar', 'gift_not_a_number', { value: 'ستة' }) })]);
	await expect(page.getByRole('button', { name: /استيراد الأسئلة/ })).toHaveCount(0);
	await expectAccessible(page, 'ar', 'GIFT import with an error');

	// The file's text is in the box: fix line 8 there and check again.
	const box = page.getByLabel(t('ar', 'gift_text_label'));
	await expect(box).toHaveValue(/\{#ستة\}/);
	await box.fill((await box.inputValue()).replace('{#ستة}', '{#6}'));
	await clickAndLoad(page, page.getByRole('button', { name: t('ar', 'gift_check_submit') }));
	await expect(page.getByTestId('gift-errors')).toHaveCount(0);
	await expect(page.getByText(t('ar', 'gift_ready', { count: 3 }))).toBeVisible();
	await expect(page.getByTestId('gift-unsupported').getByRole('listitem')).toHaveText([t('ar', 'gift_line', { line: 10, reason: t('ar', 'gift_kind_essay') })]);
	await expectAccessible(page, 'ar', 'GIFT preview');

	await clickAndLoad(page, page.getByRole('button', { name: t('ar', 'gift_confirm_submit', { count: 3 }) }));
	await expect(page.getByRole('status').filter({ hasText: t('ar', 'gift_done', { count: 3 }) })).toBeVisible();
	const rows = page.getByTestId('gift-questions').locator('tbody tr');
	await expect(rows).toHaveCount(3);
	await expect(rows.nth(0)).toContainText(t('ar', 'gift_type_truefalse'));
	await expect(rows.nth(1)).toContainText('كم سنة تدوم الولاية الجماعية؟');
	await expect(rows.nth(2)).toContainText(t('ar', 'gift_type_single'));
	await expect(rows.nth(2)).toContainText('اختبار المتصفح');
	await expect(bankHeading).toHaveText(t('ar', 'gift_bank_title', { count: before + 3 }));
	await expectAccessible(page, 'ar', 'GIFT import done');

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('ar', 'gift_export_submit', gift) }).click()]);
	expect(download.suggestedFilename()).toBe('participatory-planning-questions-ar.gift.txt');
	const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
	expect(text).toContain('$CATEGORY: $course$/top/اختبار المتصفح');
	expect(text).toContain('::عدد السنوات::\nكم سنة تدوم الولاية الجماعية؟ {#\n\t=%100%6:0\n}');

	// The imported questions are in the module's bank, under their category.
	const base = page.url().replace(/\/gift.*$/, '');
	await page.goto(`${base}/bank?category=${encodeURIComponent('اختبار المتصفح')}`);
	await expect(page.getByText('كم سنة تدوم الولاية الجماعية؟').first()).toBeVisible();
	await expect(page.getByText('ما اسم الهيئة الاستشارية للمساواة؟').first()).toBeVisible();
});
