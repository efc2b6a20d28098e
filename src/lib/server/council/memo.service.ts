/**
 * Advisory memos entered by an admin: the memo itself, each step of its
 * lifecycle with its date and attachment, and the verification of its
 * examination (only then does it count as "examined"). All or nothing; audited.
 */
import type { Db } from '../db/index';
import { Invalid, NotFound } from '../errors';
import { recordAudit } from '../audit/audit.repository';
import { checkUpload } from '../media/checks';
import { withUpload } from '../media/media.service';
import type { FileStorage } from '../media/storage';
import { EARLIEST_SITTING } from './intervention.service';
import { cleanUrl, isIsoDate, moroccoDay } from './rules';
import { MEMO_BODIES, MEMO_OUTCOMES, MEMO_STATUSES, MEMO_SUBJECTS, type MemoBody, type MemoOutcome, type MemoStatus, type MemoStep, type MemoSubject } from './tables';

export const MEMO_LIMITS = { title: 200, organisation: 200, note: 500, url: 500 } as const;
/** The steps an admin records by hand ("verified" is its own action). */
export const RECORDED_STEPS = ['drafted', 'submitted', 'registered', 'examined', 'outcome'] as const;
export type RecordedStep = (typeof RECORDED_STEPS)[number];
const EVIDENCE_MIME = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];

const oneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);
// eslint-disable-next-line no-control-regex
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim();
const ids = (raw: string[]) => [...new Set(raw.map(Number))].filter((n) => Number.isSafeInteger(n) && n > 0);

export interface MemoInput {
	titleAr: string;
	titleFr: string;
	organisation: string;
	subject: string;
	communeIds: string[];
	carrierIds: string[];
}

/** Creates (id null) or edits a memo with its communes and carriers; returns its id. */
export async function saveMemo(db: Db, actor: { id: number }, id: number | null, input: MemoInput): Promise<number> {
	const errors: Record<string, string> = {};
	const titleAr = clean(input.titleAr);
	const titleFr = clean(input.titleFr);
	const organisation = clean(input.organisation);
	if (!titleAr) errors.titleAr = 'council_memo_title_required';
	else if (titleAr.length > MEMO_LIMITS.title) errors.titleAr = 'council_too_long';
	if (!titleFr) errors.titleFr = 'council_memo_title_required';
	else if (titleFr.length > MEMO_LIMITS.title) errors.titleFr = 'council_too_long';
	if (!organisation) errors.organisation = 'council_memo_organisation_required';
	else if (organisation.length > MEMO_LIMITS.organisation) errors.organisation = 'council_too_long';
	if (!oneOf(MEMO_SUBJECTS, input.subject)) errors.subject = 'council_choose';
	const communeIds = ids(input.communeIds);
	const knownCommunes = communeIds.length ? await db.selectFrom('commune').select('id').where('id', 'in', communeIds).execute() : [];
	if (communeIds.length === 0 || knownCommunes.length !== communeIds.length) errors.communes = 'council_memo_communes_required';
	const carrierIds = ids(input.carrierIds);
	const knownCarriers = carrierIds.length ? await db.selectFrom('app_user').select('id').where('id', 'in', carrierIds).where('role', '=', 'learner').execute() : [];
	if (knownCarriers.length !== carrierIds.length) errors.carriers = 'council_choose';
	if (Object.keys(errors).length) throw new Invalid('council_fix_fields', errors);
	const values = { title_ar: titleAr, title_fr: titleFr, organisation, subject: input.subject as MemoSubject };
	return db.transaction().execute(async (trx) => {
		let memoId: number;
		let before: unknown = null;
		if (id === null) {
			memoId = (await trx.insertInto('memo').values({ ...values, created_by: actor.id }).returning('id').executeTakeFirstOrThrow()).id;
		} else {
			const old = await trx.selectFrom('memo').select(['id', 'title_ar', 'title_fr', 'organisation', 'subject']).where('id', '=', id).forUpdate().executeTakeFirst();
			if (!old) throw new NotFound();
			before = old;
			memoId = id;
			await trx.updateTable('memo').set(values).where('id', '=', id).execute();
			await trx.deleteFrom('memo_commune').where('memo_id', '=', id).execute();
			await trx.deleteFrom('memo_carrier').where('memo_id', '=', id).execute();
		}
		await trx.insertInto('memo_commune').values(communeIds.map((c) => ({ memo_id: memoId, commune_id: c }))).execute();
		if (carrierIds.length) await trx.insertInto('memo_carrier').values(carrierIds.map((l) => ({ memo_id: memoId, learner_id: l }))).execute();
		await recordAudit(trx, {
			actorId: actor.id,
			action: id === null ? 'council.memo.create' : 'council.memo.update',
			subjectType: 'memo',
			subjectId: memoId,
			before,
			after: { ...values, communeIds, carrierIds }
		});
		return memoId;
	});
}

export interface StepInput {
	step: string;
	onDate: string;
	body: string;
	outcome: string;
	url: string;
	note: string;
}

export interface StepOptions {
	evidence: { bytes: Uint8Array; name: string } | null;
	now?: Date;
	storage?: FileStorage;
}

/** The step that must already be recorded before this one. */
const NEEDS: Record<RecordedStep, MemoStep | null> = { drafted: null, submitted: null, registered: 'submitted', examined: 'submitted', outcome: 'examined' };
const RANK = (s: MemoStatus) => MEMO_STATUSES.indexOf(s);

/**
 * Records one lifecycle step with its date and attachment. Submitting needs the
 * deposit receipt (a file or a link); an examination needs its body; an outcome
 * its decision. Recording the examination again withdraws its verification.
 */
export async function recordMemoStep(db: Db, actor: { id: number }, memoId: number, input: StepInput, opts: StepOptions): Promise<void> {
	const now = opts.now ?? new Date();
	const memo = await db.selectFrom('memo').selectAll().where('id', '=', memoId).executeTakeFirst();
	if (!memo) throw new NotFound();
	const errors: Record<string, string> = {};
	const step = input.step;
	if (!oneOf(RECORDED_STEPS, step)) throw new Invalid('council_fix_fields', { step: 'council_choose' });
	const date = input.onDate.trim();
	if (!isIsoDate(date)) errors.onDate = 'council_date_invalid';
	else if (date > moroccoDay(now)) errors.onDate = 'council_memo_date_future';
	else if (date < EARLIEST_SITTING) errors.onDate = 'council_date_too_old';
	const events = await db.selectFrom('memo_event').select(['step', 'on_date']).where('memo_id', '=', memoId).execute();
	const need = NEEDS[step];
	const previous = need ? events.filter((e) => e.step === need) : [];
	if (need && previous.length === 0) errors.step = `council_memo_needs_${need}`;
	const dayOf = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
	if (!errors.onDate && previous.some((e) => dayOf(e.on_date) > date)) errors.onDate = 'council_memo_date_before_previous';
	let body: MemoBody | null = null;
	if (step === 'examined') {
		if (oneOf(MEMO_BODIES, input.body)) body = input.body;
		else errors.body = 'council_choose';
	}
	let outcome: MemoOutcome | null = null;
	if (step === 'outcome') {
		if (oneOf(MEMO_OUTCOMES, input.outcome)) outcome = input.outcome;
		else errors.outcome = 'council_choose';
	}
	const url = cleanUrl(input.url);
	if (url === 'invalid' || (url && url.length > MEMO_LIMITS.url)) errors.url = 'council_url_invalid';
	const note = clean(input.note);
	if (note.length > MEMO_LIMITS.note) errors.note = 'council_too_long';
	if (opts.evidence) {
		const detected = await checkUpload(opts.evidence.bytes).catch((e) => {
			if (e instanceof Invalid) throw new Invalid(e.key, { evidence: e.fields.file ?? e.key }, e.params);
			throw e;
		});
		if (!EVIDENCE_MIME.includes(detected.mime)) errors.evidence = 'council_evidence_type';
	}
	if (step === 'submitted' && !opts.evidence && !url && !errors.evidence && !errors.url) errors.evidence = 'council_memo_receipt_required';
	if (Object.keys(errors).length) throw new Invalid('council_fix_fields', errors);
	await withUpload(db, actor, opts.evidence, opts.storage, (file) => db.transaction().execute(async (trx) => {
		await trx.selectFrom('memo').select('id').where('id', '=', memoId).forUpdate().executeTakeFirst();
		await trx
			.insertInto('memo_event')
			.values({ memo_id: memoId, step, on_date: date, body, outcome, file_id: file?.id ?? null, url: url === 'invalid' ? null : url, note: note || null, actor_id: actor.id })
			.execute();
		const set: Record<string, unknown> = {};
		if (step === 'drafted') set.drafted_on = date;
		if (step === 'submitted') set.submitted_on = date;
		if (step === 'registered') set.registered_on = date;
		if (step === 'examined') Object.assign(set, { examined_on: date, examined_by: body, verified_at: null, verified_by: null });
		if (step === 'outcome') Object.assign(set, { outcome, outcome_on: date });
		if (step !== 'outcome' && RANK(step) > RANK(memo.status)) set.status = step;
		await trx.updateTable('memo').set(set).where('id', '=', memoId).execute();
		await recordAudit(trx, { actorId: actor.id, action: 'council.memo.step', subjectType: 'memo', subjectId: memoId, after: { step, onDate: date, body, outcome, fileId: file?.id ?? null, url } });
	}));
}

/** Marks the examination verified: needs its date, its body and an attachment on the "examined" step. */
export async function verifyMemo(db: Db, actor: { id: number }, memoId: number, now = new Date()): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const memo = await trx.selectFrom('memo').select(['id', 'examined_on', 'examined_by', 'verified_at']).where('id', '=', memoId).forUpdate().executeTakeFirst();
		if (!memo) throw new NotFound();
		if (memo.verified_at) return;
		const evidence = await trx
			.selectFrom('memo_event')
			.select('id')
			.where('memo_id', '=', memoId)
			.where('step', '=', 'examined')
			.where((eb) => eb.or([eb('file_id', 'is not', null), eb('url', 'is not', null)]))
			.executeTakeFirst();
		if (!memo.examined_on || !memo.examined_by || !evidence) throw new Invalid('council_memo_verify_incomplete');
		await trx.updateTable('memo').set({ verified_at: now, verified_by: actor.id }).where('id', '=', memoId).execute();
		await trx.insertInto('memo_event').values({ memo_id: memoId, step: 'verified', on_date: moroccoDay(now), actor_id: actor.id }).execute();
		await recordAudit(trx, { actorId: actor.id, action: 'council.memo.verify', subjectType: 'memo', subjectId: memoId });
	});
}

/** The choices of the memo form: communes and councillors. */
export async function memoChoices(db: Db) {
	const [communes, councillors] = await Promise.all([
		db.selectFrom('commune').select(['id', 'name_ar', 'name_fr']).orderBy('name_fr').execute(),
		db.selectFrom('app_user').select(['id', 'name_ar', 'name_latin', 'commune_id']).where('role', '=', 'learner').where('disabled_at', 'is', null).orderBy('name_latin').execute()
	]);
	return { communes, councillors };
}
