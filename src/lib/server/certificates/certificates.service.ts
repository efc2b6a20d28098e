import { createHash } from 'node:crypto';
import type { Db } from '../db/index';
import type { Localized } from '../db/schema';
import type { Locale } from '../../i18n/index';
import { pick } from '../../localized';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/audit.repository';
import { Conflict, Invalid, NotFound } from '../errors';
import { publishedSnapshot } from '../content/snapshot-cache';
import { learnerModuleFacts, loadModuleFacts } from './facts.repository';
import { moduleEligibility, programmeEligibility, type Eligibility } from './eligibility';
import { newSerial, parseSerial, SERIAL_EXAMPLE } from './serial';
import { canonicalJson, signPayload, verifyPayload } from './signing';
import { signingKey } from './keys';
import { ORGANISATION } from './config';
import { cleanName } from '../users/names';
import { currentDesign, drawDesign, type DrawDesign } from './design.service';
import type { FileStorage } from '../media/storage';
import {
	enrolledWithoutLiveCertificate,
	findProgramme,
	holderNames,
	linkReplacement,
	markReplaced,
	markRevoked,
	moduleForCertificate,
	publicKeyOf,
	setRequiredForProgramme,
	enrolledLearners,
	findBySerial,
	findForUpdate,
	insertCertificate,
	isModule,
	liveFor,
	liveHoldersOfModules,
	moduleRules,
	pdfOf,
	requiredModules,
	setModuleRules,
	type RuleSwitches,
	programmeModules,
	type StoredKey,
	type Target
} from './certificates.repository';

export type { Target };
export type { Actor };

/** Reads "module:12" / "programme:3". */
export function parseTarget(raw: string | null | undefined): Target | null {
	const m = /^(module|programme):(\d{1,9})$/.exec(raw ?? '');
	if (!m) return null;
	return m[1] === 'module' ? { moduleId: Number(m[2]) } : { programmeId: Number(m[2]) };
}

export const targetKey = (t: Target) => (isModule(t) ? `module:${t.moduleId}` : `programme:${t.programmeId}`);

interface TargetInfo {
	target: Target;
	slug: string;
	title: Localized;
	hours: number;
}

async function targetInfo(db: Db, target: Target): Promise<TargetInfo> {
	if (isModule(target)) {
		const m = await moduleForCertificate(db, target.moduleId);
		if (!m) throw new NotFound();
		if (m.status !== 'published') throw new Invalid('cert_module_not_published');
		const snap = await publishedSnapshot(db, m.id, m.published_at);
		return { target, slug: m.slug, title: snap?.title ?? m.title, hours: Number(snap?.hours ?? m.hours) };
	}
	const p = await findProgramme(db, target.programmeId);
	if (!p) throw new NotFound();
	const modules = await requiredModules(db, p.id);
	return { target, slug: p.slug, title: p.title, hours: modules.reduce((s, m) => s + Number(m.hours), 0) };
}

export interface Candidate {
	userId: number;
	login: string;
	nameAr: string;
	nameLatin: string;
	communeAr: string | null;
	communeFr: string | null;
	eligibility: Eligibility;
	/** Her live certificate for this target, if any. */
	serial: string | null;
}

/** Every learner enrolled in the target, eligible or not and why, with her live certificate. */
export async function candidates(db: Db, target: Target, userIds?: number[], locale: Locale = 'fr'): Promise<{ info: TargetInfo; candidates: Candidate[] }> {
	const info = await targetInfo(db, target);
	const learners = await enrolledLearners(db, target, userIds);
	const ids = learners.map((l) => l.id);
	// Without a list of people asked for, everyone enrolled: the statements then filter by the target, not by ids.
	const live = new Map((await liveFor(db, target, userIds)).map((c) => [c.user_id, c.serial]));
	let decide: (userId: number) => Eligibility;
	if (isModule(target)) {
		const { rules, facts } = await loadModuleFacts(db, target.moduleId, ids, userIds === undefined);
		decide = (id) => moduleEligibility(rules, facts.get(id)!);
	} else {
		const modules = await requiredModules(db, target.programmeId);
		const held = await liveHoldersOfModules(db, modules.map((m) => m.id), userIds === undefined ? undefined : ids);
		const has = new Set(held.map((h) => `${h.user_id}:${h.module_id}`));
		decide = (id) => programmeEligibility(modules.map((m) => ({ title: pick(m.title, locale).text || m.slug, earned: has.has(`${id}:${m.id}`) })));
	}
	return {
		info,
		candidates: learners.map((l) => ({
			userId: l.id,
			login: l.login,
			nameAr: l.name_ar,
			nameLatin: l.name_latin,
			communeAr: l.commune_ar,
			communeFr: l.commune_fr,
			eligibility: decide(l.id),
			serial: live.get(l.id) ?? null
		}))
	};
}

export function verifyUrl(origin: string, serial: string, signature: string): string {
	return `${origin.replace(/\/$/, '')}/verify/${serial}?sig=${signature}`;
}

export interface CertificatePayload {
	v: 1;
	serial: string;
	kid: string;
	issuer: string;
	holder: { ar: string; latin: string };
	for: { kind: 'module' | 'programme'; slug: string; title: Localized };
	hours: number;
	issuedAt: string;
}

interface Holder {
	userId: number;
	nameAr: string;
	nameLatin: string;
}

/** Signs and draws a certificate: CPU work, done before any transaction opens. */
/** The design new certificates are drawn with, its images read once for a whole batch. */
async function designForIssue(db: Db, storage?: FileStorage): Promise<{ id: number | null; draw: DrawDesign }> {
	const d = await currentDesign(db);
	return { id: d.id, draw: await drawDesign(db, d, storage) };
}

async function prepare(key: StoredKey, actor: Actor, info: TargetInfo, h: Holder, origin: string, override: string | null, now: Date, look: { id: number | null; draw: DrawDesign }) {
	const serial = newSerial();
	const issuedAt = new Date(Math.floor(now.getTime() / 1000) * 1000);
	const payload: CertificatePayload = {
		v: 1,
		serial,
		kid: key.id,
		issuer: ORGANISATION.fr,
		holder: { ar: h.nameAr, latin: h.nameLatin },
		for: { kind: isModule(info.target) ? 'module' : 'programme', slug: info.slug, title: info.title },
		hours: info.hours,
		issuedAt: issuedAt.toISOString()
	};
	const canonical = canonicalJson(payload);
	const signature = signPayload(canonical, key.privateKeyPem);
	// pdfkit and the fonts are loaded when a certificate is drawn, not by every page that lists certificates.
	const { renderCertificatePdf } = await import('./pdf');
	const pdf = await renderCertificatePdf({ payload, url: verifyUrl(origin, serial, signature), design: look.draw });
	return {
		pdf,
		row: {
			serial,
			user_id: h.userId,
			module_id: isModule(info.target) ? info.target.moduleId : null,
			programme_id: isModule(info.target) ? null : info.target.programmeId,
			holder_name_ar: h.nameAr,
			holder_name_latin: h.nameLatin,
			title: JSON.stringify(info.title),
			hours: info.hours,
			issued_at: issuedAt,
			issued_by: actor.id,
			override_reason: override,
			key_id: key.id,
			payload: canonical,
			signature,
			pdf_sha256: createHash('sha256').update(pdf).digest('hex'),
			pdf_size: pdf.length,
			design_id: look.id
		}
	};
}

/** Stores a prepared certificate; null when she already holds a live one for the same thing. */
async function store(db: Db, made: Awaited<ReturnType<typeof prepare>>): Promise<{ id: number; serial: string } | null> {
	const id = await insertCertificate(db, made.row, made.pdf);
	return id == null ? null : { id, serial: made.row.serial };
}

export interface IssueOptions {
	/** Where the design's images are read (default: the app's file storage). */
	storage?: FileStorage;
	/** Only these learners (default: every enrolled learner). */
	userIds?: number[];
	/** Issue despite unmet rules: one learner only, with a written reason. */
	override?: string;
	dryRun?: boolean;
	/** At most this many certificates in this call (batches for the progress bar). */
	limit?: number;
	origin: string;
	now?: Date;
}

export interface IssueResult {
	issued: { serial: string; userId: number; login: string }[];
	/** Eligible and without a certificate: would be issued (dry run) or left for the next batch. */
	pending: { userId: number; login: string }[];
	already: { userId: number; login: string; serial: string }[];
	notEligible: { userId: number; login: string; reasons: Eligibility['reasons'] }[];
}

/**
 * Issues certificates to eligible learners without one. Each certificate is its
 * own small transaction; the database's unique index on live certificates makes
 * a learner who got one from a concurrent issuer count as "already".
 */
export async function issueCertificates(db: Db, actor: Actor, target: Target, opts: IssueOptions): Promise<IssueResult> {
	const override = opts.override?.trim() || null;
	if (opts.override !== undefined && !override) throw new Invalid('error_invalid_form', { reason: 'error_required' });
	if (override && opts.userIds?.length !== 1) throw new Invalid('cert_override_one');
	const { info, candidates: list } = await candidates(db, target, opts.userIds);
	if (opts.userIds && list.length !== new Set(opts.userIds).size) throw new Invalid('cert_not_enrolled');
	const result: IssueResult = { issued: [], pending: [], already: [], notEligible: [] };
	const now = opts.now ?? new Date();
	const key = await signingKey(db);
	const look = await designForIssue(db, opts.storage);
	for (const c of list) {
		if (c.serial) {
			result.already.push({ userId: c.userId, login: c.login, serial: c.serial });
			continue;
		}
		if (!c.eligibility.eligible && !override) {
			result.notEligible.push({ userId: c.userId, login: c.login, reasons: c.eligibility.reasons });
			continue;
		}
		if (opts.dryRun || (opts.limit !== undefined && result.issued.length >= opts.limit)) {
			result.pending.push({ userId: c.userId, login: c.login });
			continue;
		}
		const prepared = await prepare(key, actor, info, c, opts.origin, override, now, look);
		const made = await db.transaction().execute(async (trx) => {
			const r = await store(trx, prepared);
			if (r) {
				await recordAudit(trx, {
					actorId: actor.id,
					action: override ? 'certificate.override' : 'certificate.issue',
					subjectType: 'user',
					subjectId: c.userId,
					after: { serial: r.serial, target: targetKey(target), ...(override ? { reason: override, reasons: c.eligibility.reasons } : {}) }
				});
			}
			return r;
		});
		if (made) result.issued.push({ serial: made.serial, userId: c.userId, login: c.login });
		else {
			const live = await liveFor(db, target, [c.userId]);
			result.already.push({ userId: c.userId, login: c.login, serial: live[0]?.serial ?? '' });
		}
	}
	if (opts.userIds?.length === 1 && list.length === 1 && result.notEligible.length === 1) {
		throw new Invalid('cert_not_eligible');
	}
	return result;
}

function mustParse(raw: string): string {
	const p = parseSerial(raw);
	if (!p.ok) throw new Invalid(p.reason === 'check' ? 'cert_serial_check' : 'cert_serial_format', {}, { example: SERIAL_EXAMPLE });
	return p.serial;
}

/** Revokes a live certificate; the reason stays private (the public page shows only the date). */
export async function revokeCertificate(db: Db, actor: Actor, rawSerial: string, reason: string, now = new Date()) {
	const serial = mustParse(rawSerial);
	if (!reason?.trim()) throw new Invalid('error_invalid_form', { reason: 'error_required' });
	return db.transaction().execute(async (trx) => {
		const c = await findForUpdate(trx, serial);
		if (!c) throw new NotFound('cert_unknown');
		if (c.revoked_at) throw new Conflict('cert_already_revoked');
		await markRevoked(trx, c.id, { at: now, by: actor.id, reason: reason.trim() });
		await recordAudit(trx, { actorId: actor.id, action: 'certificate.revoke', subjectType: 'user', subjectId: c.user_id, after: { serial, reason: reason.trim() } });
		return { serial, userId: c.user_id };
	});
}

/** A new certificate (new serial, today's names and title) replacing a live one, which is marked replaced. */
export async function reissueCertificate(db: Db, actor: Actor, rawSerial: string, origin: string, now = new Date()) {
	const serial = mustParse(rawSerial);
	const look = await designForIssue(db);
	return db.transaction().execute(async (trx) => {
		const old = await findForUpdate(trx, serial);
		if (!old) throw new NotFound('cert_unknown');
		if (old.revoked_at || old.replaced_at) throw new Conflict('cert_not_live');
		const target: Target = old.module_id != null ? { moduleId: old.module_id } : { programmeId: old.programme_id! };
		const info = await targetInfo(trx, target);
		const u = await holderNames(trx, old.user_id);
		await markReplaced(trx, old.id, now);
		const made = await store(trx, await prepare(await signingKey(db), actor, info, { userId: u.id, nameAr: u.name_ar, nameLatin: u.name_latin }, origin, old.override_reason, now, look));
		if (!made) throw new Conflict('cert_not_live');
		await linkReplacement(trx, old.id, made.id);
		await recordAudit(trx, { actorId: actor.id, action: 'certificate.reissue', subjectType: 'user', subjectId: u.id, before: { serial }, after: { serial: made.serial } });
		return { serial: made.serial, replaced: serial, userId: u.id };
	});
}

export type VerifyStatus = 'valid' | 'revoked' | 'replaced' | 'unknown' | 'check' | 'format';

/** What the public may know about a serial: status, holder, what, dates; never the revocation reason. */
export async function verifyCertificate(db: Db, rawSerial: string) {
	const p = parseSerial(rawSerial);
	if (!p.ok) return { status: p.reason as VerifyStatus, serial: null };
	const c = await findBySerial(db, p.serial);
	if (!c) return { status: 'unknown' as VerifyStatus, serial: p.serial };
	const status: VerifyStatus = c.revoked_at ? 'revoked' : c.replaced_at ? 'replaced' : 'valid';
	// The holder's name as the PDF prints it (cleaned of bidi controls): the signed payload is untouched.
	return { status, serial: p.serial, certificate: { ...c, holder_name_ar: cleanName(c.holder_name_ar), holder_name_latin: cleanName(c.holder_name_latin) } };
}

/** The signature check of a stored certificate against its key (for the JSON answer). */
export async function signatureValid(db: Db, c: { key_id: string; payload: string; signature: string }, signature = c.signature): Promise<boolean> {
	const pem = await publicKeyPem(db, c.key_id);
	return Boolean(pem) && verifyPayload(c.payload, signature, pem!);
}

// A key id names one key for ever (it is the hash of the key), so caching is safe in every process.
const publicPems = new Map<string, string>();
async function publicKeyPem(db: Db, id: string): Promise<string | undefined> {
	const hit = publicPems.get(id);
	if (hit) return hit;
	const k = await publicKeyOf(db, id);
	if (k) publicPems.set(id, k.public_key_pem);
	return k?.public_key_pem;
}

/** Switches a module's certificate rules on or off (audited). */
export async function updateModuleRules(db: Db, actor: Actor, moduleId: number, rules: RuleSwitches) {
	await db.transaction().execute(async (trx) => {
		const before = await moduleRules(trx, moduleId);
		if (!before) throw new NotFound();
		await setModuleRules(trx, moduleId, rules);
		await recordAudit(trx, {
			actorId: actor.id,
			action: 'certificate.rules',
			subjectType: 'module',
			subjectId: moduleId,
			before: { requireLessons: before.cert_require_lessons, requireQuiz: before.cert_require_quiz, requireAttendance: before.cert_require_attendance, requiredForProgramme: before.cert_required_for_programme },
			after: rules
		});
	});
}

/** Chooses which modules of the programme count for its certificate (audited, one entry per module changed). */
export async function updateProgrammeRules(db: Db, actor: Actor, programmeId: number, countedModuleIds: number[]) {
	await db.transaction().execute(async (trx) => {
		const programme = await findProgramme(trx, programmeId);
		if (!programme) throw new NotFound();
		const counted = new Set(countedModuleIds);
		for (const mod of await programmeModules(trx, programmeId)) {
			const counts = counted.has(mod.id);
			if (counts === mod.cert_required_for_programme) continue;
			await setRequiredForProgramme(trx, mod.id, counts);
			await recordAudit(trx, {
				actorId: actor.id,
				action: 'certificate.rules',
				subjectType: 'module',
				subjectId: mod.id,
				before: { requiredForProgramme: mod.cert_required_for_programme },
				after: { requiredForProgramme: counts }
			});
		}
	});
}

// A certificate's PDF never changes after issue (revocation does not touch the bytes), so
// every app process may keep recent ones in memory without any invalidation.
const pdfCache = new Map<string, { userId: number; sha256: string; bytes: Uint8Array }>();
const PDF_CACHE_MAX = 256;

/** The stored PDF bytes of a certificate with its holder and SHA-256, or undefined. */
export async function storedPdf(db: Db, serial: string) {
	const hit = pdfCache.get(serial);
	if (hit) return hit;
	const row = await pdfOf(db, serial);
	if (!row) return undefined;
	const entry = { userId: row.user_id, sha256: row.pdf_sha256, bytes: row.bytes };
	if (pdfCache.size >= PDF_CACHE_MAX) pdfCache.delete(pdfCache.keys().next().value!);
	pdfCache.set(serial, entry);
	return entry;
}

/** For her own page: each published module she is enrolled in without a live certificate, and what it still needs. */
export async function learnerOutlook(db: Db, userId: number) {
	const modules = await enrolledWithoutLiveCertificate(db, userId);
	const facts = await learnerModuleFacts(db, userId, modules);
	return modules.map((m): { slug: string; title: Localized; eligibility: Eligibility } => {
		const f = facts.get(m.id)!;
		return { slug: m.slug, title: m.title, eligibility: moduleEligibility(f.rules, f.facts) };
	});
}
