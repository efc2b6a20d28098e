/** Rules and transactions of interventions: enter, edit, submit, verify, return. */
import type { Db } from '../db/index';
import type { PersonActor } from '../actor';
import type { Role } from '../db/schema';
import { Forbidden, Invalid, NotFound } from '../errors';
import { recordAudit } from '../audit/audit.repository';
import { checkUpload } from '../media/checks';
import { withUpload } from '../media/media.service';
import type { FileStorage } from '../media/storage';
import {
	addGoalEvidence,
	findIntervention,
	goalsOfLearner,
	interventionEvents,
	learnerCommune,
	listCommunes,
	listTopics,
	lockIntervention,
	recordTransition,
	setTopics,
	sittingId,
	type InterventionView
} from './intervention.repository';
import { isCoachOf } from '../coaching/coaching.repository';
import { cleanUrl, isIsoDate, mayAct, moroccoDay, nextStatus, type InterventionAction } from './rules';
import { KINDS, OUTCOMES, SITTING_TYPES, SUMMARY_LANGS, type InterventionKind, type Outcome, type SittingType, type SummaryLang } from './tables';

export type Actor = PersonActor;

export const LIMITS = { summary: 1000, agendaItem: 300, reason: 300, returnReason: 500, url: 500 } as const;
/** The programme's records start with its first year; older dates are typing mistakes. */
export const EARLIEST_SITTING = '2021-09-01';
const EVIDENCE_MIME = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];

/** What a form or an import row gives, as typed. */
export interface InterventionInput {
	learnerId?: number;
	communeId: string;
	sittingDate: string;
	sittingType: string;
	agendaItem: string;
	kind: string;
	summary: string;
	summaryLang: string;
	gender: boolean;
	outcome: string;
	topicIds: string[];
	evidenceUrl: string;
	outOfCommuneReason: string;
	/** The development-plan goal it serves ('' for none). */
	goalId?: string;
}

export interface CheckedInput {
	learnerId: number;
	communeId: number;
	sittingDate: string;
	sittingType: SittingType;
	agendaItem: string;
	kind: InterventionKind;
	summary: string;
	summaryLang: SummaryLang;
	gender: boolean;
	outcome: Outcome;
	topicIds: number[];
	evidenceUrl: string | null;
	outOfCommuneReason: string | null;
	goalId: number | null;
}

const oneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);
// eslint-disable-next-line no-control-regex
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim();

/** Every problem of an input at once (field → message key), or the checked values. */
export async function checkInput(db: Db, input: InterventionInput, learnerId: number, now: Date): Promise<CheckedInput> {
	const errors: Record<string, string> = {};
	const learner = await learnerCommune(db, learnerId);
	if (!learner || learner.role !== 'learner') throw new NotFound();
	const communeId = Number(input.communeId || learner.commune_id);
	const communes = Number.isSafeInteger(communeId) && communeId > 0 ? await db.selectFrom('commune').select('id').where('id', '=', communeId).executeTakeFirst() : undefined;
	if (!communes) errors.commune = 'council_commune_required';
	const reason = clean(input.outOfCommuneReason);
	if (communes && communeId !== learner.commune_id && !reason) errors.outOfCommuneReason = 'council_reason_required';
	if (reason.length > LIMITS.reason) errors.outOfCommuneReason = 'council_too_long';
	const date = input.sittingDate.trim();
	if (!isIsoDate(date)) errors.sittingDate = 'council_date_invalid';
	else if (date > moroccoDay(now)) errors.sittingDate = 'council_date_future';
	else if (date < EARLIEST_SITTING) errors.sittingDate = 'council_date_too_old';
	if (!oneOf(SITTING_TYPES, input.sittingType)) errors.sittingType = 'council_choose';
	if (!oneOf(KINDS, input.kind)) errors.kind = 'council_choose';
	if (!oneOf(OUTCOMES, input.outcome)) errors.outcome = 'council_choose';
	const summaryLang = input.summaryLang || 'ar';
	if (!oneOf(SUMMARY_LANGS, summaryLang)) errors.summaryLang = 'council_choose';
	const summary = clean(input.summary);
	if (!summary) errors.summary = 'council_summary_required';
	else if (summary.length > LIMITS.summary) errors.summary = 'council_too_long';
	const agendaItem = clean(input.agendaItem);
	if (agendaItem.length > LIMITS.agendaItem) errors.agendaItem = 'council_too_long';
	const url = cleanUrl(input.evidenceUrl);
	if (url === 'invalid' || (url && url.length > LIMITS.url)) errors.evidenceUrl = 'council_url_invalid';
	const known = new Set((await listTopics(db)).map((t) => t.id));
	const topicIds = [...new Set(input.topicIds.map(Number))];
	if (topicIds.some((id) => !known.has(id))) errors.topics = 'council_choose';
	let goalId: number | null = null;
	if (input.goalId) {
		const wanted = Number(input.goalId);
		const goal = (await goalsOfLearner(db, learnerId)).find((g) => g.id === wanted);
		if (!goal) errors.goal = 'council_choose';
		else goalId = goal.id;
	}
	if (Object.keys(errors).length) throw new Invalid('council_fix_fields', errors);
	return {
		learnerId,
		communeId,
		sittingDate: date,
		sittingType: input.sittingType as SittingType,
		agendaItem,
		kind: input.kind as InterventionKind,
		summary,
		summaryLang: summaryLang as SummaryLang,
		gender: input.gender,
		outcome: input.outcome as Outcome,
		topicIds,
		evidenceUrl: url === 'invalid' ? null : url,
		outOfCommuneReason: communeId === learner.commune_id ? null : reason,
		goalId
	};
}

/** An evidence file: a photo (JPEG, PNG, WebP) or a PDF, checked by content and size like lesson files. */
async function checkEvidence(upload: { bytes: Uint8Array; name: string } | null): Promise<void> {
	if (!upload) return;
	const detected = await checkUpload(upload.bytes).catch((e) => {
		if (e instanceof Invalid) throw new Invalid(e.key, { evidence: e.fields.file ?? e.key }, e.params);
		throw e;
	});
	if (!EVIDENCE_MIME.includes(detected.mime)) throw new Invalid('council_evidence_type', { evidence: 'council_evidence_type' });
}

export interface SaveOptions {
	/** Submit for verification in the same step (the phone form's main button). */
	submit: boolean;
	evidence: { bytes: Uint8Array; name: string } | null;
	now?: Date;
	storage?: FileStorage;
}

/**
 * Creates (id null) or edits an intervention. The councillor enters only her own;
 * staff enter one for a councillor (input.learnerId). Editing a returned record
 * makes it a draft again. Submitting needs evidence (a file or a link). All or nothing.
 */
export async function saveIntervention(db: Db, actor: Actor, id: number | null, input: InterventionInput, opts: SaveOptions): Promise<number> {
	const now = opts.now ?? new Date();
	let learnerId: number;
	if (id !== null) {
		const existing = await findIntervention(db, id);
		if (!existing || !mayRead(actor, existing)) throw new NotFound();
		if (!mayAct(actor, 'edit', { learnerId: existing.learnerId, status: existing.status })) throw new Forbidden('council_not_editable');
		learnerId = existing.learnerId;
	} else if (actor.role === 'learner') learnerId = actor.id;
	else if (input.learnerId) learnerId = input.learnerId;
	else throw new Invalid('council_fix_fields', { learner: 'council_choose' });

	const checked = await checkInput(db, input, learnerId, now);
	await assertMayEnterFor(db, actor, learnerId);
	await checkEvidence(opts.evidence);
	if (opts.submit && !opts.evidence && !checked.evidenceUrl && !(id !== null && (await findIntervention(db, id))?.evidenceFileId)) {
		throw new Invalid('council_evidence_required', { evidence: 'council_evidence_required' });
	}
	return withUpload(db, actor, opts.evidence, opts.storage, (file) => db.transaction().execute(async (trx) => {
		const sitting = await sittingId(trx, { communeId: checked.communeId, date: checked.sittingDate, type: checked.sittingType, createdBy: actor.id });
		const values = {
			sitting_id: sitting,
			agenda_item: checked.agendaItem,
			kind: checked.kind,
			summary: checked.summary,
			summary_lang: checked.summaryLang,
			gender: checked.gender,
			outcome: checked.outcome,
			evidence_url: checked.evidenceUrl,
			out_of_commune_reason: checked.outOfCommuneReason,
			goal_id: checked.goalId,
			updated_at: now
		};
		let recordId: number;
		let status: 'draft' | 'returned';
		if (id === null) {
			const row = await trx
				.insertInto('intervention')
				.values({ ...values, learner_id: learnerId, status: 'draft', created_by: actor.id, evidence_file_id: file?.id ?? null })
				.returning('id')
				.executeTakeFirstOrThrow();
			recordId = row.id;
			status = 'draft';
			await recordTransition(trx, { interventionId: recordId, actorId: actor.id, from: null, to: 'draft' });
			if (actor.role !== 'learner') {
				await recordAudit(trx, { actorId: actor.id, action: 'intervention.enter_for', subjectType: 'intervention', subjectId: recordId, after: { learnerId, submit: opts.submit } });
			}
		} else {
			const locked = await lockIntervention(trx, id);
			if (!locked) throw new NotFound();
			if (!mayAct(actor, 'edit', { learnerId: locked.learner_id, status: locked.status })) throw new Forbidden('council_not_editable');
			status = locked.status as 'draft' | 'returned';
			const to = nextStatus('edit', locked.status);
			await trx
				.updateTable('intervention')
				.set({ ...values, status: to, evidence_file_id: file?.id ?? locked.evidence_file_id })
				.where('id', '=', id)
				.execute();
			if (to !== locked.status) await recordTransition(trx, { interventionId: id, actorId: actor.id, from: locked.status, to });
			recordId = id;
			status = to as 'draft';
		}
		await setTopics(trx, recordId, checked.topicIds);
		if (opts.submit) {
			await trx.updateTable('intervention').set({ status: 'submitted', updated_at: now }).where('id', '=', recordId).execute();
			await recordTransition(trx, { interventionId: recordId, actorId: actor.id, from: status, to: 'submitted' });
		}
		return recordId;
	}));
}

/**
 * Staff enter or edit an intervention for a councillor ("her coach does it for her"):
 * an admin for anyone, a trainer only for a councillor she coaches.
 */
export async function assertMayEnterFor(db: Db, actor: Actor, learnerId: number): Promise<void> {
	if (actor.role === 'learner' || actor.role === 'admin') return;
	if (actor.role !== 'trainer' || !(await isCoachOf(db, actor.id, learnerId))) throw new Forbidden('council_not_your_councillor');
}

/** At most this many councillors in the staff entry picker; more are reached by searching. */
export const PICKER_LIMIT = 30;

/**
 * The councillors a staff member may enter an intervention for, matching a search on
 * name or login: a trainer's own councillors (those she coaches), every councillor for
 * an admin. At most PICKER_LIMIT, with whether there were more.
 */
export async function entryCouncillors(db: Db, actor: Actor, search: string) {
	let q = db
		.selectFrom('app_user as u')
		.select(['u.id', 'u.name_ar', 'u.name_latin', 'u.login', 'u.commune_id'])
		.where('u.role', '=', 'learner')
		.where('u.disabled_at', 'is', null);
	if (actor.role !== 'admin') q = q.where((eb) => eb.exists(eb.selectFrom('coach_assignment as a').select('a.learner_id').whereRef('a.learner_id', '=', 'u.id').where('a.coach_id', '=', actor.id)));
	const term = clean(search).slice(0, 100);
	if (term) {
		const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		q = q.where((eb) => eb.or([eb('u.name_ar', 'ilike', like), eb('u.name_latin', 'ilike', like), eb('u.login', 'ilike', like)]));
	}
	const rows = await q.orderBy('u.name_latin').orderBy('u.id').limit(PICKER_LIMIT + 1).execute();
	return { councillors: rows.slice(0, PICKER_LIMIT), more: rows.length > PICKER_LIMIT, search: term };
}

/** One councillor a staff member may enter for (see entryCouncillors), or null. */
export async function entryCouncillor(db: Db, actor: Actor, learnerId: number) {
	const row = await db
		.selectFrom('app_user as u')
		.select(['u.id', 'u.name_ar', 'u.name_latin', 'u.login', 'u.commune_id'])
		.where('u.id', '=', learnerId)
		.where('u.role', '=', 'learner')
		.where('u.disabled_at', 'is', null)
		.executeTakeFirst();
	if (!row) return null;
	try {
		await assertMayEnterFor(db, actor, learnerId);
	} catch {
		return null;
	}
	return row;
}

/** May this person see this record? Her own, or staff. */
export function mayRead(actor: Actor, it: { learnerId: number }): boolean {
	return actor.role === 'trainer' || actor.role === 'admin' || actor.id === it.learnerId;
}

/** One record with its history, if this person may see it (another councillor's is "not found"). */
export async function getIntervention(db: Db, actor: Actor, id: number) {
	const it = await findIntervention(db, id);
	if (!it || !mayRead(actor, it)) throw new NotFound();
	return { ...it, events: await interventionEvents(db, id) };
}

async function transition(db: Db, actor: Actor, id: number, action: InterventionAction, reason: string | null, now: Date) {
	await db.transaction().execute(async (trx) => {
		const locked = await lockIntervention(trx, id);
		if (!locked || !mayRead(actor, { learnerId: locked.learner_id })) throw new NotFound();
		if (!mayAct(actor, action, { learnerId: locked.learner_id, status: locked.status })) throw new Forbidden('council_not_allowed_now');
		if (action === 'submit' && !locked.evidence_file_id && !locked.evidence_url) throw new Invalid('council_evidence_required', { evidence: 'council_evidence_required' });
		const to = nextStatus(action, locked.status);
		await trx
			.updateTable('intervention')
			.set({
				status: to,
				updated_at: now,
				return_reason: action === 'return' ? reason : action === 'verify' ? null : undefined,
				verified_at: to === 'verified' ? now : null,
				verified_by: to === 'verified' ? actor.id : null
			})
			.where('id', '=', id)
			.execute();
		await recordTransition(trx, { interventionId: id, actorId: actor.id, from: locked.status, to, reason });
		// A verified intervention is evidence of the development-plan goal it serves.
		if (to === 'verified' && locked.goal_id !== null) await addGoalEvidence(trx, { goalId: locked.goal_id, interventionId: id, by: actor.id });
		if (action === 'verify' || action === 'return') {
			await recordAudit(trx, { actorId: actor.id, action: `intervention.${action}`, subjectType: 'intervention', subjectId: id, before: { status: locked.status }, after: { status: to, reason } });
		}
	});
}

export const submitIntervention = (db: Db, actor: Actor, id: number, now = new Date()) => transition(db, actor, id, 'submit', null, now);
export const verifyIntervention = (db: Db, actor: Actor, id: number, now = new Date()) => transition(db, actor, id, 'verify', null, now);

/** Back to the councillor with a reason she will read. */
export async function returnIntervention(db: Db, actor: Actor, id: number, rawReason: string, now = new Date()) {
	const reason = clean(rawReason);
	if (!reason) throw new Invalid('council_fix_fields', { reason: 'council_return_reason_required' });
	if (reason.length > LIMITS.returnReason) throw new Invalid('council_fix_fields', { reason: 'council_too_long' });
	await transition(db, actor, id, 'return', reason, now);
}

/** The councillor deletes one of her drafts (nothing submitted is ever deleted). */
export async function deleteDraft(db: Db, actor: Actor, id: number) {
	await db.transaction().execute(async (trx) => {
		const locked = await lockIntervention(trx, id);
		if (!locked || !mayRead(actor, { learnerId: locked.learner_id })) throw new NotFound();
		if (!mayAct(actor, 'delete', { learnerId: locked.learner_id, status: locked.status })) throw new Forbidden('council_not_allowed_now');
		await trx.deleteFrom('intervention').where('id', '=', id).execute();
	});
}

export type { InterventionView };

/** What the intervention form offers: topics and communes in the reader's language, her commune first, today in Morocco. */
export async function formChoices(db: Db, learnerId: number, locale: 'ar' | 'fr' | 'zgh', now = new Date()) {
	const [topics, communes, learner, goals] = await Promise.all([listTopics(db), listCommunes(db), learnerCommune(db, learnerId), goalsOfLearner(db, learnerId)]);
	const name = (c: { name_ar: string; name_fr: string }) => (locale === 'ar' ? c.name_ar : c.name_fr);
	const own = communes.filter((c) => c.id === learner?.commune_id);
	const rest = communes.filter((c) => c.id !== learner?.commune_id);
	return {
		topics: topics.map((t) => ({ id: t.id, code: t.code, label: t.label[locale] ?? t.label.fr ?? t.label.ar ?? t.code })),
		communes: [...own, ...rest].map((c) => ({ value: String(c.id), label: `${name(c)} (${locale === 'ar' ? c.province_ar : c.province_fr})` })),
		goals: goals.filter((g) => g.status !== 'completed').map((g) => ({ value: String(g.id), label: g.text })),
		ownCommuneId: learner?.commune_id ?? null,
		today: moroccoDay(now),
		max: { summary: LIMITS.summary, agendaItem: LIMITS.agendaItem, reason: LIMITS.reason }
	};
}
