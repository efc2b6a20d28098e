// Issue 13: what a first real use found, checked in the browser at 360 px.
import { expectAccessible } from './axe';
import type { Page } from '@playwright/test';
import { ADMIN, DIR, LOCALES, TRAINER1, clickAndLoad, expect, gotoApp, learner, logIn, openMenu, pageLocale, t, test, type Locale } from './helpers';

const FSI = '\u2068';
const PDI = '\u2069';
// An Arabic date as Intl writes it for Morocco (Latin digits, right-to-left marks), optionally with a time or a range.
const AR_DATE = /\u2068(\d{2})\u200f\/(\d{2})\u200f\/(\d{4})(?:، (\d{2}):(\d{2})(?:\s?–\s?(\d{2}):(\d{2}))?)?\u2069/g;

/** Every isolated Arabic date in the visible text of the page's main part, checked to be a real date. */
async function isolatedDates(page: Page): Promise<string[]> {
	const text = await page.locator('main').innerText();
	const found = [...text.matchAll(AR_DATE)];
	for (const [, d, mo, , h, mi] of found) {
		expect(Number(d)).toBeGreaterThanOrEqual(1);
		expect(Number(d)).toBeLessThanOrEqual(31);
		expect(Number(mo)).toBeLessThanOrEqual(12);
		if (h) expect(Number(h) * 60 + Number(mi)).toBeLessThan(24 * 60);
	}
	return found.map((x) => x[0]);
}

async function switchLanguage(page: Page, locale: Locale) {
	await openMenu(page);
	await clickAndLoad(page, page.getByRole('button', { name: { ar: 'العربية', fr: 'Français', zgh: 'ⵜⴰⵎⴰⵣⵉⵖⵜ' }[locale], exact: true }));
	await expect(page.locator('html')).toHaveAttribute('dir', DIR[locale]);
}

test('§1 in Arabic, the quiz result, the roll call and the certificate register show each date whole and in order', async ({ page, newPage }) => {
	test.setTimeout(120_000);
	// The quiz result of a learner with a submitted attempt.
	await logIn(page, learner(26));
	await page.goto('/learn/leadership');
	const quizzes = page.locator('a[href*="/quiz/"]');
	let checked = false;
	for (const href of await quizzes.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
		await page.goto(href);
		const result = page.locator('a[href*="/result/"]').first();
		if (!(await result.count())) continue;
		await clickAndLoad(page, result);
		const dates = await isolatedDates(page);
		expect(dates.length, 'the submission date').toBeGreaterThan(0);
		expect(dates[0]).toMatch(/، \d{2}:\d{2}/);
		checked = true;
		break;
	}
	expect(checked, 'a submitted attempt to look at').toBe(true);

	// The roll call: the session's date and times in one isolated piece, the cohort's Latin name isolated too.
	const trainer = await newPage();
	await logIn(trainer, TRAINER1);
	await gotoApp(trainer, '/trainer/sessions');
	await gotoApp(trainer, (await trainer.locator('main a[href$="/roll"]').first().getAttribute('href'))!);
	const subtitle = trainer.locator('main > p.muted').first();
	expect(await subtitle.innerText()).toMatch(/\u2068\d{2}\u200f\/\d{2}\u200f\/\d{4}، \d{2}:\d{2}\s?–\s?[^\u2069]*\u2069/);
	await expect(subtitle.locator('bdi')).toHaveCount(2);

	// The certificate register: one issued (with a written reason) for a module no other spec issues.
	const admin = await newPage();
	await logIn(admin, ADMIN);
	await gotoApp(admin, '/admin/certificates');
	const option = admin.getByLabel(t('ar', 'cert_issue_pick'), { exact: true }).locator('option').filter({ hasText: /الميزانية|budg/i }).first();
	await gotoApp(admin, `/admin/certificates/issue?target=${await option.getAttribute('value')}`);
	const row = admin.locator('tr[data-learner]').filter({ has: admin.locator('details') }).first();
	await row.locator('summary').click();
	await row.getByLabel(t('ar', 'cert_override_reason')).fill('ملف درسته اللجنة');
	const who = await row.getAttribute('data-learner');
	await row.getByRole('button', { name: t('ar', 'cert_override_submit') }).click();
	await expect(admin.locator(`tr[data-learner="${who}"]`).getByRole('link')).toHaveText(/^AMS-/);
	await gotoApp(admin, '/admin/certificates');
	const today = new Intl.DateTimeFormat('ar-MA-u-nu-latn', { timeZone: 'Africa/Casablanca', dateStyle: 'medium' }).format(new Date());
	expect(await admin.locator('main').innerText()).toContain(`${FSI}${today}${PDI}`);
	expect((await isolatedDates(admin)).length).toBeGreaterThan(0);
});

test('§18 the phone header is one row of at most 64 px in every language, its menu works without JavaScript and leads to her certificates', async ({ newPage }) => {
	const page = await newPage({ javaScriptEnabled: false });
	await logIn(page, learner(27));
	for (const locale of LOCALES) {
		if (locale !== 'ar') await switchLanguage(page, locale);
		const box = await page.locator('header.top').boundingBox();
		expect(box!.height, `header in ${locale}`).toBeLessThanOrEqual(64);
		await openMenu(page);
		// The header's menu, not the home page's own links (which also lead there).
		await expect(page.getByRole('navigation', { name: t(locale, 'nav_main') }).getByRole('link', { name: t(locale, 'cert_mine_nav') })).toBeVisible();
	}
	await clickAndLoad(page, page.getByRole('navigation', { name: t('zgh', 'nav_main') }).getByRole('link', { name: t('zgh', 'cert_mine_nav') }));
	await expect(page).toHaveURL(/\/certificates$/);
	await switchLanguage(page, 'ar');
});

test('§6 a missing page says so in her language, in the app, with a way home; §17 back arrows turn in Arabic only', async ({ page }) => {
	await logIn(page, learner(37));
	for (const locale of LOCALES) {
		if (locale !== 'ar') await switchLanguage(page, locale);
		const res = await page.goto('/learn/no-such-module-here');
		expect(res!.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(locale, 'error_title_404'));
		await expect(page.locator('main')).not.toContainText('Not Found');
		await expect(page.locator('header.top')).toBeVisible();
		await expectAccessible(page, locale, '404');
		await page.goto('/learn/leadership');
		const arrow = page.locator('main .flip-rtl').first();
		const transform = await arrow.evaluate((el) => getComputedStyle(el).transform);
		if (locale === 'ar') expect(transform).toMatch(/^matrix\(-1,/);
		else expect(transform === 'none' || /^matrix\(1,/.test(transform)).toBe(true);
	}
	await page.goto('/learn/no-such-module-here');
	await page.getByRole('link', { name: t('zgh', 'error_go_home') }).click();
	await expect(page).toHaveURL(/\/learn$/);
	await switchLanguage(page, 'ar');
});

test('§3 check-in: two tappable cards for how she attends, and a wrong code says so once', async ({ page }) => {
	await logIn(page, learner(29));
	await page.goto('/learn/check-in');
	// Typed without the QR link, the session is not known yet: she says how she attends, on two large cards.
	const remote = page.locator('.choice-cards label').filter({ hasText: t('ar', 'att_how_remote') });
	for (const card of await page.locator('.choice-cards label').all()) {
		const box = (await card.boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(64);
		expect(box.width).toBeGreaterThanOrEqual(120);
		await expect(card.locator('svg')).toHaveCount(1);
	}
	await remote.click();
	await expect(page.getByRole('radio', { name: t('ar', 'att_how_remote') })).toBeChecked();
	await page.getByLabel(t('ar', 'att_code_label')).fill('ZZZZZZ');
	await clickAndLoad(page, page.getByRole('button', { name: t('ar', 'att_checkin_submit') }));
	const errors = page.locator('main .field-error, main .notice.error');
	await expect(errors).toHaveCount(1);
	// What she chose is kept.
	await expect(page.getByRole('radio', { name: t('ar', 'att_how_remote') })).toBeChecked();
	await expectAccessible(page, 'ar', 'check-in with an error');
});

test('§20 roll call: filter by name and unmarked only; §21 the projected code is centred under the QR code', async ({ page }) => {
	await logIn(page, TRAINER1);
	await gotoApp(page, '/trainer/sessions');
	await gotoApp(page, (await page.locator('main a[href$="/check-in"]').first().getAttribute('href'))!);
	const code = page.getByTestId('check-in-code');
	const qr = page.locator('.qr');
	const [c, q, card] = [await code.boundingBox(), await qr.boundingBox(), await page.locator('.screen').boundingBox()];
	// The letters themselves: the text's box less the letter spacing after the last letter.
	const letters = await code.evaluate((el) => {
		const r = document.createRange();
		r.selectNodeContents(el);
		const b = r.getBoundingClientRect();
		const spacing = parseFloat(getComputedStyle(el).letterSpacing) || 0;
		return { x: b.x, width: b.width - spacing };
	});
	// Centred under the QR code within a few pixels, inside the card, and large enough to read across a room.
	expect(Math.abs(letters.x + letters.width / 2 - (q!.x + q!.width / 2))).toBeLessThanOrEqual(3);
	expect(letters.x).toBeGreaterThanOrEqual(card!.x);
	expect(letters.x + letters.width).toBeLessThanOrEqual(card!.x + card!.width);
	expect(c!.height).toBeGreaterThan(60);

	await gotoApp(page, page.url().replace(/\/check-in$/, '/roll'));
	await expect(page.locator('ul.roll > li').first()).toBeVisible();
	const all = await page.locator('ul.roll > li').count();
	const first = (await page.locator('ul.roll > li bdi.latin').first().innerText()).trim();
	await page.getByRole('searchbox').fill(first.split(' ')[1] ?? first);
	await expect(page.locator('ul.roll > li').filter({ hasText: first })).toHaveCount(1);
	expect(await page.locator('ul.roll > li').count()).toBeLessThan(all);
	await page.getByRole('searchbox').fill('');
	await page.getByLabel(t('ar', 'att_roll_unmarked_only')).check();
	for (const li of await page.locator('ul.roll > li').all()) await expect(li.locator('button[aria-pressed="true"]')).toHaveCount(0);
	// Rows stay large enough to tap.
	const button = await page.locator('ul.roll .statuses .btn').first().boundingBox();
	if (button) expect(button.height).toBeGreaterThanOrEqual(44);
	await expectAccessible(page, 'ar', 'roll call filtered');
});

test('§13 the module identifier is proposed from an Arabic title and the form answers without browser bubbles; §9 quiz sizes in words', async ({ page }) => {
	await logIn(page, TRAINER1);
	await gotoApp(page, '/trainer/modules/new');
	await expect(page.locator('main form[method="POST"]').first()).toHaveAttribute('novalidate', '');
	await page.getByLabel('العربية', { exact: true }).first().fill('القيادة المحلية');
	await expect(page.getByLabel(t('ar', 'module_slug_label'))).toHaveValue('alqiada-almhlia');
	await page.getByLabel(t('ar', 'module_slug_label')).fill('Not A Slug!');
	await page.getByRole('button', { name: t('ar', 'module_create') }).click();
	await expect(page.locator('#f-slug-error')).toBeVisible();
	await expect(page.getByLabel(t('ar', 'module_slug_label'))).toHaveValue('Not A Slug!');
	await expectAccessible(page, 'ar', 'module form with an error');

	await gotoApp(page, '/trainer/modules');
	await gotoApp(page, (await page.locator('main a[href^="/trainer/modules/"]').filter({ hasText: /القيادة|Leadership/ }).first().getAttribute('href'))!);
	await gotoApp(page, page.url().replace(/\/?$/, '/quizzes'));
	// The graded quiz draws 6 of its 10 questions: said so, with the Arabic plural.
	await expect(page.locator('main')).toContainText(t('ar', 'quiz_questions_drawn', { count: 6, pool: 10 }));
});

test('§4 quiz editor at 360 px: a question to add reads across the width, in every language', async ({ page }) => {
	await logIn(page, TRAINER1);
	await gotoApp(page, '/trainer/modules');
	await gotoApp(page, (await page.locator('main a[href^="/trainer/modules/"]').filter({ hasText: /القيادة|Leadership/ }).first().getAttribute('href'))!);
	await gotoApp(page, page.url().replace(/\/?$/, '/quizzes'));
	const quizzes = await page.locator('main a[href*="/quizzes/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
	let quiz: string | undefined;
	for (const href of quizzes) {
		await gotoApp(page, href);
		if (await page.locator('.pick .q-text').count()) {
			quiz = href;
			break;
		}
	}
	expect(quiz).toBeTruthy();
	const viewport = page.viewportSize()!.width;
	// Her language is kept on her account: switch back to Arabic whatever happens, quickly, for the other tests.
	try {
		for (const locale of LOCALES) {
			if (locale !== 'ar') await switchLanguage(page, locale);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			for (const text of await page.locator('.pick .q-text').all()) {
				const box = (await text.boundingBox())!;
				expect(box.width, `question text in ${locale}`).toBeGreaterThan(viewport / 2);
			}
		}
	} finally {
		await switchLanguage(page, 'ar');
	}
});

test('§5 a module counts for the programme certificate only when the box on its form says so', async ({ page }) => {
	await logIn(page, TRAINER1);
	// The demo programme has learners: a new module does not count unless she ticks the box.
	// (Found by its name, not its label: another test may have her interface in another language for a moment.)
	await gotoApp(page, '/trainer/modules/new');
	const box = page.locator('main input[type="checkbox"][name="countsForProgramme"]');
	await expect(box).toBeVisible();
	await expect(box).not.toBeChecked();
	const locale = await pageLocale(page);
	await expect(page.getByRole('checkbox', { name: t(locale, 'cert_rule_programme') })).toBeVisible();
	await expect(page.locator('#f-counts-hint')).toHaveText(t(locale, 'module_counts_has_learners'));
	await expectAccessible(page, locale, 'new module form with the programme box');
	// A demo module counts, and its form shows it ticked.
	await gotoApp(page, '/trainer/modules');
	const modules = await page.locator('main a[href^="/trainer/modules/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!).filter((h) => /^\/trainer\/modules\/\d+$/.test(h)));
	await gotoApp(page, modules[0]);
	await expect(page.locator('main input[type="checkbox"][name="countsForProgramme"]')).toBeChecked();
});

test('§10 after the last lesson: no ?/done in the address, and a next step', async ({ page }) => {
	await logIn(page, learner(36));
	await page.goto('/learn/negotiation');
	const lessons = await page.locator('main ol a[href^="/learn/negotiation/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	await page.goto(lessons[lessons.length - 1]);
	const done = page.getByRole('button', { name: t('ar', 'learn_mark_done') });
	if (await done.count()) await clickAndLoad(page, done);
	expect(page.url()).not.toContain('?/');
	await expect(page.getByRole('heading', { name: t('ar', 'learn_lessons_all_done') })).toBeVisible();
	await expect(page.getByRole('link', { name: t('ar', 'learn_step_back') })).toHaveAttribute('href', '/learn/negotiation');
	await expectAccessible(page, 'ar', 'last lesson done');
});

test('§15 the import page offers a sample file that the import itself accepts; §14 codes in its text are isolated', async ({ page }) => {
	await logIn(page, ADMIN);
	await gotoApp(page, '/admin/users/import');
	const link = page.getByRole('link', { name: t('ar', 'import_sample') });
	const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
	const csv = (await import('node:fs')).readFileSync((await download.path())!, 'utf8');
	const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
	expect(lines[0]).toBe('name_ar,name_latin,login,commune,cohort,language');
	expect(lines).toHaveLength(3);
	expect(lines[1]).toMatch(/[\u0600-\u06FF].*,[A-Z][a-z]+ /);
	expect(await page.locator('main form p').first().innerText()).toContain('\u2068name_ar, name_latin');
	await page.getByLabel(t('ar', 'import_file_label', { csv: 'CSV' }), { exact: true }).setInputFiles({ name: 'import-example.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
	await clickAndLoad(page, page.getByRole('button', { name: t('ar', 'import_check_submit') }));
	await expect(page.getByTestId('import-problems')).toHaveCount(0);
	await expect(page.getByRole('button', { name: t('ar', 'import_confirm_submit', { count: 2 }) })).toBeVisible();
});
