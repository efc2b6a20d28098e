import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { createLesson, createModule, publishModule } from '../../src/lib/server/content/content.service';
import { issueCertificates } from '../../src/lib/server/certificates/certificates.service';
import { pdfOf } from '../../src/lib/server/certificates/certificates.repository';
import { currentDesign, MAX_PARTNERS, saveDesign } from '../../src/lib/server/certificates/design.service';
import { localStorage } from '../../src/lib/server/media/storage';
import { freshDb } from './db';
import { makeUser } from './factories';

let h: DbHandle;
let admin: { id: number };
let dir: string;
const ORIGIN = 'https://lms.example.ma';

const png = (color: string, w = 600, hgt = 300) => sharp({ create: { width: w, height: hgt, channels: 3, background: color } }).png().toBuffer().then((b) => ({ bytes: new Uint8Array(b), name: 'logo.png' }));
const text = (pdf: Uint8Array) => {
	const f = join(dir, `c${Math.random()}.pdf`);
	writeFileSync(f, pdf);
	return execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' });
};
const imagesIn = (pdf: Uint8Array) => {
	const f = join(dir, `i${Math.random()}.pdf`);
	writeFileSync(f, pdf);
	return execFileSync('pdfimages', ['-list', f], { encoding: 'utf8' }).trim().split('\n').length - 2;
};

async function issueOne(slug: string) {
	const trainer = { id: admin.id, role: 'admin' as const };
	const id = await createModule(h.db, trainer, { slug, title: { ar: 'القيادة النسائية', fr: 'Leadership', zgh: 'ⵜⵉⵣⵡⵉⵔⵉ' }, summary: {}, hours: '12', passMark: '60', attendanceThreshold: '75', selfEnrolKey: '' });
	const lesson = await createLesson(h.db, trainer, id, { title: { fr: 'Leçon' }, body: { fr: 'Texte' }, videoUrl: '' });
	await publishModule(h.db, trainer, id);
	const u = await makeUser(h.db, { invite: true });
	await h.db.updateTable('app_user').set({ name_ar: 'فاطمة الزهراء عبد الله', name_latin: 'Fatima Zahra Abdellah' }).where('id', '=', u.id).execute();
	await h.db.insertInto('enrolment').values({ user_id: u.id, module_id: id, source: 'admin' }).execute();
	await h.db.insertInto('lesson_progress').values({ user_id: u.id, lesson_id: lesson, completed_at: new Date() }).execute();
	const r = await issueCertificates(h.db, admin, { moduleId: id }, { userIds: [u.id], origin: ORIGIN, storage: localStorage(dir) });
	return r.issued[0].serial;
}

beforeAll(async () => {
	h = await freshDb();
	admin = await makeUser(h.db, { role: 'admin', invite: true });
	dir = mkdtempSync(join(tmpdir(), 'certd-'));
});
afterAll(async () => {
	await h.close();
	rmSync(dir, { recursive: true, force: true });
});

const input = async () => ({
	organisation: { ar: 'جمعية أمساواس للتنمية', fr: 'Association Amssawas', zgh: 'ⵜⴰⵎⵙⵙⵓⴷⵙⵜ ⴰⵎⵙⴰⵡⴰⵙ' },
	logo: await png('#0f5e57'),
	partners: [await png('#8a2be2'), await png('#c0392b')],
	signatories: [
		{ nameAr: 'نورة بنسعيد', nameLatin: 'Noura Bensaid', titleAr: 'رئيسة الجمعية', titleFr: 'Présidente', signature: await png('#223344', 400, 120) },
		{ nameAr: 'خديجة العلوي', nameLatin: 'Khadija Alaoui', titleAr: 'منسقة البرنامج', titleFr: 'Coordinatrice du programme' }
	]
});

describe('certificate design', () => {
	it('starts from the built-in look (CERT_SIGNATORIES or the roles) until an administrator saves one', async () => {
		const d = await currentDesign(h.db);
		expect(d.id).toBeNull();
		expect(d.signatories.map((s) => s.titleFr)).toEqual(['Coordinatrice du programme', 'Responsable de la formation']);
	});

	it('refuses images that are not PNG/JPEG/WebP by content, too many partners, a signatory without a title: nothing saved', async () => {
		const good = await input();
		await expect(
			saveDesign(h.db, admin, { ...good, organisation: { ar: '', fr: '' }, logo: { bytes: new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'), name: 'logo.png' }, signatories: [{ nameAr: 'اسم', nameLatin: '', titleAr: '', titleFr: '' }] }, localStorage(dir))
		).rejects.toMatchObject({ fields: { org_ar: 'certd_org_required', logo: 'certd_image_type', sig0_titleAr: 'certd_title_required' } });
		const many = await Promise.all(Array.from({ length: MAX_PARTNERS + 1 }, () => png('#999999', 60, 30)));
		await expect(saveDesign(h.db, admin, { ...good, partners: many }, localStorage(dir))).rejects.toMatchObject({ fields: { partners: 'certd_too_many_partners' } });
		expect(await h.db.selectFrom('certificate_design').select('id').execute()).toEqual([]);
	});

	it('draws new certificates with the saved organisation, logos and signatories (under 150 KB, Arabic readable); issued ones keep theirs', async () => {
		const before = await issueOne('design-before');
		const oldPdf = (await pdfOf(h.db, before))!.bytes;
		const id = await saveDesign(h.db, admin, await input(), localStorage(dir));
		const audit = await h.db.selectFrom('audit_event').select(['action', 'subject_id']).where('action', '=', 'certificate_design.update').execute();
		expect(audit).toEqual([{ action: 'certificate_design.update', subject_id: String(id) }]);

		const after = await issueOne('design-after');
		const row = await h.db.selectFrom('certificate').select(['design_id', 'pdf_size']).where('serial', '=', after).executeTakeFirstOrThrow();
		expect(row.design_id).toBe(id);
		const pdf = (await pdfOf(h.db, after))!.bytes;
		expect(pdf.byteLength).toBeLessThan(150 * 1024);
		const t = text(pdf);
		expect(t).toContain('Association Amssawas');
		expect(t).toContain('Noura Bensaid');
		expect(t).toContain('Présidente');
		expect(t).toContain('رئيسة الجمعية');
		expect(t).toContain('فاطمة الزهراء عبد الله');
		// Logo, two partners and one signature.
		expect(imagesIn(pdf)).toBe(4);

		// The certificate issued before keeps the look it was drawn with.
		const again = (await pdfOf(h.db, before))!.bytes;
		expect(Buffer.from(again).equals(Buffer.from(oldPdf))).toBe(true);
		expect(text(again)).not.toContain('Noura Bensaid');
		expect((await h.db.selectFrom('certificate').select('design_id').where('serial', '=', before).executeTakeFirstOrThrow()).design_id).toBeNull();
	});

	it('keeps the logos and signatures not replaced, and removes those asked', async () => {
		const first = await currentDesign(h.db);
		await saveDesign(h.db, admin, { organisation: first.organisation, signatories: first.signatories.map((s, i) => ({ ...s, removeSignature: i === 0 })), removePartnerIds: [first.partnerFileIds[0]] }, localStorage(dir));
		const next = await currentDesign(h.db);
		expect(next.logoFileId).toBe(first.logoFileId);
		expect(next.partnerFileIds).toEqual([first.partnerFileIds[1]]);
		expect(next.signatories[0].signatureFileId).toBeNull();
		expect(next.signatories.map((s) => s.nameLatin)).toEqual(['Noura Bensaid', 'Khadija Alaoui']);
	});
});
