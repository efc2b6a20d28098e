import { execFileSync } from 'node:child_process';
import { createPublicKey, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectAccessible } from './axe';
import { ADMIN, LEARNER, clickAndLoad, expect, gotoApp, learner, logIn, t, test, tPattern } from './helpers';

// Demo learners whose accounts or progress other specs change while this one runs.
const BUSY = new Set<number>([...Object.values(LEARNER), 33, 34]);

function pdfTools(file: string) {
	const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
	const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
	execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', file, join(file, '..', 'page')]);
	const png = join(file, '..', 'page-1.png');
	const qr = execFileSync('zbarimg', ['-q', '--raw', png], { encoding: 'utf8' }).trim();
	return { text, fonts, qr };
}

test('an admin sees who is eligible and why, bulk-issues with a progress bar; the holder downloads hers; its QR code verifies; revocation shows', async ({ page, newPage }) => {
	test.setTimeout(180_000);
	await logIn(page, ADMIN);
	await gotoApp(page, '/admin/certificates');
	await expectAccessible(page, 'ar', '/admin/certificates');
	const option = page.getByLabel(t('ar', 'cert_issue_pick'), { exact: true }).locator('option').filter({ hasText: /القيادة|Leadership/ }).first();
	const target = await option.getAttribute('value');
	await gotoApp(page, `/admin/certificates/issue?target=${target}`);

	// Everyone enrolled, with the exact reasons for those not eligible yet.
	const eligible = await page.locator('tr[data-learner]').filter({ hasText: t('ar', 'cert_eligible') }).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-learner')!));
	const n = eligible.map((l) => Number(l.replace(/\D/g, '').slice(-2))).find((k) => !BUSY.has(k));
	expect(n, 'an eligible demo learner no other spec changes').toBeDefined();
	const HOLDER = learner(n!);
	const holderRow = page.locator('tr[data-learner]').filter({ hasText: HOLDER.login.replace(/^0(\d)(\d\d)(\d\d)(\d\d)(\d\d)$/, '0$1 $2 $3 $4 $5') });
	await expect(holderRow).toContainText(t('ar', 'cert_eligible'));
	const waiting = page.locator('tr[data-learner]').filter({ hasText: tPattern('ar', 'cert_reason_lessons', { total: 4 }) });
	expect(await waiting.count()).toBeGreaterThan(0);
	await expectAccessible(page, 'ar', '/admin/certificates/issue');

	// Issue to all eligible: the progress bar moves, then says how many were issued.
	const all = page.getByRole('button', { name: tPattern('ar', 'cert_issue_all') });
	await all.click();
	await expect(page.locator('progress#issue-progress')).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: tPattern('ar', 'cert_issued_n') })).toBeVisible({ timeout: 30_000 });
	await expect(page.getByText(t('ar', 'cert_issue_all_none'))).toBeVisible();
	const serial = (await holderRow.getByRole('link').textContent())!.trim();
	expect(serial).toMatch(/^AMS-\w{4}-\w{4}-\w{4}$/);
	// The "issued" list shows only holders, each with her serial; "to certify" is now empty.
	const showLink = async (key: string) => gotoApp(page, `/admin/certificates/issue${(await page.getByRole('link', { name: new RegExp(t('ar', key)) }).getAttribute('href'))!}`);
	await showLink('cert_filter_issued');
	await expect(holderRow.getByRole('link')).toHaveText(serial);
	expect(await page.locator('tr[data-learner]').count()).toBe(await page.locator('tr[data-learner] a.serial').count());
	await showLink('cert_filter_pending');
	await expect(page.getByText(t('ar', 'cert_filter_none'))).toBeVisible();

	// The holder finds it on her page (no JavaScript there) and downloads the stored PDF.
	const mine = await newPage();
	await logIn(mine, HOLDER);
	await mine.goto('/certificates');
	await expectAccessible(mine, 'ar', '/certificates');
	await expect(mine.getByText(serial)).toBeVisible();
	const dir = mkdtempSync(join(tmpdir(), 'amssawas-cert-e2e-'));
	try {
		const [download] = await Promise.all([mine.waitForEvent('download'), mine.locator('li.card').filter({ hasText: serial }).getByRole('link', { name: new RegExp(t('ar', 'cert_download')) }).click()]);
		const file = join(dir, 'certificate.pdf');
		await download.saveAs(file);
		expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
		expect(statSync(file).size).toBeLessThan(100 * 1024);
		const { text, fonts, qr } = pdfTools(file);
		expect(text).toContain(serial);
		expect(text).toContain(HOLDER.nameLatin);
		expect(text).toContain('Certificat de formation');
		expect(text).toContain('Amssawas');
		// Every font embedded as a subset, Arabic and Tifinagh among them.
		const rows = fonts.split('\n').slice(2).filter((l) => l.trim());
		expect(rows.length).toBeGreaterThanOrEqual(3);
		for (const row of rows) expect(row).toMatch(/\+\S+.*\byes\s+yes\s+yes\b/);
		expect(fonts).toMatch(/Amiri/);
		expect(fonts).toMatch(/NotoSansTifinagh/);

		// The QR code opens the public page, which says valid, with an authentic signature (no login needed).
		expect(qr).toMatch(new RegExp(`/verify/${serial}\\?sig=[A-Za-z0-9_-]{86}$`));
		const visitor = await newPage({ locale: 'fr-FR' });
		await visitor.goto(qr);
		await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(t('fr', 'cert_verify_valid'));
		await expect(visitor.getByText(t('fr', 'cert_verify_sig_ok'))).toBeVisible();
		await expect(visitor.getByText(HOLDER.nameLatin)).toBeVisible();
		await expectAccessible(visitor, 'fr', '/verify/SERIAL');
		const jsonRes = await visitor.request.get(`/verify/${serial}.json`);
		const answer = await jsonRes.json();
		expect(answer).toMatchObject({ status: 'valid', serial, signatureValid: true });
		// Offline check, as any verifier can: the published public key, the signed payload, the QR code's signature.
		const published = await (await visitor.request.get('/.well-known/amssawas-certificates.json')).json();
		const jwk = published.keys.find((k: { kid: string }) => k.kid === answer.keyId);
		expect(jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519' });
		expect(jwk).not.toHaveProperty('d');
		const key = createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x }, format: 'jwk' });
		const sig = new URL(qr).searchParams.get('sig')!;
		expect(verify(null, Buffer.from(answer.payload), key, Buffer.from(sig, 'base64url'))).toBe(true);
		expect(verify(null, Buffer.from(answer.payload.replace(HOLDER.nameLatin, 'Someone Else')), key, Buffer.from(sig, 'base64url'))).toBe(false);
		expect(JSON.parse(answer.payload)).toMatchObject({ serial, holder: { latin: HOLDER.nameLatin } });

		await visitor.goto('/verify');
		await expectAccessible(visitor, 'fr', '/verify');
		// A mistyped serial gets "check the code".
		const last = serial.at(-1)!;
		await visitor.goto(`/verify/${serial.slice(0, -1)}${last === '0' ? '1' : '0'}`);
		await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(t('fr', 'cert_verify_check'));

		// The admin revokes it (with a reason and a confirmation); the QR code's page now says revoked.
		await gotoApp(page, `/admin/certificates/${serial}`);
		await expectAccessible(page, 'ar', '/admin/certificates/SERIAL');
		await page.getByLabel(t('ar', 'cert_revoke_reason'), { exact: true }).fill('خطأ في الاسم');
		await page.getByLabel(t('ar', 'cert_revoke_confirm')).check();
		await page.getByRole('button', { name: t('ar', 'cert_revoke_submit') }).click();
		await expect(page.getByRole('status').filter({ hasText: t('ar', 'cert_revoked_done') })).toBeVisible();
		await visitor.goto(qr);
		await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(t('fr', 'cert_verify_revoked'));
		await expect(visitor.locator('main')).not.toContainText('خطأ في الاسم');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('without JavaScript: issuing to all is one plain form post, and an override needs a written reason', async ({ newPage }) => {
	const page = await newPage({ javaScriptEnabled: false });
	await logIn(page, ADMIN);
	await page.goto('/admin/certificates');
	const option = page.getByLabel(t('ar', 'cert_issue_pick'), { exact: true }).locator('option').filter({ hasText: /التفاوض|Négociation/ }).first();
	await page.goto(`/admin/certificates/issue?target=${await option.getAttribute('value')}`);
	const all = page.getByRole('button', { name: tPattern('ar', 'cert_issue_all') });
	if (await all.count()) {
		await clickAndLoad(page, all);
		await expect(page.getByRole('status').filter({ hasText: tPattern('ar', 'cert_issued_n') })).toBeVisible();
	}
	await expect(page.getByText(t('ar', 'cert_issue_all_none'))).toBeVisible();

	// One learner who does not meet the rules gets hers with a written reason.
	const row = page.locator('tr[data-learner]').filter({ has: page.locator('details') }).first();
	const who = await row.getAttribute('data-learner');
	await row.locator('summary').click();
	await row.getByLabel(t('ar', 'cert_override_reason')).fill('ملف درسته اللجنة');
	await clickAndLoad(page, row.getByRole('button', { name: t('ar', 'cert_override_submit') }));
	await expect(page.getByRole('status').filter({ hasText: t('ar', 'cert_issued_n', { count: 1 }) })).toBeVisible();
	await expect(page.locator(`tr[data-learner="${who}"]`).getByRole('link')).toHaveText(/^AMS-/);
});
