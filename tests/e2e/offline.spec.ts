import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { LOCALE_NAMES, clickAndLoad, expect, learner, logIn, logOut, openMenu, pageLocale, t, test, type Locale } from './helpers';

// Demo learner 26 is enrolled in leadership and used by no other test.
const READER = learner(26);
const ar = (key: string, params: Record<string, string | number> = {}) => t('ar', key, params);

/** Waits until the service worker controls the page (it registers on the first visit). */
async function workerInControl(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready);
	// Installing precaches the shell (stylesheets, icons, the offline page): slower while the suite runs in parallel.
	// The active worker claims the open page; if that has not happened yet, the page's next load is controlled
	// anyway (as her next tap would be), so load it again rather than fail on the machine's speed.
	const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
	try {
		await expect.poll(controlled, { timeout: 15_000 }).toBe(true);
	} catch {
		await page.reload();
		await expect.poll(controlled, { timeout: 15_000 }).toBe(true);
	}
}

test('after visiting a module, its lessons open offline; a practice quiz answered offline is sent once when the network is back', async ({ page, context }) => {
	expect(READER.locale).toBe('ar');
	await logIn(page, READER);
	await page.goto('/learn/leadership');
	await workerInControl(page);

	// She reads the first lesson while connected, then saves the whole module.
	const lessons = page.locator('ol.lessons a');
	const firstLesson = (await lessons.first().getAttribute('href'))!;
	const lastLesson = (await lessons.last().getAttribute('href'))!;
	const firstTitle = (await lessons.first().locator('span[lang]').textContent())!;
	const lastTitle = (await lessons.last().locator('span[lang]').textContent())!;
	await clickAndLoad(page, lessons.first());
	await page.goto('/learn/leadership');
	await page.getByRole('button', { name: ar('offline_save_module') }).click();
	await expect(page.getByText(ar('offline_saved'))).toBeVisible({ timeout: 30_000 });

	// She starts the practice quiz while connected.
	await clickAndLoad(page, page.getByRole('link', { name: /تمرين/ }));
	await expect(page.getByText(ar('offline_can_answer'))).toBeVisible();
	await clickAndLoad(page, page.getByRole('button', { name: ar('quiz_start') }));
	const attemptUrl = new URL(page.url()).pathname;

	// No network: the lessons she visited, and the ones the button saved, still open.
	await context.setOffline(true);
	await page.goto(firstLesson);
	await expect(page.getByRole('heading', { level: 1, name: firstTitle })).toBeVisible();
	await page.goto(lastLesson);
	await expect(page.getByRole('heading', { level: 1, name: lastTitle })).toBeVisible();
	await page.goto('/learn/leadership');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	// She answers question 1 offline: kept on the phone, "waiting to send: 1".
	await page.goto(attemptUrl);
	await page.getByLabel('ثلاث دورات').check();
	await page.getByRole('button', { name: ar('quiz_next') }).click();
	await expect(page.getByText(ar('offline_queued'))).toBeVisible();
	await expect(page.locator('#offline-pending')).toContainText(ar('offline_pending'));
	await expect(page.locator('#offline-pending bdi')).toHaveText('1');
	const kept = await page.evaluate(
		() =>
			new Promise<{ url: string; body: string }>((resolve) => {
				const open = indexedDB.open('amssawas-offline');
				open.onsuccess = () => {
					const get = open.result.transaction('outbox').objectStore('outbox').getAll();
					get.onsuccess = () => resolve(get.result[0]);
				};
			})
	);
	expect(kept.body).toMatch(/idem=[0-9a-f]{32}/);

	// The network is back: sent, and the badge goes.
	await context.setOffline(false);
	await expect(page.getByText(ar('offline_sent'))).toBeVisible();
	await expect(page.locator('#offline-pending')).toBeHidden();
	// The attempt opens on the first question not answered: back to question 1.
	await page.goto(`${attemptUrl}?p=0`);
	await expect(page.getByText(ar('quiz_review_count', { answered: 1, total: 10 })).first()).toBeVisible();
	await expect(page.getByLabel('ثلاث دورات')).toBeChecked();

	// She changes her mind, connected; then the phone replays the old post a second time:
	// its key was used, so it changes nothing.
	await page.getByLabel('أربع دورات').check();
	await clickAndLoad(page, page.getByRole('button', { name: ar('quiz_next') }));
	const replay = await page.evaluate(async (item) => (await fetch(item.url, { method: 'POST', body: item.body, headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' }, redirect: 'manual' })).type, kept);
	expect(replay).toBe('opaqueredirect');
	await page.goto(`${attemptUrl}?p=0`);
	await expect(page.getByLabel('أربع دورات')).toBeChecked();
	await expect(page.getByText(ar('quiz_review_count', { answered: 1, total: 10 })).first()).toBeVisible();

	// Her pages are hers: logging out deletes them from the phone.
	expect(await page.evaluate(() => caches.has('amssawas-pages'))).toBe(true);
	await logOut(page);
	expect(await page.evaluate(() => caches.has('amssawas-pages'))).toBe(false);
});

test('timed and graded quizzes say they need a connection', async ({ page }) => {
	await logIn(page, READER);
	await page.goto('/learn/leadership');
	await clickAndLoad(page, page.getByRole('link', { name: /اختبار الوحدة المُنقَّط/ }));
	await expect(page.getByText(ar('offline_needs_connection'))).toBeVisible();
});

test('the manifest speaks her language and starts at /learn', async ({ request }) => {
	const res = await request.get('/manifest.webmanifest', { headers: { cookie: 'lang=fr' } });
	expect(res.headers()['content-type']).toContain('application/manifest+json');
	const manifest = await res.json();
	expect(manifest).toMatchObject({ name: t('fr', 'app_name'), lang: 'fr', start_url: '/learn', theme_color: '#6b2f7a' });
	expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
	for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
});

for (const locale of ['ar', 'fr', 'zgh'] as Locale[]) {
	test(`the offline page is accessible at 360 px (${locale})`, async ({ page }) => {
		await page.goto('/offline');
		if ((await pageLocale(page)) !== locale) {
			// The language switch lives in the header's menu (a <details>), closed until opened.
			await openMenu(page);
			await clickAndLoad(page, page.getByRole('button', { name: LOCALE_NAMES[locale], exact: true }));
		}
		await expect(page.getByRole('heading', { level: 1, name: t(locale, 'offline_title') })).toBeVisible();
		await expect(page.getByText(t(locale, 'offline_none'))).toBeVisible();
		await expectAccessible(page, locale, 'offline page');
	});
}
