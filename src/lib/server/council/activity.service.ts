/**
 * Communes engaged, entered by an admin: the commune's engagement status with
 * its date and evidence, and its awareness and mobilisation activities.
 * Everything is checked first (every problem at once), then saved in one
 * transaction; audited.
 */
import type { Db } from '../db/index';
import { Invalid, NotFound } from '../errors';
import { recordAudit } from '../audit/audit.repository';
import { checkUpload } from '../media/checks';
import { withUpload } from '../media/media.service';
import type { FileStorage } from '../media/storage';
import { EARLIEST_SITTING } from './intervention.service';
import { cleanUrl, isIsoDate, moroccoDay } from './rules';
import { ACTIVITY_TYPES, AUDIENCES, ENGAGEMENT_STATUSES, type ActivityType, type Audience, type EngagementStatus } from './tables';

export const ACTIVITY_LIMITS = { note: 500, url: 500, participants: 100000 } as const;
const EVIDENCE_MIME = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];

const oneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);
// eslint-disable-next-line no-control-regex
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim();

export interface EvidenceOptions {
	evidence: { bytes: Uint8Array; name: string } | null;
	now?: Date;
	storage?: FileStorage;
}

/** Checks a date (real, not in the future, not before the programme) into errors[key]. */
function checkDate(raw: string, now: Date, errors: Record<string, string>, key: string): string {
	const date = raw.trim();
	if (!isIsoDate(date)) errors[key] = 'council_date_invalid';
	else if (date > moroccoDay(now)) errors[key] = 'council_memo_date_future';
	else if (date < EARLIEST_SITTING) errors[key] = 'council_date_too_old';
	return date;
}

/** Checks the link and the file of the evidence into errors. */
async function checkEvidence(rawUrl: string, opts: EvidenceOptions, errors: Record<string, string>): Promise<string | null> {
	const url = cleanUrl(rawUrl);
	if (url === 'invalid' || (url && url.length > ACTIVITY_LIMITS.url)) errors.url = 'council_url_invalid';
	if (opts.evidence) {
		const detected = await checkUpload(opts.evidence.bytes).catch((e) => {
			if (e instanceof Invalid) throw new Invalid(e.key, { evidence: e.fields.file ?? e.key }, e.params);
			throw e;
		});
		if (!EVIDENCE_MIME.includes(detected.mime)) errors.evidence = 'council_evidence_type';
	}
	return url === 'invalid' ? null : url;
}

async function communeExists(db: Db, communeId: number) {
	const c = await db.selectFrom('commune').select('id').where('id', '=', communeId).executeTakeFirst();
	if (!c) throw new NotFound();
}

export interface EngagementInput {
	status: string;
	onDate: string;
	url: string;
}

const DATE_COLUMN: Record<EngagementStatus, 'contacted_on' | 'agreement_on' | 'engaged_on' | 'active_on'> = {
	contacted: 'contacted_on',
	agreement_signed: 'agreement_on',
	engaged: 'engaged_on',
	active: 'active_on'
};

/**
 * Sets the commune's engagement status and the date it was reached; a new file
 * or link replaces the evidence, none keeps the one already there.
 */
export async function setEngagementStatus(db: Db, actor: { id: number }, communeId: number, input: EngagementInput, opts: EvidenceOptions): Promise<void> {
	const now = opts.now ?? new Date();
	await communeExists(db, communeId);
	const errors: Record<string, string> = {};
	const status = input.status;
	if (!oneOf(ENGAGEMENT_STATUSES, status)) errors.status = 'council_choose';
	const date = checkDate(input.onDate, now, errors, 'onDate');
	const url = await checkEvidence(input.url, opts, errors);
	if (Object.keys(errors).length) throw new Invalid('council_fix_fields', errors);
	const st = status as EngagementStatus;
	await withUpload(db, actor, opts.evidence, opts.storage, (file) => db.transaction().execute(async (trx) => {
		const before = await trx.selectFrom('commune_engagement').selectAll().where('commune_id', '=', communeId).forUpdate().executeTakeFirst();
		const evidence = file || url ? { evidence_file_id: file?.id ?? null, evidence_url: url } : {};
		if (before) {
			await trx
				.updateTable('commune_engagement')
				.set({ status: st, [DATE_COLUMN[st]]: date, ...evidence, updated_by: actor.id, updated_at: now })
				.where('commune_id', '=', communeId)
				.execute();
		} else {
			await trx
				.insertInto('commune_engagement')
				.values({ commune_id: communeId, status: st, [DATE_COLUMN[st]]: date, ...evidence, updated_by: actor.id, updated_at: now })
				.execute();
		}
		await recordAudit(trx, {
			actorId: actor.id,
			action: 'council.engagement.set',
			subjectType: 'commune',
			subjectId: communeId,
			before: before ? { status: before.status } : null,
			after: { status: st, onDate: date, fileId: file?.id ?? null, url }
		});
	}));
}

export interface ActivityInput {
	heldOn: string;
	type: string;
	audience: string;
	women: string;
	men: string;
	url: string;
	note: string;
}

/** A count of participants: a whole number, 0 or more. */
function count(raw: string, errors: Record<string, string>, key: string): number {
	const s = raw.trim();
	const n = Number(s);
	if (!/^\d{1,6}$/.test(s) || n > ACTIVITY_LIMITS.participants) errors[key] = 'council_activity_count_invalid';
	return n;
}

/** Adds an awareness or mobilisation activity held in the commune; returns its id. */
export async function addActivity(db: Db, actor: { id: number }, communeId: number, input: ActivityInput, opts: EvidenceOptions): Promise<number> {
	const now = opts.now ?? new Date();
	await communeExists(db, communeId);
	const errors: Record<string, string> = {};
	const heldOn = checkDate(input.heldOn, now, errors, 'heldOn');
	if (!oneOf(ACTIVITY_TYPES, input.type)) errors.type = 'council_choose';
	if (!oneOf(AUDIENCES, input.audience)) errors.audience = 'council_choose';
	const women = count(input.women, errors, 'women');
	const men = count(input.men, errors, 'men');
	const url = await checkEvidence(input.url, opts, errors);
	const note = clean(input.note);
	if (note.length > ACTIVITY_LIMITS.note) errors.note = 'council_too_long';
	if (Object.keys(errors).length) throw new Invalid('council_fix_fields', errors);
	return withUpload(db, actor, opts.evidence, opts.storage, (file) => {
		const values = { held_on: heldOn, type: input.type as ActivityType, audience: input.audience as Audience, women, men, evidence_file_id: file?.id ?? null, evidence_url: url, note: note || null };
		return db.transaction().execute(async (trx) => {
			const row = await trx
				.insertInto('engagement_activity')
				.values({ commune_id: communeId, ...values, created_by: actor.id })
				.returning('id')
				.executeTakeFirstOrThrow();
			await recordAudit(trx, { actorId: actor.id, action: 'council.activity.add', subjectType: 'engagement_activity', subjectId: row.id, after: { communeId, ...values } });
			return row.id;
		});
	});
}
