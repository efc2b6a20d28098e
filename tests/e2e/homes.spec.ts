import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { DEMO_COHORT } from '../../src/lib/server/demo/content';
import { expectAccessible } from './axe';
import {
	ADMIN,
	LEARNER,
	TRAINER1,
	TRAINER2,
	clickAndLoad,
	createPerson,
	expect,
	gotoApp,
	learner,
	logIn,
	newPerson,
	pageLocale,
	t,
	test,
	type Locale,
	type Person
} from './helpers';

// Issue 13 §11 (agenda), §22 (certificate design), §23 (homes), §24 (repeating sessions), at 360 px.

const learners: Record<Locale, Person> = { ar: learner(LEARNER.roles), fr: learner(LEARNER.a11yFr), zgh: learner(LEARNER.a11yZgh) };

/** A staff account in that language: the demo's for ar and fr, a new one for Tamazight (no demo staff speaks it). */
async function staffIn(locale: Locale, role: 'trainer' | 'admin', newPage: () => Promise<Page>): Promise<Person & { password?: string }> {
	if (locale === 'ar') return role === 'admin' ? ADMIN : TRAINER1;
	if (locale === 'fr' && role === 'trainer') return TRAINER2;
	const page = await newPage();
	await logIn(page, ADMIN);
	const p = newPerson({ ar: 'حساب للفحص', latin: 'Homes Check' }, { role, locale, password: `homes check passphrase ${Date.now()}` });
	await createPerson(page, p);
	await page.close();
	return p;
}

/** The page ships no app script: a learner page works with plain links and forms. (/offline.js, the service
 * worker's and offline outbox's small script, is on every page and hydrates nothing.) */
async function expectNoScript(page: Page) {
	expect(await page.locator('script:not([src$="/offline.js"])').count()).toBe(0);
}

for (const locale of ['ar', 'fr', 'zgh'] as const) {
	test.describe(`homes in ${locale}`, () => {
		test('a learner sees the session on now with "check in now", her next step, progress and certificates; her agenda puts it first', async ({ page }) => {
			await logIn(page, learners[locale]);
			await page.goto('/learn');
			expect(await pageLocale(page)).toBe(locale);
			await expectNoScript(page);
			const now = page.getByTestId('home-session');
			await expect(now.getByRole('heading', { name: t(locale, 'att_now_title') })).toBeVisible();
			const checkIn = now.getByRole('link', { name: t(locale, 'att_checkin_now') });
			await expect(checkIn).toHaveAttribute('href', /^\/learn\/check-in\?s=\d+$/);
			const checkInHref = (await checkIn.getAttribute('href'))!;
			await expect(page.getByRole('heading', { name: t(locale, 'hm_next_step') })).toBeVisible();
			await expect(page.getByRole('heading', { name: new RegExp(t(locale, 'hm_progress_title')) })).toBeVisible();
			await expect(page.getByRole('heading', { name: t(locale, 'cert_mine_nav') })).toBeVisible();
			const links = page.getByRole('navigation', { name: t(locale, 'hm_links_title') });
			for (const href of ['/learn/agenda', '/learn/join', '/certificates']) await expect(links.locator(`a[href="${href}"]`)).toBeVisible();
			await expectAccessible(page, locale, '/learn (home)');

			await page.goto('/learn/agenda');
			await expectNoScript(page);
			const featured = page.getByTestId('agenda-featured');
			await expect(featured.getByRole('heading', { name: t(locale, 'att_now_title') })).toBeVisible();
			await expect(featured.getByRole('link', { name: t(locale, 'att_checkin_now') })).toHaveAttribute('href', checkInHref);
			// The cohort is said once, not on every card.
			await expect(page.locator('bdi', { hasText: DEMO_COHORT.name })).toHaveCount(1);
			// Past sessions are folded; opening them shows the list.
			const pastList = page.getByRole('list', { name: t(locale, 'att_past') });
			await expect(pastList).toBeHidden();
			await page.locator('summary').filter({ hasText: t(locale, 'att_past_fold') }).click();
			await expect(pastList).toBeVisible();
			await expectAccessible(page, locale, '/learn/agenda (past open)');
			// Much shorter on a phone than the 5,500 px it was, past sessions folded (the agenda now also
			// lists her planned coaching appointments: about 250–350 px more).
			await page.goto('/learn/agenda');
			expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(3900);
		});

		test('a trainer sees today and next sessions with roll-call links, who falls behind, quizzes closing', async ({ page, newPage }) => {
			const person = await staffIn(locale, 'trainer', newPage);
			await logIn(page, person, person.password);
			await page.goto('/trainer');
			expect(await pageLocale(page)).toBe(locale);
			const sessions = page.getByTestId('home-sessions');
			await expect(sessions.getByRole('heading', { name: t(locale, 'hm_sessions_title') })).toBeVisible();
			if (locale !== 'zgh') {
				// The demo trainers lead sessions: each has its roll-call link.
				const roll = sessions.getByRole('link', { name: t(locale, 'att_roll_call') });
				expect(await roll.count()).toBeGreaterThan(0);
				await expect(roll.first()).toHaveAttribute('href', /^\/trainer\/sessions\/\d+\/roll$/);
			} else {
				await expect(sessions.getByText(t(locale, 'hm_no_sessions'))).toBeVisible();
			}
			const behind = page.getByTestId('home-behind');
			for (const key of ['hm_behind_attendance', 'hm_behind_lessons', 'hm_behind_quizzes']) await expect(behind.getByRole('heading', { name: t(locale, key) })).toBeVisible();
			if (locale === 'ar') {
				// Learner 3 attends 3 of 8 leadership sessions (trainer 1's module): she comes first.
				await expect(page.getByRole('list', { name: t(locale, 'hm_behind_attendance') }).locator('li').first()).toContainText(learner(3).nameAr);
			}
			await expect(page.getByTestId('home-closing').getByRole('heading', { name: t(locale, 'hm_closing_title') })).toBeVisible();
			const links = page.getByRole('navigation', { name: t(locale, 'hm_links_title') });
			for (const href of ['/trainer/modules', '/trainer/learners', '/profile']) await expect(links.locator(`a[href="${href}"]`)).toBeVisible();
			await expectAccessible(page, locale, '/trainer (home)');
		});

		test('an administrator sees the programme at a glance, each figure linking to its page', async ({ page, newPage }) => {
			const person = await staffIn(locale, 'admin', newPage);
			await logIn(page, person, person.password);
			await page.goto('/admin');
			expect(await pageLocale(page)).toBe(locale);
			const glance = page.getByTestId('home-glance');
			await expect(glance.getByRole('link', { name: t(locale, 'hm_fig_learners') })).toHaveAttribute('href', '/admin/users');
			await expect(glance.getByRole('link', { name: t(locale, 'hm_fig_certificates') })).toHaveAttribute('href', '/admin/certificates');
			await expect(glance.getByRole('link', { name: t(locale, 'hm_fig_attendance') })).toHaveAttribute('href', '/trainer/sessions/report');
			await expect(glance.locator('li').first().locator('.value')).toHaveText(/^\d+$/);
			const links = page.getByRole('navigation', { name: t(locale, 'hm_links_title') });
			for (const href of ['/admin/users', '/admin/cohorts', '/admin/users/import', '/admin/exports', '/admin/certificates', '/trainer/learners', '/profile']) {
				await expect(links.locator(`a[href="${href}"]`)).toBeVisible();
			}
			await expectAccessible(page, locale, '/admin (home)');
			await gotoApp(page, '/admin/settings/certificates');
			await expectAccessible(page, locale, '/admin/settings/certificates');
		});
	});
}

test('the Arabic agenda shows every date and time whole and in order, isolated from the text around it', async ({ page }) => {
	await logIn(page, learners.ar);
	await page.goto('/learn/agenda');
	await page.locator('summary').filter({ hasText: t('ar', 'att_past_fold') }).click();
	const shown = await page.evaluate(() => ({
		visible: (document.querySelector('main') ?? document.body).innerText,
		times: [...document.querySelectorAll('time[datetime][data-end]')].map((el) => ({ start: el.getAttribute('datetime')!, end: el.getAttribute('data-end')!, text: (el as HTMLElement).innerText, inBdi: el.closest('bdi') !== null }))
	}));
	// Formatted here, as the server does (the browser's own time-zone data may be older).
	const f = new Intl.DateTimeFormat('ar-MA-u-nu-latn', { timeZone: 'Africa/Casablanca', dateStyle: 'medium', timeStyle: 'short' });
	let from = 0;
	const found = shown.times.map((tm) => {
		const expected = f.formatRange(new Date(tm.start), new Date(tm.end));
		const at = shown.visible.indexOf(expected, from);
		if (at >= 0) from = at + expected.length;
		// Isolated once: by FSI…PDI around the text (the formatter's way) or by a <bdi>, not both, not neither.
		const wrapped = tm.text.startsWith('\u2068') && tm.text.endsWith('\u2069');
		return { expected, shown: wrapped ? tm.text.slice(1, -1) : tm.text, isolations: Number(wrapped) + Number(tm.inBdi), inOrder: at >= 0 };
	});
	expect(found.length).toBeGreaterThan(3);
	for (const d of found) expect(d).toEqual({ expected: d.expected, shown: d.expected, isolations: 1, inOrder: true });
});

test('the live session on the agenda takes her to check-in for that session', async ({ page }) => {
	await logIn(page, learner(LEARNER.checkInQr));
	await page.goto('/learn/agenda');
	await clickAndLoad(page, page.getByTestId('agenda-featured').getByRole('link', { name: t('ar', 'att_checkin_now') }));
	await expect(page).toHaveURL(/\/learn\/check-in\?s=\d+$/);
	await expect(page.getByLabel(t('ar', 'att_code_label'), { exact: true })).toBeVisible();
});

test('a trainer repeats a session weekly: three rows, each edited on its own; a bad count is refused in her language', async ({ page }) => {
	await logIn(page, TRAINER2);
	const l: Locale = 'fr';
	await gotoApp(page, '/trainer/sessions/new');
	await expectAccessible(page, l, '/trainer/sessions/new');
	const title = `Série e2e ${Date.now()}`;
	const titles = page.getByRole('group', { name: t(l, 'att_title_label') });
	await titles.getByLabel('Français', { exact: true }).fill(title);
	await titles.getByLabel('العربية', { exact: true }).fill('سلسلة');
	const day = new Date(Date.now() + 30 * 24 * 3600_000).toISOString().slice(0, 10);
	await page.getByLabel(t(l, 'att_date_label'), { exact: true }).fill(day);
	await page.getByLabel(t(l, 'att_mode_label'), { exact: true }).selectOption('in_person');
	await page.getByRole('group', { name: t(l, 'att_place_label') }).getByLabel('Français', { exact: true }).fill('Azilal');
	const repeat = page.getByLabel(t(l, 'att_repeat_label'), { exact: true });
	await repeat.fill('99');
	await clickAndLoad(page, page.getByRole('button', { name: t(l, 'att_create_submit') }));
	await expect(page.getByText(t(l, 'att_repeat_invalid'))).toBeVisible();
	await expect(titles.getByLabel('Français', { exact: true })).toHaveValue(title);
	await repeat.fill('3');
	await clickAndLoad(page, page.getByRole('button', { name: t(l, 'att_create_submit') }));
	await expect(page.getByRole('status').filter({ hasText: t(l, 'att_saved_created') })).toBeVisible();
	await gotoApp(page, '/trainer/sessions');
	const series = page.getByRole('link', { name: title, exact: true });
	await expect(series).toHaveCount(3);
	// The second one changes alone.
	await gotoApp(page, (await series.nth(1).getAttribute('href'))!);
	await page.getByRole('group', { name: t(l, 'att_title_label') }).getByLabel('Français', { exact: true }).fill(`${title} (déplacée)`);
	await clickAndLoad(page, page.getByRole('button', { name: t(l, 'save'), exact: true }));
	await expect(page.getByRole('status').filter({ hasText: t(l, 'att_saved_updated') })).toBeVisible();
	await gotoApp(page, '/trainer/sessions');
	await expect(page.getByRole('link', { name: title, exact: true })).toHaveCount(2);
	await expect(page.getByRole('link', { name: `${title} (déplacée)`, exact: true })).toHaveCount(1);
});

test('an administrator sets the certificate design: logo checked by content, the sample PDF drawn with it', async ({ page, request, baseURL }) => {
	await logIn(page, ADMIN);
	await gotoApp(page, '/admin/settings/certificates');
	const l: Locale = 'ar';
	const org = page.getByRole('group', { name: t(l, 'certd_org_legend') });
	await org.getByLabel('Français', { exact: true }).fill('Association Amssawas e2e');
	// A text file named .png is refused, with a translated message, and what was typed stays.
	await page.getByLabel(t(l, 'certd_logo_label'), { exact: true }).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('not really an image') });
	await clickAndLoad(page, page.getByRole('button', { name: t(l, 'save') }));
	await expect(page.getByText(t(l, 'certd_image_type'))).toBeVisible();
	await expect(org.getByLabel('Français', { exact: true })).toHaveValue('Association Amssawas e2e');
	await expectAccessible(page, l, '/admin/settings/certificates (error)');

	const logo = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#0f5e57' } }).png().toBuffer();
	await page.getByLabel(t(l, 'certd_logo_label'), { exact: true }).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logo });
	await page.locator('#f-sig0_nameLatin').fill('Noura Bensaid');
	await clickAndLoad(page, page.getByRole('button', { name: t(l, 'save') }));
	await expect(page.getByRole('status').filter({ hasText: t(l, 'certd_saved') })).toBeVisible();
	await expect(page.getByRole('img', { name: t(l, 'certd_logo_current') })).toBeVisible();
	const cookies = await page.context().cookies();
	const pdf = await request.get(`${baseURL}/admin/settings/certificates/preview.pdf`, { headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') } });
	expect(pdf.status()).toBe(200);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	const body = await pdf.body();
	expect(body.byteLength).toBeLessThan(150 * 1024);
	expect(body.subarray(0, 5).toString()).toBe('%PDF-');
});
