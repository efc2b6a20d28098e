// How certificates look (issue 13 §22): the organisation's name per language, its logo and
// the partners' logos, the signatories with an optional scanned signature. Saved as a new
// version each time; a certificate records the version it was drawn with.
import type { Db } from '../db/index';
import { Invalid } from '../errors';
import { recordAudit } from '../audit/audit.repository';
import { checkUpload } from '../media/checks';
import { getFile, storeUpload } from '../media/media.service';
import { fileStorage, type FileStorage } from '../media/storage';
import { ORGANISATION, signatories as envSignatories } from './config';
import type { DesignSignatory } from './tables';

import type { Localized } from '../../localized';

export const MAX_SIGNATORIES = 3;
export const MAX_PARTNERS = 6;
/** Largest logo or signature image accepted (they are drawn a few centimetres wide). */
export const DESIGN_IMAGE_MAX_BYTES = 2 * 1024 * 1024;
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

export interface Design {
	/** null: nothing saved yet (the built-in look, CERT_SIGNATORIES or the programme's roles). */
	id: number | null;
	organisation: { ar: string; fr: string; zgh: string };
	logoFileId: number | null;
	partnerFileIds: number[];
	signatories: DesignSignatory[];
}

const DEFAULT_ORG = { ar: ORGANISATION.ar, fr: ORGANISATION.fr, zgh: ORGANISATION.zgh };

function fallback(): Design {
	return { id: null, organisation: { ...DEFAULT_ORG }, logoFileId: null, partnerFileIds: [], signatories: envSignatories().map((s) => ({ ...s, signatureFileId: null })) };
}

/** The design new certificates are drawn with. */
export async function currentDesign(db: Db): Promise<Design> {
	const row = await db.selectFrom('certificate_design').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
	if (!row) return fallback();
	const org = row.organisation ?? {};
	return {
		id: row.id,
		organisation: { ar: org.ar || DEFAULT_ORG.ar, fr: org.fr || DEFAULT_ORG.fr, zgh: org.zgh || DEFAULT_ORG.zgh },
		logoFileId: row.logo_file_id,
		partnerFileIds: row.partner_file_ids ?? [],
		signatories: row.signatories?.length ? row.signatories : fallback().signatories
	};
}

export interface Upload {
	bytes: Uint8Array;
	name: string;
}

export interface DesignInput {
	organisation: Localized;
	signatories: { nameAr: string; nameLatin: string; titleAr: string; titleFr: string; removeSignature?: boolean; signature?: Upload | null }[];
	logo?: Upload | null;
	removeLogo?: boolean;
	partners?: Upload[];
	removePartnerIds?: number[];
}

const clean = (s: string | undefined, max: number) => (s ?? '').normalize('NFC').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim().slice(0, max + 1);

/** Checks an image by its content and size; the field's error key on failure. */
async function imageError(u: Upload): Promise<string | null> {
	if (u.bytes.byteLength > DESIGN_IMAGE_MAX_BYTES) return 'certd_image_too_large';
	try {
		const d = await checkUpload(u.bytes);
		return IMAGE_TYPES.includes(d.mime) ? null : 'certd_image_type';
	} catch {
		return 'certd_image_type';
	}
}

/** Saves a new version of the design: all fields checked first, then images stored, then one transaction with its audit entry. */
export async function saveDesign(db: Db, actor: { id: number }, input: DesignInput, storage: FileStorage = fileStorage()): Promise<number> {
	const before = await currentDesign(db);
	const fields: Record<string, string> = {};
	const organisation: Localized = {};
	for (const l of ['ar', 'fr', 'zgh'] as const) {
		const v = clean(input.organisation[l], 120);
		if (v.length > 120) fields[`org_${l}`] = 'error_too_long';
		else if (v) organisation[l] = v;
	}
	if (!organisation.ar && !organisation.fr) fields.org_ar = 'certd_org_required';
	const people = input.signatories.slice(0, MAX_SIGNATORIES).map((s, i) => ({
		i,
		nameAr: clean(s.nameAr, 80),
		nameLatin: clean(s.nameLatin, 80),
		titleAr: clean(s.titleAr, 80),
		titleFr: clean(s.titleFr, 80),
		removeSignature: !!s.removeSignature,
		signature: s.signature && s.signature.bytes.byteLength ? s.signature : null
	}));
	for (const p of people) {
		for (const k of ['nameAr', 'nameLatin', 'titleAr', 'titleFr'] as const) if (p[k].length > 80) fields[`sig${p.i}_${k}`] = 'error_too_long';
		const used = p.nameAr || p.nameLatin || p.titleAr || p.titleFr || p.signature;
		if (used && !p.titleAr && !p.titleFr) fields[`sig${p.i}_titleAr`] = 'certd_title_required';
		if (p.signature) {
			const e = await imageError(p.signature);
			if (e) fields[`sig${p.i}_signature`] = e;
		}
	}
	const logo = input.logo && input.logo.bytes.byteLength ? input.logo : null;
	if (logo) {
		const e = await imageError(logo);
		if (e) fields.logo = e;
	}
	const partners = (input.partners ?? []).filter((p) => p.bytes.byteLength);
	for (const p of partners) {
		const e = await imageError(p);
		if (e) fields.partners = e;
	}
	const keptPartners = before.partnerFileIds.filter((id) => !(input.removePartnerIds ?? []).includes(id));
	if (keptPartners.length + partners.length > MAX_PARTNERS) fields.partners = 'certd_too_many_partners';
	if (Object.keys(fields).length) throw new Invalid('error_invalid_form', fields, { max: MAX_PARTNERS });

	const store = async (u: Upload) => (await storeUpload(db, actor, u, storage)).id;
	const logoFileId = logo ? await store(logo) : input.removeLogo ? null : before.logoFileId;
	const partnerFileIds = [...keptPartners];
	for (const p of partners) partnerFileIds.push(await store(p));
	const signatories: DesignSignatory[] = [];
	for (const p of people) {
		if (!(p.nameAr || p.nameLatin || p.titleAr || p.titleFr)) continue;
		const old = before.id !== null ? (before.signatories[p.i]?.signatureFileId ?? null) : null;
		const signatureFileId = p.signature ? await store(p.signature) : p.removeSignature ? null : old;
		signatories.push({ nameAr: p.nameAr, nameLatin: p.nameLatin, titleAr: p.titleAr, titleFr: p.titleFr, signatureFileId });
	}
	return db.transaction().execute(async (trx) => {
		const { id } = await trx
			.insertInto('certificate_design')
			.values({ organisation: JSON.stringify(organisation), logo_file_id: logoFileId, partner_file_ids: JSON.stringify(partnerFileIds), signatories: JSON.stringify(signatories), created_by: actor.id })
			.returning('id')
			.executeTakeFirstOrThrow();
		const after = { organisation, logoFileId, partnerFileIds, signatories };
		await recordAudit(trx, { actorId: actor.id, action: 'certificate_design.update', subjectType: 'certificate_design', subjectId: id, before: { id: before.id, organisation: before.organisation, logoFileId: before.logoFileId, partnerFileIds: before.partnerFileIds, signatories: before.signatories }, after });
		return id;
	});
}

/** What the PDF draws: texts, and images made small (PNG, at most 360 px) so a certificate stays light. */
export interface DrawDesign {
	organisation: { ar: string; fr: string; zgh: string };
	logo: Buffer | null;
	partners: Buffer[];
	signatories: { nameAr: string; nameLatin: string; titleAr: string; titleFr: string; signature: Buffer | null }[];
}

// Stored files never change: an image made small once is reused (bounded by the few a design holds).
const small = new Map<string, Buffer>();

async function smallImage(db: Db, storage: FileStorage, fileId: number | null, maxHeight: number): Promise<Buffer | null> {
	if (fileId === null) return null;
	const key = `${fileId}:${maxHeight}`;
	const hit = small.get(key);
	if (hit) return hit;
	const file = await getFile(db, fileId);
	if (!file) return null;
	const obj = await storage.get(file.storageKey);
	if (!obj) return null;
	const bytes = Buffer.from(await new Response(obj.body).arrayBuffer());
	const { default: sharp } = await import('sharp');
	const out = await sharp(bytes, { limitInputPixels: 40_000_000 }).rotate().resize({ height: maxHeight, width: maxHeight * 3, fit: 'inside', withoutEnlargement: true }).png({ palette: true, colours: 64, compressionLevel: 9 }).toBuffer();
	if (small.size > 64) small.clear();
	small.set(key, out);
	return out;
}

export async function drawDesign(db: Db, design: Design, storage: FileStorage = fileStorage()): Promise<DrawDesign> {
	const [logo, partners, signatures] = await Promise.all([
		smallImage(db, storage, design.logoFileId, 180),
		Promise.all(design.partnerFileIds.map((id) => smallImage(db, storage, id, 120))),
		Promise.all(design.signatories.map((s) => smallImage(db, storage, s.signatureFileId, 120)))
	]);
	return {
		organisation: design.organisation,
		logo,
		partners: partners.filter((p): p is Buffer => !!p),
		signatories: design.signatories.map((s, i) => ({ nameAr: s.nameAr, nameLatin: s.nameLatin, titleAr: s.titleAr, titleFr: s.titleFr, signature: signatures[i] }))
	};
}
