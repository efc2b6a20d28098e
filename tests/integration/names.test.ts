import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { createUser, updateProfile, updateUser } from '../../src/lib/server/users/users.service';
import { previewImport, runImport } from '../../src/lib/server/enrolment/import.service';
import { createLesson, createModule, publishModule } from '../../src/lib/server/content/content.service';
import { issueCertificates, signatureValid, verifyCertificate } from '../../src/lib/server/certificates/certificates.service';
import { pdfOf } from '../../src/lib/server/certificates/certificates.repository';
import { Invalid } from '../../src/lib/server/errors';
import { up as cleanStoredNames } from '../../migrations/2026-12-07T111_clean_names';
import { freshDb } from './db';
import { makeUser } from './factories';

let h: DbHandle;
let admin: { id: number };
beforeAll(async () => {
	h = await freshDb();
	admin = await makeUser(h.db, { role: 'admin', invite: true });
});
afterAll(() => h.close());

const RLO = '\u202E';
const names = (id: number) => h.db.selectFrom('app_user').select(['name_ar', 'name_latin']).where('id', '=', id).executeTakeFirstOrThrow();

describe('names are stored as the text everyone sees', () => {
	it('an admin creating or editing someone: bidi controls and zero-width characters are removed, spaces collapsed', async () => {
		const u = await createUser(h.db, admin, { login: '0655000001', nameAr: `\u2067 فاطمة\u200B  الزهراء \u2069`, nameLatin: `Fatima ${RLO}InamuR`, role: 'learner', locale: 'ar', communeId: null, password: '' });
		expect(await names(u.id)).toEqual({ name_ar: 'فاطمة الزهراء', name_latin: 'Fatima InamuR' });
		await updateUser(h.db, admin, u.id, { login: '0655000001', nameAr: 'فاطمة\u200F', nameLatin: '\uFEFFFatima\u00A0Zahra', locale: 'fr', communeId: null });
		expect(await names(u.id)).toEqual({ name_ar: 'فاطمة', name_latin: 'Fatima Zahra' });
	});

	it('a name with no letter is refused with its own message, and nothing is saved', async () => {
		const bad = await createUser(h.db, admin, { login: '0655000002', nameAr: '\u200B\u200C\u200D', nameLatin: '...', role: 'learner', locale: 'ar', communeId: null, password: '' }).catch((e) => e);
		expect(bad).toBeInstanceOf(Invalid);
		expect(bad.fields).toEqual({ nameAr: 'error_required', nameLatin: 'name_no_letter' });
		expect(await h.db.selectFrom('app_user').select('id').where('login', '=', '+212655000002').executeTakeFirst()).toBeUndefined();
	});

	it('her own profile', async () => {
		const u = await makeUser(h.db);
		await updateProfile(h.db, u.id, { nameAr: `${RLO}خديجة`, nameLatin: 'Kha\u200Bdija', locale: 'ar' });
		expect(await names(u.id)).toEqual({ name_ar: 'خديجة', name_latin: 'Khadija' });
		await expect(updateProfile(h.db, u.id, { nameAr: '\u2066\u2069', nameLatin: '2026', locale: 'ar' })).rejects.toMatchObject({ fields: { nameAr: 'error_required', nameLatin: 'name_no_letter' } });
		expect(await names(u.id)).toEqual({ name_ar: 'خديجة', name_latin: 'Khadija' });
	});

	it('the CSV import: a letterless name is reported with its line and column, and a clean file is stored cleaned', async () => {
		const bad = ['name_ar,name_latin,login', `زينب,Zineb,0655000010`, `\u200B\u200B,Nadia,0655000011`, `نادية,-- --,0655000012`].join('\n');
		const preview = await previewImport(h.db, bad);
		expect(preview.problems).toEqual([
			{ line: 3, column: 'name_ar', key: 'error_required' },
			{ line: 4, column: 'name_latin', key: 'name_no_letter' }
		]);
		const good = ['name_ar,name_latin,login', `${RLO}زينب\u200F,Zi\u200Bneb   Alaoui,0655000013`].join('\n');
		await runImport(h.db, admin, good);
		const row = await h.db.selectFrom('app_user').select(['name_ar', 'name_latin']).where('login', '=', '+212655000013').executeTakeFirstOrThrow();
		expect(row).toEqual({ name_ar: 'زينب', name_latin: 'Zineb Alaoui' });
	});
});

describe('names stored before the cleaning', () => {
	async function issuedWithRawName(slug: string, raw: { ar: string; latin: string }) {
		const staff = { id: admin.id, role: 'admin' as const };
		const moduleId = await createModule(h.db, staff, { slug, title: { ar: 'القيادة', fr: 'Leadership', zgh: 'ⵜⵉⵣⵡⵉⵔⵉ' }, summary: {}, hours: '6', passMark: '60', attendanceThreshold: '75', selfEnrolKey: '' });
		const lesson = await createLesson(h.db, staff, moduleId, { title: { fr: 'Leçon' }, body: { fr: 'Texte' }, videoUrl: '' });
		await publishModule(h.db, staff, moduleId);
		const u = await makeUser(h.db, { invite: true });
		// As an older version stored it, before names were cleaned at entry.
		await h.db.updateTable('app_user').set({ name_ar: raw.ar, name_latin: raw.latin }).where('id', '=', u.id).execute();
		await h.db.insertInto('enrolment').values({ user_id: u.id, module_id: moduleId, source: 'admin' }).execute();
		await h.db.insertInto('lesson_progress').values({ user_id: u.id, lesson_id: lesson, completed_at: new Date() }).execute();
		const serial = (await issueCertificates(h.db, admin, { moduleId }, { userIds: [u.id], origin: 'https://lms.example.ma' })).issued[0].serial;
		return { userId: u.id, serial };
	}

	function pdfText(bytes: Uint8Array): string {
		const dir = mkdtempSync(join(tmpdir(), 'amssawas-names-'));
		writeFileSync(join(dir, 'c.pdf'), bytes);
		return execFileSync('pdftotext', ['-layout', join(dir, 'c.pdf'), '-'], { encoding: 'utf8' });
	}

	it('the public check page and the PDF show the same name; the signed payload is kept as signed', async () => {
		const { serial } = await issuedWithRawName('names-verify', { ar: 'فاطمة', latin: `Fatima ${RLO}InamuR` });
		const v = await verifyCertificate(h.db, serial);
		expect(v.certificate!.holder_name_latin).toBe('Fatima InamuR');
		expect(JSON.parse(v.certificate!.payload).holder.latin).toBe(`Fatima ${RLO}InamuR`);
		expect(await signatureValid(h.db, v.certificate!)).toBe(true);
		expect(pdfText((await pdfOf(h.db, serial))!.bytes)).toContain('Fatima InamuR');
	});

	it('the migration cleans the names of people and the register’s copy, never the signed payload', async () => {
		const { userId, serial } = await issuedWithRawName('names-migration', { ar: `\u2067فاطمة\u2069\u200B`, latin: `Fatima  ${RLO}InamuR\u200B` });
		const nobody = await makeUser(h.db);
		await h.db.updateTable('app_user').set({ name_ar: '\u200B\u200B', name_latin: 'Nadia\u200F' }).where('id', '=', nobody.id).execute();
		const before = await h.db.selectFrom('certificate').select(['payload', 'signature']).where('serial', '=', serial).executeTakeFirstOrThrow();

		await cleanStoredNames(h.db);

		expect(await names(userId)).toEqual({ name_ar: 'فاطمة', name_latin: 'Fatima InamuR' });
		// A name left with no letter takes the other one rather than showing nothing.
		expect(await names(nobody.id)).toEqual({ name_ar: 'Nadia', name_latin: 'Nadia' });
		const after = await h.db.selectFrom('certificate').select(['payload', 'signature', 'holder_name_ar', 'holder_name_latin']).where('serial', '=', serial).executeTakeFirstOrThrow();
		expect(after).toEqual({ ...before, holder_name_ar: 'فاطمة', holder_name_latin: 'Fatima InamuR' });
		expect((await verifyCertificate(h.db, serial)).status).toBe('valid');
		// Running it again changes nothing.
		await cleanStoredNames(h.db);
		expect(await names(userId)).toEqual({ name_ar: 'فاطمة', name_latin: 'Fatima InamuR' });
	});
});
