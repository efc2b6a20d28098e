import sharp from 'sharp';
import { expectAccessible } from './axe';
import { ADMIN, TRAINER1, TRAINER2, clickAndLoad, expect, findPersonId, gotoApp, learner, logIn, t, test, uniqueDigits } from './helpers';

const READER = 33; // a demo learner enrolled in the four demo modules, not used by other specs

test('an enrolled learner reads a lesson on a phone in Arabic and marks it done', async ({ page }) => {
	await logIn(page, learner(READER));
	await expect(page).toHaveURL(/\/learn$/);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expectAccessible(page, 'ar', '/learn');
	const modules = page.locator('ul.modules > li');
	await expect(modules).toHaveCount(4);

	// The first module that still has a lesson to do.
	let moduleUrl = '';
	for (const href of await modules.locator('h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
		await gotoApp(page, href);
		if (await page.getByRole('link', { name: new RegExp(`${t('ar', 'learn_continue')}|${t('ar', 'learn_start')}`) }).count()) {
			moduleUrl = href;
			break;
		}
	}
	expect(moduleUrl, 'a module with a lesson left').not.toBe('');
	await expectAccessible(page, 'ar', moduleUrl);
	await page.getByRole('link', { name: new RegExp(`${t('ar', 'learn_continue')}|${t('ar', 'learn_start')}`) }).click();
	await expect(page).toHaveURL(/\/learn\/[a-z-]+\/\d+$/);
	const lessonUrl = new URL(page.url()).pathname;
	const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
	await expect(page.locator('article.lesson')).toHaveAttribute('lang', 'ar');
	await expect(page.locator('article.lesson .body h2').first()).toBeVisible();
	await expectAccessible(page, 'ar', lessonUrl);

	await clickAndLoad(page, page.getByRole('button', { name: t('ar', 'learn_mark_done') }));
	await expect(page.getByRole('status').filter({ hasText: t('ar', 'learn_marked_done') })).toBeVisible();

	// Back on the module page, that lesson is ticked.
	await gotoApp(page, moduleUrl);
	const row = page.locator('ol.lessons li').filter({ hasText: title });
	await expect(row).toContainText(t('ar', 'learn_lesson_done'));
	// And the lesson page offers to undo instead.
	await gotoApp(page, lessonUrl);
	await expect(page.getByRole('button', { name: t('ar', 'learn_mark_undone') })).toBeVisible();
});

test('mark as done works without JavaScript', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, extraHTTPHeaders: { 'x-forwarded-for': `10.250.0.${READER}` } });
	const page = await context.newPage();
	await logIn(page, learner(READER + 1));
	await page.goto(`${baseURL}/learn/negotiation`);
	const first = page.locator('ol.lessons a').first();
	await clickAndLoad(page, first);
	const done = page.getByRole('button', { name: t('ar', 'learn_mark_done') });
	const undo = page.getByRole('button', { name: t('ar', 'learn_mark_undone') });
	if (await undo.count()) await clickAndLoad(page, undo);
	await clickAndLoad(page, done);
	await expect(page.getByRole('status').filter({ hasText: t('ar', 'learn_marked_done') })).toBeVisible();
	await context.close();
});

test('a trainer writes a module with an image and publishes; a learner gets in once enrolled, reads it on a phone and marks it done', async ({ page, newPage }) => {
	const digits = uniqueDigits();
	const slug = `e2e-${digits}`;
	const titleAr = `وحدة اختبار ${digits}`;
	await logIn(page, TRAINER2); // French
	await gotoApp(page, '/trainer/modules/new');
	await expectAccessible(page, 'fr', '/trainer/modules/new');
	await page.getByLabel(t('fr', 'module_slug_label')).fill(slug);
	await page.getByRole('group', { name: t('fr', 'module_title_legend') }).getByLabel('Français').fill('Module de test');
	await page.getByRole('group', { name: t('fr', 'module_title_legend') }).getByLabel('العربية').fill(titleAr);
	await clickAndLoad(page, page.getByRole('button', { name: t('fr', 'module_create') }));
	await expect(page.getByRole('status').filter({ hasText: t('fr', 'module_created') })).toBeVisible();
	const moduleUrl = new URL(page.url()).pathname;
	await expectAccessible(page, 'fr', moduleUrl);

	// Publishing an empty module is refused with a reason.
	await clickAndLoad(page, page.getByRole('button', { name: t('fr', 'module_publish'), exact: true }));
	await expect(page.getByRole('alert')).toContainText(t('fr', 'content_publish_empty'));

	await page.getByRole('link', { name: t('fr', 'lesson_new') }).click();
	await expect(page).toHaveURL(/\/lessons\/new$/);
	await gotoApp(page, new URL(page.url()).pathname);
	await page.getByRole('group', { name: t('fr', 'lesson_title_legend') }).getByLabel('العربية').fill('الدرس الأول');
	await page.getByLabel(t('fr', 'lesson_body_label', { language: 'العربية' })).fill('## مقدمة\n\nنص **الدرس**.\n\n<script>window.pwned=1</script>');
	// The live preview shows the sanitised HTML.
	await expect(page.locator('.preview strong')).toHaveText('الدرس');
	expect(await page.locator('.preview script').count()).toBe(0);
	await expectAccessible(page, 'fr', 'lesson editor');
	await clickAndLoad(page, page.getByRole('button', { name: t('fr', 'lesson_create') }));
	await expect(page.getByRole('status').filter({ hasText: t('fr', 'lesson_created') })).toBeVisible();
	const lessonId = /\/lessons\/(\d+)/.exec(page.url())![1];

	// An image for the lesson, checked by content on upload.
	await gotoApp(page, new URL(page.url()).pathname);
	const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#6b2f7a' } }).png().toBuffer();
	await page.getByLabel(t('fr', 'media_role_label')).selectOption('image');
	await page.getByLabel(t('fr', 'media_upload_label'), { exact: true }).setInputFiles({ name: 'carte.png', mimeType: 'image/png', buffer: png });
	await clickAndLoad(page, page.getByRole('button', { name: t('fr', 'media_upload_submit') }));
	await expect(page.getByRole('status').filter({ hasText: t('fr', 'media_uploaded') })).toBeVisible();
	await expect(page.getByRole('link', { name: 'carte.png' })).toBeVisible();

	await gotoApp(page, moduleUrl);
	// A cover for the learners' home page.
	await page.locator('form.media-upload input[type=file]').setInputFiles({ name: 'couverture.png', mimeType: 'image/png', buffer: png });
	await clickAndLoad(page, page.locator('form.media-upload').getByRole('button', { name: t('fr', 'media_upload_submit') }));
	await expect(page.locator('img.cover')).toBeVisible();
	await clickAndLoad(page, page.getByRole('button', { name: t('fr', 'module_publish'), exact: true }));
	await expect(page.getByRole('status').filter({ hasText: t('fr', 'module_published') })).toBeVisible();

	// Staff see it as learners will.
	expect((await page.goto(`/learn/${slug}/${lessonId}`))?.status()).toBe(200);
	await expect(page.locator('article.lesson strong')).toHaveText('الدرس');
	expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
	const img = page.locator('article.lesson img');
	await expect(img).toHaveAttribute('loading', 'lazy');
	const src = (await img.getAttribute('src'))!;
	const fileId = /\/files\/(\d+)/.exec(src)![1];
	expect((await page.request.get(`/files/${fileId}`)).status()).toBe(200);

	// A learner who is not enrolled: 403 on the module and on the lesson.
	const other = await newPage();
	const outsider = learner(READER + 3);
	await logIn(other, outsider);
	expect((await other.goto(`/learn/${slug}`))?.status()).toBe(403);
	expect((await other.goto(`/learn/${slug}/${lessonId}`))?.status()).toBe(403);
	expect((await other.request.get(`/files/${fileId}`)).status()).toBe(403);
	expect((await other.request.get(`/files/${fileId}/480.webp`)).status()).toBe(403);
	await expect(other.getByText(t(outsider.locale, 'content_not_enrolled'))).toBeVisible();
	// Nor can she mark it done by posting directly.
	const res = await other.request.post(`/learn/${slug}/${lessonId}?/done`, { headers: { origin: new URL(other.url()).origin, accept: 'application/json' }, form: {} });
	expect(await res.json()).toMatchObject({ type: 'failure', status: 403 });

	// The admin enrols her; she now sees the module, with its cover, and reads the lesson in Arabic.
	const admin = await newPage();
	await logIn(admin, ADMIN);
	const id = await findPersonId(admin, outsider);
	await gotoApp(admin, `/admin/users/${id}/enrolments`);
	await admin.getByLabel(t('ar', 'enrol_target_label')).selectOption({ label: titleAr });
	await clickAndLoad(admin, admin.getByRole('button', { name: t('ar', 'enrol_person_submit'), exact: true }));

	await gotoApp(other, '/learn');
	const card = other.locator('ul.modules > li').filter({ hasText: titleAr });
	await expect(card.locator('img.cover')).toHaveAttribute('loading', 'lazy');
	await card.getByRole('link', { name: titleAr }).click();
	await expect(other).toHaveURL(new RegExp(`/learn/${slug}$`));
	await gotoApp(other, `/learn/${slug}/${lessonId}`);
	await expect(other.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(other.getByRole('heading', { level: 1 })).toHaveText('الدرس الأول');
	expect((await other.request.get(`/files/${fileId}/480.webp`)).status()).toBe(200);
	await clickAndLoad(other, other.getByRole('button', { name: t('ar', 'learn_mark_done') }));
	await expect(other.getByRole('status').filter({ hasText: t('ar', 'learn_marked_done') })).toBeVisible();
	await expect(other.getByRole('button', { name: t('ar', 'learn_mark_undone') })).toBeVisible();
});

test('trainers see the module list; learners get 403 on authoring pages', async ({ page, newPage }) => {
	await logIn(page, TRAINER1);
	await gotoApp(page, '/trainer/modules');
	expect(await page.locator('ul.list > li').count()).toBeGreaterThanOrEqual(4);
	await expectAccessible(page, 'ar', '/trainer/modules');
	const l = await newPage();
	await logIn(l, learner(READER));
	for (const path of ['/trainer/modules', '/trainer/modules/new', '/trainer/modules/1', '/trainer/modules/1/lessons/new']) {
		expect((await l.goto(path))?.status(), path).toBe(403);
	}
	const res = await l.request.post('/trainer/preview', { headers: { origin: new URL(l.url()).origin }, data: { markdown: 'x' } });
	expect(res.status()).toBe(403);
});
