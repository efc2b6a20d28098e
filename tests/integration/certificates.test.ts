import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { createLesson, createModule, publishModule } from '../../src/lib/server/content/content.service';
import {
	candidates,
	issueCertificates,
	reissueCertificate,
	revokeCertificate,
	signatureValid,
	updateModuleRules,
	learnerOutlook,
	verifyCertificate
} from '../../src/lib/server/certificates/certificates.service';
import { pdfOf, register } from '../../src/lib/server/certificates/certificates.repository';
import { registerCsv, registerZip } from '../../src/lib/server/certificates/register';
import { verifyPayload } from '../../src/lib/server/certificates/signing';
import { unzipSync } from 'fflate';
import { freshDb } from './db';
import { completeLessons, enrol, makeAttempt, makeClassSession, makeCohort, makeQuiz, makeUser } from './factories';

let h: DbHandle;
let admin: { id: number };
const ORIGIN = 'https://lms.example.ma';

async function moduleWithLessons(slug: string, lessons = 4, programmeId: number | null = null) {
	const trainer = { id: admin.id, role: 'admin' as const };
	const id = await createModule(h.db, trainer, { slug, title: { ar: 'القيادة النسائية', fr: 'Leadership', zgh: 'ⵜⵉⵣⵡⵉⵔⵉ' }, summary: {}, hours: '12.5', passMark: '60', attendanceThreshold: '75', selfEnrolKey: '' });
	const ids: number[] = [];
	for (let i = 1; i <= lessons; i++) ids.push(await createLesson(h.db, trainer, id, { title: { fr: `Leçon ${i}` }, body: { fr: 'Texte' }, videoUrl: '' }));
	if (programmeId) await h.db.updateTable('module').set({ programme_id: programmeId }).where('id', '=', id).execute();
	await publishModule(h.db, trainer, id);
	return { id, lessons: ids };
}

async function learner(moduleId: number, done: number[], name?: { ar: string; latin: string }) {
	const u = await makeUser(h.db, { invite: true });
	if (name) await h.db.updateTable('app_user').set({ name_ar: name.ar, name_latin: name.latin }).where('id', '=', u.id).execute();
	await enrol(h.db, u.id, moduleId);
	await completeLessons(h.db, u.id, done);
	return u;
}

beforeAll(async () => {
	h = await freshDb();
	admin = await makeUser(h.db, { role: 'admin', invite: true });
});
afterAll(() => h.close());

describe('who is eligible', () => {
	it('lists every enrolled learner, eligible or not, with the exact reasons; switching a rule off changes the answer', async () => {
		const m = await moduleWithLessons('eligibility');
		const done = await learner(m.id, m.lessons);
		const midway = await learner(m.id, m.lessons.slice(0, 3));
		const { candidates: list } = await candidates(h.db, { moduleId: m.id });
		const byId = new Map(list.map((c) => [c.userId, c]));
		expect(byId.get(done.id)!.eligibility).toEqual({ eligible: true, reasons: [] });
		expect(byId.get(midway.id)!.eligibility).toEqual({ eligible: false, reasons: [{ key: 'cert_reason_lessons', params: { done: 3, total: 4 } }] });

		await updateModuleRules(h.db, admin, m.id, { requireLessons: false, requireQuiz: true, requireAttendance: true, requiredForProgramme: true });
		const after = await candidates(h.db, { moduleId: m.id });
		expect(after.candidates.every((c) => c.eligibility.eligible)).toBe(true);
		const audit = await h.db.selectFrom('audit_event').select(['action', 'after']).where('action', '=', 'certificate.rules').execute();
		expect(audit).toHaveLength(1);
	});
});

describe('graded quiz and attendance', () => {
	it('count once the module has a graded quiz and sessions: exact reasons, best attempt, rate of her cohort’s sessions', async () => {
		const m = await moduleWithLessons('wired', 1);
		const passes = await learner(m.id, m.lessons);
		const fails = await learner(m.id, m.lessons);
		const noTry = await learner(m.id, m.lessons);
		const ids = () => [passes.id, fails.id, noTry.id];
		// No graded quiz, no session yet: lessons decide.
		expect((await candidates(h.db, { moduleId: m.id })).candidates.every((c) => c.eligibility.eligible)).toBe(true);

		const quizId = await makeQuiz(h.db, m.id, { kind: 'graded', title: { fr: 'Évaluation' }, passMark: 60 });
		const attempt = (userId: number, no: number, pct: number) => makeAttempt(h.db, quizId, userId, { no, scorePct: pct, passMark: 60 });
		await attempt(passes.id, 1, 40);
		await attempt(passes.id, 2, 80);
		await attempt(fails.id, 1, 45);

		const cohortId = await makeCohort(h.db, { name: 'Promo présence', members: ids() });
		const sessions: number[] = [];
		for (let i = 0; i < 5; i++) {
			const starts = new Date(Date.now() - (i + 1) * 86_400_000);
			sessions.push(
				(await makeClassSession(h.db, { moduleId: m.id, cohortId, title: `Séance ${i + 1}`, start: starts, end: new Date(starts.getTime() + 3_600_000), mode: 'in_person', secret: `s${i}` })).id
			);
		}
		const mark = (userId: number, present: number) =>
			h.db.insertInto('attendance').values(sessions.map((sid, i) => ({ class_session_id: sid, user_id: userId, status: i < present ? 'present' : 'absent', source: 'roll_call' }))).execute();
		await mark(passes.id, 4);
		await mark(fails.id, 3);
		await mark(noTry.id, 5);

		const byId = new Map((await candidates(h.db, { moduleId: m.id })).candidates.map((c) => [c.userId, c.eligibility]));
		expect(byId.get(passes.id)).toEqual({ eligible: true, reasons: [] });
		expect(byId.get(fails.id)!.reasons).toEqual([
			{ key: 'cert_reason_quiz_failed', params: { score: 45, mark: 60 } },
			{ key: 'cert_reason_attendance', params: { rate: 60, threshold: 75 } }
		]);
		expect(byId.get(noTry.id)!.reasons).toEqual([{ key: 'cert_reason_quiz_missing', params: {} }]);

		await updateModuleRules(h.db, admin, m.id, { requireLessons: true, requireQuiz: false, requireAttendance: true, requiredForProgramme: true });
		const after = new Map((await candidates(h.db, { moduleId: m.id })).candidates.map((c) => [c.userId, c.eligibility]));
		expect(after.get(noTry.id)!.eligible).toBe(true);
		expect(after.get(fails.id)!.reasons.map((r) => r.key)).toEqual(['cert_reason_attendance']);
	});
});

describe('issuing', () => {
	it('issues a signed certificate with its PDF stored once (SHA-256 kept, under 100 KB) and audits it', async () => {
		const m = await moduleWithLessons('issue-one');
		const u = await learner(m.id, m.lessons, { ar: 'فاطمة الزهراء عبد الله', latin: 'Fatima Zahra Abdellah' });
		const r = await issueCertificates(h.db, admin, { moduleId: m.id }, { userIds: [u.id], origin: ORIGIN });
		expect(r.issued).toHaveLength(1);
		const serial = r.issued[0].serial;
		expect(serial).toMatch(/^AMS-\w{4}-\w{4}-\w{4}$/);

		const pdf = (await pdfOf(h.db, serial))!;
		expect(Buffer.from(pdf.bytes).subarray(0, 5).toString()).toBe('%PDF-');
		expect(pdf.bytes.length).toBeLessThan(100 * 1024);
		expect(createHash('sha256').update(pdf.bytes).digest('hex')).toBe(pdf.pdf_sha256);

		const v = await verifyCertificate(h.db, serial);
		expect(v.status).toBe('valid');
		const c = v.certificate!;
		expect(JSON.parse(c.payload)).toMatchObject({ serial, holder: { ar: 'فاطمة الزهراء عبد الله', latin: 'Fatima Zahra Abdellah' }, hours: 12.5, for: { kind: 'module', slug: 'issue-one' } });
		expect(await signatureValid(h.db, c)).toBe(true);
		const key = await h.db.selectFrom('certificate_key').select('public_key_pem').executeTakeFirstOrThrow();
		expect(verifyPayload(c.payload.replace('Fatima', 'Fatema'), c.signature, key.public_key_pem)).toBe(false);

		const audit = await h.db.selectFrom('audit_event').select(['action', 'actor_id', 'subject_id']).where('action', '=', 'certificate.issue').execute();
		expect(audit).toContainEqual({ action: 'certificate.issue', actor_id: admin.id, subject_id: String(u.id) });

		// A second issue for the same learner changes nothing.
		const again = await issueCertificates(h.db, admin, { moduleId: m.id }, { userIds: [u.id], origin: ORIGIN });
		expect(again.issued).toEqual([]);
		expect(again.already).toMatchObject([{ serial }]);
	});

	it('refuses a learner who does not meet the rules, unless an admin overrides with a written reason', async () => {
		const m = await moduleWithLessons('override');
		const u = await learner(m.id, []);
		await expect(issueCertificates(h.db, admin, { moduleId: m.id }, { userIds: [u.id], origin: ORIGIN })).rejects.toMatchObject({ key: 'cert_not_eligible' });
		await expect(issueCertificates(h.db, admin, { moduleId: m.id }, { userIds: [u.id], override: '  ', origin: ORIGIN })).rejects.toMatchObject({ fields: { reason: 'error_required' } });
		const r = await issueCertificates(h.db, admin, { moduleId: m.id }, { userIds: [u.id], override: 'Absente pour raison médicale, évaluée à part', origin: ORIGIN });
		expect(r.issued).toHaveLength(1);
		const row = await h.db.selectFrom('certificate').select('override_reason').where('serial', '=', r.issued[0].serial).executeTakeFirstOrThrow();
		expect(row.override_reason).toBe('Absente pour raison médicale, évaluée à part');
		const audit = await h.db.selectFrom('audit_event').select('after').where('action', '=', 'certificate.override').executeTakeFirstOrThrow();
		expect(audit.after).toMatchObject({ reason: 'Absente pour raison médicale, évaluée à part', reasons: [{ key: 'cert_reason_lessons' }] });
	});

	it('bulk-issues to every eligible learner and skips the others; a dry run writes nothing', async () => {
		const m = await moduleWithLessons('bulk');
		const ready = [await learner(m.id, m.lessons), await learner(m.id, m.lessons), await learner(m.id, m.lessons)];
		const notYet = await learner(m.id, m.lessons.slice(0, 1));
		const dry = await issueCertificates(h.db, admin, { moduleId: m.id }, { dryRun: true, origin: ORIGIN });
		expect(dry.pending).toHaveLength(3);
		expect(dry.issued).toEqual([]);
		expect((await register(h.db, { moduleId: m.id, page: 1, pageSize: 10 })).total).toBe(0);

		const batch = await issueCertificates(h.db, admin, { moduleId: m.id }, { limit: 2, origin: ORIGIN });
		expect(batch.issued).toHaveLength(2);
		expect(batch.pending).toHaveLength(1);
		const rest = await issueCertificates(h.db, admin, { moduleId: m.id }, { origin: ORIGIN });
		expect(rest.issued).toHaveLength(1);
		expect(rest.already).toHaveLength(2);
		expect(rest.notEligible).toEqual([{ userId: notYet.id, login: notYet.login, reasons: [{ key: 'cert_reason_lessons', params: { done: 1, total: 4 } }] }]);
		expect(new Set([...batch.issued, ...rest.issued].map((x) => x.userId))).toEqual(new Set(ready.map((u) => u.id)));
	});

	it('two admins bulk-issuing at the same time never give anyone two certificates for the same module', async () => {
		const m = await moduleWithLessons('race');
		for (let i = 0; i < 6; i++) await learner(m.id, m.lessons);
		const other = await makeUser(h.db, { role: 'admin', invite: true });
		const [a, b] = await Promise.all([
			issueCertificates(h.db, admin, { moduleId: m.id }, { origin: ORIGIN }),
			issueCertificates(h.db, other, { moduleId: m.id }, { origin: ORIGIN })
		]);
		expect(a.issued.length + b.issued.length).toBe(6);
		const rows = await h.db.selectFrom('certificate').select(['user_id']).where('module_id', '=', m.id).execute();
		expect(rows).toHaveLength(6);
		expect(new Set(rows.map((r) => r.user_id)).size).toBe(6);
	});

	it('the database itself refuses a second live certificate for the same learner and module', async () => {
		const m = await moduleWithLessons('db-rule');
		const u = await learner(m.id, m.lessons);
		const { issued } = await issueCertificates(h.db, admin, { moduleId: m.id }, { origin: ORIGIN });
		const row = await h.db.selectFrom('certificate').selectAll().where('serial', '=', issued[0].serial).executeTakeFirstOrThrow();
		const { id: _, ...copy } = row;
		await expect(
			h.db.insertInto('certificate').values({ ...copy, serial: 'AMS-0000-0000-0000', title: JSON.stringify(copy.title) }).execute()
		).rejects.toThrow();
		expect(u.id).toBe(row.user_id);
	});
});

describe('revoking and re-issuing', () => {
	it('revocation shows on the public check with its date but not its reason; the learner may then be issued again', async () => {
		const m = await moduleWithLessons('revoke');
		const u = await learner(m.id, m.lessons);
		const serial = (await issueCertificates(h.db, admin, { moduleId: m.id }, { origin: ORIGIN })).issued[0].serial;
		await expect(revokeCertificate(h.db, admin, serial, '')).rejects.toMatchObject({ fields: { reason: 'error_required' } });
		await revokeCertificate(h.db, admin, serial.toLowerCase().replace(/-/g, ' '), 'Erreur de nom');
		const v = await verifyCertificate(h.db, serial);
		expect(v.status).toBe('revoked');
		expect(v.certificate!.revoked_at).toBeInstanceOf(Date);
		expect(JSON.stringify(v)).not.toContain('Erreur de nom');
		await expect(revokeCertificate(h.db, admin, serial, 'again')).rejects.toMatchObject({ key: 'cert_already_revoked' });
		const audit = await h.db.selectFrom('audit_event').select('after').where('action', '=', 'certificate.revoke').executeTakeFirstOrThrow();
		expect(audit.after).toEqual({ serial, reason: 'Erreur de nom' });

		const again = await issueCertificates(h.db, admin, { moduleId: m.id }, { userIds: [u.id], origin: ORIGIN });
		expect(again.issued).toHaveLength(1);
		expect(again.issued[0].serial).not.toBe(serial);
	});

	it('re-issuing gives a new serial with today’s name and marks the old one replaced', async () => {
		const m = await moduleWithLessons('reissue');
		const u = await learner(m.id, m.lessons, { ar: 'خديجة', latin: 'Khadija' });
		const old = (await issueCertificates(h.db, admin, { moduleId: m.id }, { origin: ORIGIN })).issued[0].serial;
		await h.db.updateTable('app_user').set({ name_latin: 'Khadija Amrani' }).where('id', '=', u.id).execute();
		const r = await reissueCertificate(h.db, admin, old, ORIGIN);
		expect(r.serial).not.toBe(old);
		expect((await verifyCertificate(h.db, old)).status).toBe('replaced');
		const fresh = await verifyCertificate(h.db, r.serial);
		expect(fresh.status).toBe('valid');
		expect(fresh.certificate!.holder_name_latin).toBe('Khadija Amrani');
		const oldRow = await h.db.selectFrom('certificate').select(['replaced_by']).where('serial', '=', old).executeTakeFirstOrThrow();
		const newRow = await h.db.selectFrom('certificate').select(['id']).where('serial', '=', r.serial).executeTakeFirstOrThrow();
		expect(oldRow.replaced_by).toBe(newRow.id);
		await expect(reissueCertificate(h.db, admin, old, ORIGIN)).rejects.toMatchObject({ key: 'cert_not_live' });
		expect(await h.db.selectFrom('audit_event').select('after').where('action', '=', 'certificate.reissue').executeTakeFirstOrThrow()).toEqual({ after: { serial: r.serial } });
	});
});

describe('her own page', () => {
	it('lists the modules she has no certificate for yet, with what they still need', async () => {
		const a = await moduleWithLessons('outlook-a', 2);
		const b = await moduleWithLessons('outlook-b', 2);
		const u = await learner(a.id, a.lessons);
		await enrol(h.db, u.id, b.id);
		expect(await learnerOutlook(h.db, u.id)).toEqual([
			{ slug: 'outlook-a', title: expect.anything(), eligibility: { eligible: true, reasons: [] } },
			{ slug: 'outlook-b', title: expect.anything(), eligibility: { eligible: false, reasons: [{ key: 'cert_reason_lessons', params: { done: 0, total: 2 } }] } }
		]);
		await issueCertificates(h.db, admin, { moduleId: a.id }, { userIds: [u.id], origin: ORIGIN });
		expect((await learnerOutlook(h.db, u.id)).map((o) => o.slug)).toEqual(['outlook-b']);
	});

	it('gives, module by module, the same answer as the issuing page: quiz, attendance and lessons read for all her modules at once', async () => {
		const quizMod = await moduleWithLessons('outlook-quiz', 1);
		const attMod = await moduleWithLessons('outlook-att', 2);
		const plain = await moduleWithLessons('outlook-plain', 1);
		const u = await learner(quizMod.id, quizMod.lessons);
		await enrol(h.db, u.id, attMod.id);
		await enrol(h.db, u.id, plain.id);
		await completeLessons(h.db, u.id, [attMod.lessons[0], plain.lessons[0]]);
		// A failed graded attempt in one module; a passed one at a draft quiz, which never counts.
		const graded = await makeQuiz(h.db, quizMod.id, { kind: 'graded', title: { fr: 'Évaluation' }, passMark: 60 });
		await makeAttempt(h.db, graded, u.id, { no: 1, scorePct: 50, passMark: 60 });
		const draft = await makeQuiz(h.db, attMod.id, { kind: 'graded', title: { fr: 'Brouillon' }, passMark: 60, status: 'draft' });
		await makeAttempt(h.db, draft, u.id, { no: 1, scorePct: 90, passMark: 60 });
		// One of two sessions attended in the attendance module (50 % < 75 %); none held in the others.
		const cohortId = await makeCohort(h.db, { name: 'Promo page', members: [u.id] });
		for (let i = 0; i < 2; i++) {
			const starts = new Date(Date.now() - (i + 1) * 86_400_000);
			const s = await makeClassSession(h.db, { moduleId: attMod.id, cohortId, title: `S${i}`, start: starts, end: new Date(starts.getTime() + 3_600_000), mode: 'in_person', secret: `o${i}` });
			await h.db.insertInto('attendance').values({ class_session_id: s.id, user_id: u.id, status: i === 0 ? 'present' : 'absent', source: 'roll_call' }).execute();
		}

		const outlook = new Map((await learnerOutlook(h.db, u.id)).map((o) => [o.slug, o.eligibility]));
		expect(outlook.get('outlook-quiz')).toEqual({ eligible: false, reasons: [{ key: 'cert_reason_quiz_failed', params: { score: 50, mark: 60 } }] });
		expect(outlook.get('outlook-att')).toEqual({
			eligible: false,
			reasons: [
				{ key: 'cert_reason_lessons', params: { done: 1, total: 2 } },
				{ key: 'cert_reason_attendance', params: { rate: 50, threshold: 75 } }
			]
		});
		expect(outlook.get('outlook-plain')).toEqual({ eligible: true, reasons: [] });
		for (const m of [quizMod, attMod, plain]) {
			const staff = (await candidates(h.db, { moduleId: m.id })).candidates.find((c) => c.userId === u.id)!;
			expect([...outlook.values()]).toContainEqual(staff.eligibility);
		}
	});
});

describe('public check', () => {
	it('says "check the code" for a mistyped serial and "unknown" for a well-formed one never issued', async () => {
		const m = await moduleWithLessons('public');
		await learner(m.id, m.lessons);
		const serial = (await issueCertificates(h.db, admin, { moduleId: m.id }, { origin: ORIGIN })).issued[0].serial;
		const i = serial.length - 2;
		const typo = serial.slice(0, i) + (serial[i] === 'A' ? 'B' : 'A') + serial.slice(i + 1);
		expect((await verifyCertificate(h.db, typo)).status).toBe('check');
		expect((await verifyCertificate(h.db, 'AMS-0000-0000-0000')).status).toBe('unknown');
		expect((await verifyCertificate(h.db, 'hello')).status).toBe('format');
	});
});

describe('programme certificates', () => {
	it('need a live certificate for every required module', async () => {
		const p = await h.db.insertInto('programme').values({ slug: 'prog', title: JSON.stringify({ fr: 'Programme', ar: 'برنامج' }) }).returning('id').executeTakeFirstOrThrow();
		const a = await moduleWithLessons('prog-a', 1, p.id);
		const b = await moduleWithLessons('prog-b', 1, p.id);
		const u = await learner(a.id, a.lessons);
		await enrol(h.db, u.id, b.id);
		await issueCertificates(h.db, admin, { moduleId: a.id }, { origin: ORIGIN });
		const before = await candidates(h.db, { programmeId: p.id }, [u.id]);
		expect(before.candidates[0].eligibility.reasons).toEqual([{ key: 'cert_reason_module_missing', params: { module: 'Leadership' } }]);
		await completeLessons(h.db, u.id, [b.lessons[0]]);
		await issueCertificates(h.db, admin, { moduleId: b.id }, { origin: ORIGIN });
		const r = await issueCertificates(h.db, admin, { programmeId: p.id }, { origin: ORIGIN });
		expect(r.issued).toHaveLength(1);
		const v = await verifyCertificate(h.db, r.issued[0].serial);
		expect(JSON.parse(v.certificate!.payload)).toMatchObject({ for: { kind: 'programme', slug: 'prog' }, hours: 25 });
	});
});

describe('register', () => {
	it('filters by status and exports CSV with a BOM and a ZIP of the stored PDFs', async () => {
		const valid = await register(h.db, { status: 'valid', page: 1, pageSize: 100 });
		const revoked = await register(h.db, { status: 'revoked', page: 1, pageSize: 100 });
		expect(valid.total).toBeGreaterThan(5);
		expect(revoked.total).toBe(1);
		const one = valid.items.find((c) => c.module_id !== null)!;
		expect((await register(h.db, { q: one.serial.toLowerCase(), page: 1, pageSize: 10 })).items.map((c) => c.serial)).toEqual([one.serial]);
		expect((await register(h.db, { q: one.holder_name_latin, page: 1, pageSize: 10 })).items.map((c) => c.serial)).toContain(one.serial);
		const cohort = { id: await makeCohort(h.db, { name: 'Promo certificats', members: [one.user_id] }) };
		const commune = await h.db.selectFrom('commune').select('id').executeTakeFirstOrThrow();
		await h.db.updateTable('app_user').set({ commune_id: commune.id }).where('id', '=', one.user_id).execute();
		for (const f of [{ cohortId: cohort.id }, { communeId: commune.id }]) {
			const r = await register(h.db, { ...f, page: 1, pageSize: 10 });
			expect(new Set(r.items.map((c) => c.user_id))).toEqual(new Set([one.user_id]));
		}
		const byModule = await register(h.db, { moduleId: one.module_id!, page: 1, pageSize: 100 });
		expect(byModule.items.every((c) => c.module_id === one.module_id)).toBe(true);
		const paged = await register(h.db, { page: 2, pageSize: 3 });
		expect(paged.items).toHaveLength(3);
		expect(paged.total).toBeGreaterThan(6);
		const csv = await registerCsv(h.db, { status: 'revoked', page: 1, pageSize: 1 }, 'fr');
		expect(csv.startsWith('\uFEFFserial,status,')).toBe(true);
		expect(csv).toContain('Erreur de nom');
		const zip = unzipSync(await registerZip(h.db, { moduleId: undefined, status: 'valid', page: 1, pageSize: 1 }));
		const names = Object.keys(zip);
		expect(names).toHaveLength(valid.total);
		const first = valid.items.find((c) => names[0].startsWith(c.serial))!;
		expect(createHash('sha256').update(zip[names[0]]).digest('hex')).toBe((await pdfOf(h.db, first.serial))!.pdf_sha256);
	});
});
