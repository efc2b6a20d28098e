import { sql } from 'kysely';
import type { Db } from '../db/index';
import type { Localized } from '../db/schema';
import type { CertificateTable } from './tables';
import type { Insertable } from 'kysely';

export type Target = { moduleId: number } | { programmeId: number };

export const isModule = (t: Target): t is { moduleId: number } => 'moduleId' in t;

export interface StoredKey {
	id: string;
	publicKeyPem: string;
	privateKeyPem: string;
}

export async function currentKey(db: Db): Promise<StoredKey | undefined> {
	const r = await db.selectFrom('certificate_key').select(['id', 'public_key_pem', 'private_key_pem']).where('is_current', '=', true).executeTakeFirst();
	return r && { id: r.id, publicKeyPem: r.public_key_pem, privateKeyPem: r.private_key_pem };
}

/** Inserts the key unless another process made one first (one current key, by a unique index). */
export async function insertKeyIfNone(db: Db, k: StoredKey): Promise<void> {
	await sql`insert into certificate_key (id, public_key_pem, private_key_pem, is_current) values (${k.id}, ${k.publicKeyPem}, ${k.privateKeyPem}, true) on conflict do nothing`.execute(db);
}

/** Public halves only: the private key never leaves this module's callers. */
export function publicKeys(db: Db) {
	return db.selectFrom('certificate_key').select(['id', 'public_key_pem', 'is_current', 'created_at']).orderBy('created_at', 'desc').execute();
}

/** Inserts a certificate unless she already holds a live one for the same thing; returns its id or null. */
export async function insertCertificate(db: Db, row: Insertable<CertificateTable>, pdf: Uint8Array): Promise<number | null> {
	const target = row.module_id != null ? sql`(user_id, module_id) where module_id is not null` : sql`(user_id, programme_id) where programme_id is not null`;
	const r = await sql<{ id: number }>`
		insert into certificate (serial, user_id, module_id, programme_id, holder_name_ar, holder_name_latin, title, hours, issued_at, issued_by,
			override_reason, key_id, payload, signature, pdf_sha256, pdf_size, design_id)
		values (${row.serial}, ${row.user_id}, ${row.module_id ?? null}, ${row.programme_id ?? null}, ${row.holder_name_ar}, ${row.holder_name_latin},
			${row.title}::jsonb, ${row.hours}, ${row.issued_at}, ${row.issued_by ?? null}, ${row.override_reason ?? null}, ${row.key_id},
			${row.payload}, ${row.signature}, ${row.pdf_sha256}, ${row.pdf_size}, ${row.design_id ?? null})
		on conflict ${target} and revoked_at is null and replaced_at is null do nothing
		returning id`.execute(db);
	const id = r.rows[0]?.id;
	if (id == null) return null;
	await db.insertInto('certificate_pdf').values({ certificate_id: id, bytes: pdf }).execute();
	return id;
}

/** Live certificates (not revoked, not replaced) for a target, by holder. */
export async function liveFor(db: Db, target: Target, userIds?: number[]) {
	let q = db.selectFrom('certificate').select(['id', 'serial', 'user_id', 'issued_at']).where('revoked_at', 'is', null).where('replaced_at', 'is', null);
	q = isModule(target) ? q.where('module_id', '=', target.moduleId) : q.where('programme_id', '=', target.programmeId);
	if (userIds) q = q.where('user_id', 'in', userIds.length ? userIds : [0]);
	return q.execute();
}

/** Modules of a programme counting towards its certificate, with who holds a live certificate for each. */
export async function requiredModules(db: Db, programmeId: number) {
	return db
		.selectFrom('module')
		.select(['id', 'slug', 'title', 'hours'])
		.where('programme_id', '=', programmeId)
		.where('cert_required_for_programme', '=', true)
		.where('status', '=', 'published')
		.orderBy('position')
		.orderBy('id')
		.execute();
}

/** Who holds a live certificate for each of these modules (among `userIds`, or everyone when undefined). */
export function liveHoldersOfModules(db: Db, moduleIds: number[], userIds: number[] | undefined) {
	if (!moduleIds.length || userIds?.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('certificate')
		.select(['user_id', 'module_id'])
		.where('module_id', 'in', moduleIds)
		.$if(userIds !== undefined, (q) => q.where('user_id', 'in', userIds!))
		.where('revoked_at', 'is', null)
		.where('replaced_at', 'is', null)
		.execute();
}

/** Learners actively enrolled in the module (or in any module of the programme). */
export async function enrolledLearners(db: Db, target: Target, userIds?: number[]) {
	let q = db
		.selectFrom('app_user as u')
		.leftJoin('commune as c', 'c.id', 'u.commune_id')
		.select(['u.id', 'u.login', 'u.name_ar', 'u.name_latin', 'c.name_ar as commune_ar', 'c.name_fr as commune_fr'])
		.where('u.role', '=', 'learner')
		.where('u.disabled_at', 'is', null)
		.where((eb) =>
			eb.exists(
				eb
					.selectFrom('enrolment as e')
					.innerJoin('module as m', 'm.id', 'e.module_id')
					.select(sql`1`.as('x'))
					.whereRef('e.user_id', '=', 'u.id')
					.where('e.status', '=', 'active')
					.where(isModule(target) ? 'm.id' : 'm.programme_id', '=', isModule(target) ? target.moduleId : target.programmeId)
			)
		)
		.orderBy('u.name_latin')
		.orderBy('u.id');
	if (userIds) q = q.where('u.id', 'in', userIds.length ? userIds : [0]);
	return q.execute();
}

const publicColumns = [
	'c.id',
	'c.serial',
	'c.user_id',
	'c.module_id',
	'c.programme_id',
	'c.holder_name_ar',
	'c.holder_name_latin',
	'c.title',
	'c.hours',
	'c.issued_at',
	'c.revoked_at',
	'c.replaced_at',
	'c.replaced_by',
	'c.key_id',
	'c.payload',
	'c.signature',
	'c.pdf_sha256'
] as const;

export function findBySerial(db: Db, serial: string) {
	return db.selectFrom('certificate as c').select(publicColumns).where('c.serial', '=', serial).executeTakeFirst();
}

export function findForUpdate(db: Db, serial: string) {
	return db.selectFrom('certificate').selectAll().where('serial', '=', serial).forUpdate().executeTakeFirst();
}

/** One certificate for the admin's page: holder's login and the serial that replaced it. */
export function certificateDetail(db: Db, serial: string) {
	return db
		.selectFrom('certificate as c')
		.innerJoin('app_user as u', 'u.id', 'c.user_id')
		.leftJoin('certificate as n', 'n.id', 'c.replaced_by')
		.select(['c.serial', 'c.user_id', 'c.holder_name_ar', 'c.holder_name_latin', 'c.title', 'c.hours', 'c.issued_at', 'c.revoked_at', 'c.revoke_reason', 'c.replaced_at', 'c.override_reason', 'c.pdf_size', 'c.pdf_sha256', 'u.login', 'n.serial as replaced_by'])
		.where('c.serial', '=', serial)
		.executeTakeFirst();
}

export function pdfOf(db: Db, serial: string) {
	return db
		.selectFrom('certificate as c')
		.innerJoin('certificate_pdf as p', 'p.certificate_id', 'c.id')
		.select(['c.serial', 'c.user_id', 'c.pdf_sha256', 'p.bytes'])
		.where('c.serial', '=', serial)
		.executeTakeFirst();
}

export function certificatesOfUser(db: Db, userId: number) {
	return db
		.selectFrom('certificate as c')
		.select(['c.serial', 'c.title', 'c.hours', 'c.issued_at', 'c.revoked_at', 'c.replaced_at', 'c.pdf_size'])
		.where('c.user_id', '=', userId)
		.orderBy('c.issued_at', 'desc')
		.execute();
}

export type Status = 'valid' | 'revoked' | 'replaced';

export interface RegisterFilter {
	q?: string;
	moduleId?: number;
	cohortId?: number;
	communeId?: number;
	status?: Status;
	page: number;
	pageSize: number;
}

export async function register(db: Db, f: RegisterFilter) {
	let q = db.selectFrom('certificate as c').innerJoin('app_user as u', 'u.id', 'c.user_id').leftJoin('commune as cm', 'cm.id', 'u.commune_id');
	if (f.q?.trim()) {
		const like = `%${f.q.trim().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
		q = q.where((eb) => eb.or([eb('c.serial', 'ilike', like), eb('c.holder_name_latin', 'ilike', like), eb('c.holder_name_ar', 'ilike', like), eb('u.login', 'ilike', like)]));
	}
	if (f.moduleId) q = q.where('c.module_id', '=', f.moduleId);
	if (f.communeId) q = q.where('u.commune_id', '=', f.communeId);
	if (f.cohortId) {
		const cohortId = f.cohortId;
		q = q.where((eb) => eb.exists(eb.selectFrom('cohort_member as cmb').select(sql`1`.as('x')).whereRef('cmb.user_id', '=', 'c.user_id').where('cmb.cohort_id', '=', cohortId)));
	}
	if (f.status === 'revoked') q = q.where('c.revoked_at', 'is not', null);
	else if (f.status === 'replaced') q = q.where('c.replaced_at', 'is not', null).where('c.revoked_at', 'is', null);
	else if (f.status === 'valid') q = q.where('c.revoked_at', 'is', null).where('c.replaced_at', 'is', null);
	const [{ total }, items] = await Promise.all([
		q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
		q
			.select(['c.id', 'c.serial', 'c.user_id', 'c.module_id', 'c.programme_id', 'c.holder_name_ar', 'c.holder_name_latin', 'c.title', 'c.hours', 'c.issued_at', 'c.revoked_at', 'c.revoke_reason', 'c.replaced_at', 'c.override_reason', 'u.login', 'cm.name_ar as commune_ar', 'cm.name_fr as commune_fr'])
			.orderBy('c.issued_at', 'desc')
			.orderBy('c.id', 'desc')
			.limit(f.pageSize)
			.offset((f.page - 1) * f.pageSize)
			.execute()
	]);
	return { total: Number(total), items };
}

export function pdfsOf(db: Db, serials: string[]) {
	if (!serials.length) return Promise.resolve([]);
	return db
		.selectFrom('certificate as c')
		.innerJoin('certificate_pdf as p', 'p.certificate_id', 'c.id')
		.select(['c.serial', 'c.holder_name_latin', 'p.bytes'])
		.where('c.serial', 'in', serials)
		.execute();
}

export type TitleRow = { title: Localized };

export interface RuleSwitches {
	requireLessons: boolean;
	requireQuiz: boolean;
	requireAttendance: boolean;
	requiredForProgramme: boolean;
}

export function moduleRules(db: Db, moduleId: number) {
	return db
		.selectFrom('module')
		.select(['id', 'pass_mark', 'attendance_threshold', 'programme_id', 'cert_require_lessons', 'cert_require_quiz', 'cert_require_attendance', 'cert_required_for_programme'])
		.where('id', '=', moduleId)
		.executeTakeFirst();
}

export function setModuleRules(db: Db, moduleId: number, r: RuleSwitches) {
	return db
		.updateTable('module')
		.set({ cert_require_lessons: r.requireLessons, cert_require_quiz: r.requireQuiz, cert_require_attendance: r.requireAttendance, cert_required_for_programme: r.requiredForProgramme })
		.where('id', '=', moduleId)
		.executeTakeFirst();
}

/** Every module of the programme with whether it counts for the programme certificate (drafts count once published). */
export function programmeModules(db: Db, programmeId: number) {
	return db
		.selectFrom('module')
		.select(['id', 'slug', 'title', 'status', 'cert_required_for_programme'])
		.where('programme_id', '=', programmeId)
		.orderBy('position')
		.orderBy('id')
		.execute();
}

// What certificates.service reads and writes besides the certificate rows above.

export function moduleForCertificate(db: Db, moduleId: number) {
	return db.selectFrom('module').select(['id', 'slug', 'title', 'hours', 'status', 'published_at']).where('id', '=', moduleId).executeTakeFirst();
}

export function findProgramme(db: Db, programmeId: number) {
	return db.selectFrom('programme').select(['id', 'slug', 'title']).where('id', '=', programmeId).executeTakeFirst();
}

export function holderNames(db: Db, userId: number) {
	return db.selectFrom('app_user').select(['id', 'name_ar', 'name_latin']).where('id', '=', userId).executeTakeFirstOrThrow();
}

export async function markRevoked(db: Db, id: number, r: { at: Date; by: number | null; reason: string }): Promise<void> {
	await db.updateTable('certificate').set({ revoked_at: r.at, revoked_by: r.by, revoke_reason: r.reason }).where('id', '=', id).execute();
}

export async function markReplaced(db: Db, id: number, at: Date): Promise<void> {
	await db.updateTable('certificate').set({ replaced_at: at }).where('id', '=', id).execute();
}

export async function linkReplacement(db: Db, id: number, replacedBy: number): Promise<void> {
	await db.updateTable('certificate').set({ replaced_by: replacedBy }).where('id', '=', id).execute();
}

export function publicKeyOf(db: Db, keyId: string) {
	return db.selectFrom('certificate_key').select('public_key_pem').where('id', '=', keyId).executeTakeFirst();
}

export async function setRequiredForProgramme(db: Db, moduleId: number, counts: boolean): Promise<void> {
	await db.updateTable('module').set({ cert_required_for_programme: counts }).where('id', '=', moduleId).execute();
}

/** Her active enrolments in published modules that have no live certificate of hers, in programme order. */
export function enrolledWithoutLiveCertificate(db: Db, userId: number) {
	return db
		.selectFrom('enrolment as e')
		.innerJoin('module as m', 'm.id', 'e.module_id')
		.select(['m.id', 'm.slug', 'm.title', 'm.published_at', 'm.attendance_threshold', 'm.cert_require_lessons', 'm.cert_require_quiz', 'm.cert_require_attendance'])
		.where('e.user_id', '=', userId)
		.where('e.status', '=', 'active')
		.where('m.status', '=', 'published')
		.where((eb) =>
			eb.not(
				eb.exists(
					eb.selectFrom('certificate as c').select('c.id').whereRef('c.module_id', '=', 'm.id').where('c.user_id', '=', userId).where('c.revoked_at', 'is', null).where('c.replaced_at', 'is', null)
				)
			)
		)
		.orderBy('m.position')
		.orderBy('m.id')
		.execute();
}
