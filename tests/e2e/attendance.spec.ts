import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { ADMIN, LEARNER, TRAINER1, clickAndLoad, createPerson, expect, gotoApp, learner, logIn, newPerson, pageLocale, t, test, type Locale } from './helpers';
import { demoLearner, DEMO_LEARNER_COUNT } from '../../src/lib/server/demo/people';
import { DEMO_MODULES } from '../../src/lib/server/demo/content';

const LIVE_TITLE = 'Planification participative · التخطيط التشاركي — atelier';
/** Values shown inside a sentence (titles, names) are isolated (FSI…PDI) so they keep their order in either direction. */
const iso = (s: string) => `\u2068${s}\u2069`;
const NEGOTIATION = DEMO_MODULES.find((m) => m.slug === 'negotiation')!.title.ar;

const WINDOW_MS = 30_000;
const localDate = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca' }).format(ms);
const localTime = (ms: number) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Africa/Casablanca', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);

/** The demo session in progress (participatory planning): its id, from the check-in screen link only live sessions have. */
async function liveSessionId(trainer: Page): Promise<number> {
	await gotoApp(trainer, '/trainer/sessions?module=participatory-planning');
	const l = await pageLocale(trainer);
	const href = await trainer.getByRole('link', { name: t(l, 'att_checkin_screen') }).first().getAttribute('href');
	const id = Number(/\/trainer\/sessions\/(\d+)\/check-in$/.exec(href ?? '')?.[1]);
	expect(id, `check-in link: ${href}`).toBeGreaterThan(0);
	return id;
}

async function currentCode(trainer: Page, sessionId: number): Promise<{ code: string; at: number }> {
	await gotoApp(trainer, `/trainer/sessions/${sessionId}/check-in`);
	const at = Date.now();
	const code = (await trainer.getByTestId('check-in-code').textContent())?.trim() ?? '';
	expect(code).toMatch(/^[A-Z0-9]{6}$/);
	return { code, at };
}

async function typeCode(page: Page, code: string) {
	const l = await pageLocale(page);
	await page.getByLabel(t(l, 'att_code_label'), { exact: true }).fill(code);
	await clickAndLoad(page, page.getByRole('button', { name: t(l, 'att_checkin_submit') }));
}

async function createSession(page: Page, s: { title: string; module: string; date: string; start: string; end: string; mode: 'in_person' | 'remote' | 'hybrid' }): Promise<number> {
	await gotoApp(page, '/trainer/sessions/new');
	const l = await pageLocale(page);
	await page.getByLabel(t(l, 'att_module_label'), { exact: true }).selectOption({ label: s.module });
	await page.getByRole('group', { name: t(l, 'att_title_label') }).getByLabel('Français', { exact: true }).fill(s.title);
	await page.getByLabel(t(l, 'att_date_label'), { exact: true }).fill(s.date);
	await page.getByLabel(t(l, 'att_start_label'), { exact: true }).fill(s.start);
	await page.getByLabel(t(l, 'att_end_label'), { exact: true }).fill(s.end);
	await page.getByLabel(t(l, 'att_mode_label'), { exact: true }).selectOption(s.mode);
	await page.getByRole('group', { name: t(l, 'att_place_label') }).getByLabel('Français', { exact: true }).fill('Béni Mellal');
	await page.getByLabel(t(l, 'att_link_label'), { exact: true }).fill('https://meet.jit.si/amssawas-e2e');
	await clickAndLoad(page, page.getByRole('button', { name: t(l, 'att_create_submit') }));
	await expect(page.getByRole('status').filter({ hasText: t(l, 'att_saved_created') })).toBeVisible();
	const id = Number(/\/trainer\/sessions\/(\d+)/.exec(page.url())?.[1]);
	expect(id).toBeGreaterThan(0);
	return id;
}

const row = (page: Page, nameLatin: string) => page.getByRole('listitem').filter({ hasText: nameLatin });

test.describe('class sessions and attendance', () => {
	test('a trainer creates a hybrid session and takes the roll on a phone, with and without JavaScript', async ({ page, newPage }) => {
		await logIn(page, TRAINER1);
		const l: Locale = 'ar';
		await gotoApp(page, '/trainer/sessions');
		await expectAccessible(page, l, '/trainer/sessions');
		await gotoApp(page, '/trainer/sessions/new');
		await expectAccessible(page, l, '/trainer/sessions/new');
		const tomorrow = localDate(Date.now() + 24 * 3600_000);
		const id = await createSession(page, { title: `Atelier e2e ${Date.now()}`, module: NEGOTIATION, date: tomorrow, start: '09:00', end: '12:00', mode: 'hybrid' });
		await expectAccessible(page, l, '/trainer/sessions/<id>');
		await page.getByRole('link', { name: t(l, 'att_roll_call') }).first().click();
		await expect(page).toHaveURL(new RegExp(`/trainer/sessions/${id}/roll$`));
		await expect(page.getByTestId('roll-counts')).toHaveText(t(l, 'att_roll_counts', { attended: 0, marked: 0, total: 40 }));
		await expectAccessible(page, l, '/trainer/sessions/<id>/roll');

		// One tap per learner; with JavaScript the page stays and the mark shows at once.
		const [a, b, c] = [demoLearner(6), demoLearner(8), demoLearner(12)];
		await row(page, a.nameLatin).getByRole('button', { name: t(l, 'att_status_late'), exact: true }).click();
		await expect(row(page, a.nameLatin).getByRole('button', { name: t(l, 'att_status_late'), exact: true })).toHaveAttribute('aria-pressed', 'true');
		await row(page, b.nameLatin).getByLabel(t(l, 'att_how_remote')).check();
		await row(page, b.nameLatin).getByRole('button', { name: t(l, 'att_status_present'), exact: true }).click();
		await expect(row(page, b.nameLatin).getByRole('button', { name: t(l, 'att_status_present'), exact: true })).toHaveAttribute('aria-pressed', 'true');
		await expect(page.getByTestId('roll-counts')).toHaveText(t(l, 'att_roll_counts', { attended: 2, marked: 2, total: 40 }));

		// Without JavaScript, each tap is a plain form post.
		const plain = await newPage({ javaScriptEnabled: false });
		await logIn(plain, TRAINER1);
		await plain.goto(`/trainer/sessions/${id}/roll`);
		await row(plain, c.nameLatin).getByText(t(l, 'att_remark_label')).first().click();
		await row(plain, c.nameLatin).getByRole('textbox').fill('مريضة');
		await clickAndLoad(plain, row(plain, c.nameLatin).getByRole('button', { name: t(l, 'att_status_excused'), exact: true }));
		await expect(row(plain, c.nameLatin).getByRole('button', { name: t(l, 'att_status_excused'), exact: true })).toHaveAttribute('aria-pressed', 'true');
		await expect(row(plain, c.nameLatin).getByRole('textbox')).toHaveValue('مريضة');

		// "All present" fills the others and keeps the marks already given.
		await page.reload();
		await page.getByRole('button', { name: t(l, 'att_mark_all_present') }).click();
		await expect(page.getByTestId('roll-counts')).toHaveText(t(l, 'att_roll_counts', { attended: 39, marked: 40, total: 40 }));
		await expect(row(page, a.nameLatin).getByRole('button', { name: t(l, 'att_status_late'), exact: true })).toHaveAttribute('aria-pressed', 'true');
		await expect(row(page, c.nameLatin).getByRole('button', { name: t(l, 'att_status_excused'), exact: true })).toHaveAttribute('aria-pressed', 'true');

		// The history keeps who changed what.
		await gotoApp(page, `/trainer/sessions/${id}`);
		const newest = page.getByRole('region', { name: t(l, 'att_history_title') }).getByRole('listitem').first();
		await expect(newest).toContainText(t(l, 'att_source_roll', { name: iso(TRAINER1.nameAr) }));
		await expect(newest).toContainText(t(l, 'att_status_present'));
	});

	test('a learner checks in with the code shown on the trainer’s screen; the screen counts her', async ({ page, newPage }) => {
		await logIn(page, TRAINER1);
		const id = await liveSessionId(page);
		await gotoApp(page, `/trainer/sessions/${id}/check-in`);
		await expectAccessible(page, 'ar', '/trainer/sessions/<id>/check-in');
		const before = Number(/\d+/.exec((await page.getByTestId('checked-in-count').textContent()) ?? '')?.[0]);
		await expect(page.locator('.qr svg')).toBeVisible();

		const phone = await newPage();
		const her = learner(LEARNER.checkIn);
		await logIn(phone, her);
		await phone.goto('/learn/check-in');
		const l = await pageLocale(phone);
		await expectAccessible(phone, l, '/learn/check-in');
		const { code } = await currentCode(page, id);
		await typeCode(phone, code.toLowerCase());
		// The session started an hour ago and counts as late after 15 minutes.
		await expect(phone.getByRole('status')).toHaveText(t(l, 'att_checked_in_late', { title: iso(LIVE_TITLE) }));
		await expectAccessible(phone, l, '/learn/check-in (done)');

		// The count follows on the trainer's screen (refreshed by its script).
		await expect(page.getByTestId('checked-in-count')).toContainText(String(before + 1), { timeout: 15_000 });

		// The QR code's link opens the form with the code filled in: one tap.
		const qrPhone = await newPage();
		await logIn(qrPhone, learner(LEARNER.checkInQr));
		const fresh = await currentCode(page, id);
		await qrPhone.goto(`/learn/check-in?code=${fresh.code}&s=${id}`);
		const lq = await pageLocale(qrPhone);
		await expect(qrPhone.getByLabel(t(lq, 'att_code_label'), { exact: true })).toHaveValue(fresh.code);
		await clickAndLoad(qrPhone, qrPhone.getByRole('button', { name: t(lq, 'att_checkin_submit') }));
		await expect(qrPhone.getByRole('status')).toBeVisible();
		await expect(qrPhone.getByRole('alert')).toHaveCount(0);

		// Her agenda shows the session; the module page her attendance rate.
		await phone.goto('/learn/agenda');
		await expectAccessible(phone, l, '/learn/agenda');
		await phone.goto('/learn/participatory-planning');
		await expect(phone.getByTestId('attendance-rate')).toBeVisible();
	});

	test('an expired code, a code of another session and a learner not enrolled are each refused with their message', async ({ page, newPage }) => {
		test.setTimeout(180_000);
		await logIn(page, TRAINER1);
		const live = await liveSessionId(page);
		const first = await currentCode(page, live);

		// Another session whose check-in is open (it starts in about 20 minutes). A session cannot cross
		// midnight in Morocco: late in the evening it ends at 23:59 and starts by 23:30 (check-in opens
		// 30 minutes before the start, so it is still open now).
		const start = Date.now() + 20 * 60_000;
		const end = start + 40 * 60_000;
		const startTime = localTime(start) > '23:30' ? '23:30' : localTime(start);
		const endTime = localDate(end) === localDate(start) ? localTime(end) : '23:59';
		const other = await createSession(page, { title: `Autre séance ${Date.now()}`, module: NEGOTIATION, date: localDate(start), start: startTime, end: endTime, mode: 'remote' });
		const phone = await newPage();
		await logIn(phone, learner(LEARNER.refused));
		const otherCode = await currentCode(page, other);
		await phone.goto(`/learn/check-in?s=${live}`);
		await typeCode(phone, otherCode.code);
		const l = await pageLocale(phone);
		// One error, beside the code it is about: the field is marked invalid and described by it.
		const codeField = phone.getByLabel(t(l, 'att_code_label'), { exact: true });
		await expect(codeField).toHaveAttribute('aria-invalid', 'true');
		await expect(codeField).toHaveAccessibleDescription(t(l, 'att_checkin_other_session'));
		await expect(phone.getByRole('alert')).toHaveCount(0);
		// The form keeps what she typed.
		await expect(phone.getByLabel(t(l, 'att_code_label'), { exact: true })).toHaveValue(otherCode.code);

		// A learner not enrolled.
		const admin = await newPage();
		await logIn(admin, ADMIN);
		const stranger = newPerson({ ar: 'زائرة غير مسجلة', latin: 'Visiteuse' }, { password: `stranger passphrase ${Date.now()}` });
		await createPerson(admin, stranger);
		const strangerPhone = await newPage();
		await logIn(strangerPhone, stranger, stranger.password);
		await strangerPhone.goto(`/learn/check-in?s=${live}`);
		await typeCode(strangerPhone, (await currentCode(page, live)).code);
		await expect(strangerPhone.getByRole('alert')).toHaveText(t('ar', 'att_checkin_not_enrolled'));
		await expectAccessible(strangerPhone, 'ar', '/learn/check-in (refused)');

		// The first code, two windows later: expired.
		const wait = (Math.floor(first.at / WINDOW_MS) + 2) * WINDOW_MS - Date.now() + 500;
		if (wait > 0) await phone.waitForTimeout(wait);
		await phone.goto(`/learn/check-in?s=${live}`);
		await typeCode(phone, first.code);
		await expect(codeField).toHaveAccessibleDescription(t(l, 'att_checkin_expired'));
		await expect(phone.getByRole('alert')).toHaveCount(0);
	});

	test('the sign-in sheet PDF holds every enrolled learner’s name, in both scripts', async ({ page }) => {
		await logIn(page, TRAINER1);
		const id = await liveSessionId(page);
		const res = await page.request.get(`/trainer/sessions/${id}/sheet.pdf`);
		expect(res.status()).toBe(200);
		expect(res.headers()['content-type']).toBe('application/pdf');
		const file = join(mkdtempSync(join(tmpdir(), 'amssawas-sheet-')), 'sheet.pdf');
		writeFileSync(file, await res.body());
		const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
		expect(text).toContain('Feuille d’émargement');
		expect(text).toContain('ورقة التوقيع');
		for (let n = 1; n <= DEMO_LEARNER_COUNT; n++) {
			expect(text).toContain(demoLearner(n).nameLatin);
			expect(text).toContain(demoLearner(n).nameAr);
		}
	});

	test('a learner makes a private calendar link, reads her sessions through it, and revokes it', async ({ page, request }) => {
		await logIn(page, learner(LEARNER.feed));
		await page.goto('/learn/agenda');
		const l = await pageLocale(page);
		// Past sessions come folded, ten at a time (she has more than 20 in the demo), the most recent first.
		await page.locator('summary').filter({ hasText: t(l, 'att_past_fold') }).click();
		const past = page.getByRole('list', { name: t(l, 'att_past') }).locator('> li');
		await expect(past).toHaveCount(10);
		await page.getByRole('link', { name: t(l, 'pagination_next') }).click();
		await expect(page).toHaveURL(/[?&]page=2/);
		await expect(past).toHaveCount(10);
		await page.goto('/learn/agenda');
		await clickAndLoad(page, page.getByRole('button', { name: t(l, 'att_feed_create') }));
		const url = await page.getByTestId('feed-url').inputValue();
		expect(url).toMatch(/\/calendar\/[a-z2-7]{32}\.ics$/);
		await expectAccessible(page, l, '/learn/agenda (calendar link)');
		const ics = await request.get(url);
		expect(ics.status()).toBe(200);
		expect(await ics.text()).toContain('BEGIN:VEVENT');
		await page.goto('/learn/agenda?confirm=revoke-feed');
		await clickAndLoad(page, page.getByRole('button', { name: t(l, 'att_feed_revoke_confirm') }));
		await expect(page.getByRole('status').filter({ hasText: t(l, 'att_feed_revoked') })).toBeVisible();
		expect((await request.get(url)).status()).toBe(404);
	});
});
