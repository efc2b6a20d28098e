/** All SQL about sittings, interventions and their history. */
import { sql, type ExpressionBuilder } from 'kysely';
import type { Db } from '../db/index';
import type { Database } from '../db/schema';
import type { InterventionKind, InterventionStatus, Outcome, SittingType, SummaryLang } from './tables';
import type { Localized } from '../../localized';


export interface InterventionView {
	id: number;
	status: InterventionStatus;
	kind: InterventionKind;
	outcome: Outcome;
	gender: boolean;
	summary: string;
	summaryLang: SummaryLang;
	agendaItem: string;
	returnReason: string | null;
	outOfCommuneReason: string | null;
	goalId: number | null;
	goalText: string | null;
	/** Who typed it in: the councillor herself, or staff for her. */
	createdBy: number | null;
	enteredByStaff: boolean;
	enteredByAr: string | null;
	enteredByLatin: string | null;
	evidenceFileId: number | null;
	evidenceUrl: string | null;
	updatedAt: Date;
	sittingId: number;
	sittingDate: string;
	sittingType: SittingType;
	communeId: number;
	communeAr: string;
	communeFr: string;
	provinceAr: string;
	provinceFr: string;
	learnerId: number;
	login: string;
	nameAr: string;
	nameLatin: string;
	topics: string[];
}

export interface InterventionFilter {
	learnerId?: number;
	status?: InterventionStatus;
	communeId?: number;
	/** French name of the province. */
	province?: string;
	kind?: InterventionKind;
	from?: string;
	to?: string;
}

function base(db: Db) {
	return db
		.selectFrom('intervention as i')
		.innerJoin('council_sitting as s', 's.id', 'i.sitting_id')
		.innerJoin('commune as c', 'c.id', 's.commune_id')
		.innerJoin('app_user as u', 'u.id', 'i.learner_id');
}

type Q = ReturnType<typeof base>;

function filtered(q: Q, f: InterventionFilter): Q {
	if (f.learnerId !== undefined) q = q.where('i.learner_id', '=', f.learnerId);
	if (f.status) q = q.where('i.status', '=', f.status);
	if (f.communeId !== undefined) q = q.where('c.id', '=', f.communeId);
	if (f.province) q = q.where('c.province_fr', '=', f.province);
	if (f.kind) q = q.where('i.kind', '=', f.kind);
	if (f.from) q = q.where('s.sitting_date', '>=', f.from);
	if (f.to) q = q.where('s.sitting_date', '<=', f.to);
	return q;
}

const topicCodes = (eb: ExpressionBuilder<Database & { i: Database['intervention'] }, 'i'>) =>
	eb
		.selectFrom('intervention_topic as it')
		.innerJoin('council_topic as t', 't.id', 'it.topic_id')
		.select(sql<string[]>`coalesce(json_agg(t.code order by t.position), '[]'::json)`.as('codes'))
		.whereRef('it.intervention_id', '=', 'i.id');

function selectView(q: Q) {
	return q
		.leftJoin('plan_goal as g', 'g.id', 'i.goal_id')
		.leftJoin('app_user as eb', (j) => j.onRef('eb.id', '=', 'i.created_by').onRef('eb.id', '<>', 'i.learner_id'))
		.select((eb) => [
		'i.id',
		'i.status',
		'i.kind',
		'i.outcome',
		'i.gender',
		'i.summary',
		'i.summary_lang',
		'i.agenda_item',
		'i.return_reason',
		'i.out_of_commune_reason',
		'i.goal_id',
		'g.text as goal_text',
		'i.created_by',
		'eb.name_ar as entered_by_ar',
		'eb.name_latin as entered_by_latin',
		'i.evidence_file_id',
		'i.evidence_url',
		'i.updated_at',
		's.id as sitting_id',
		sql<string>`s.sitting_date::text`.as('sitting_date'),
		's.type as sitting_type',
		'c.id as commune_id',
		'c.name_ar as commune_ar',
		'c.name_fr as commune_fr',
		'c.province_ar',
		'c.province_fr',
		'u.id as learner_id',
		'u.login',
		'u.name_ar',
		'u.name_latin',
		topicCodes(eb as never).as('topics')
	]);
}

type RawView = Awaited<ReturnType<ReturnType<typeof selectView>['executeTakeFirstOrThrow']>>;

const toView = (r: RawView): InterventionView => ({
	id: r.id,
	status: r.status,
	kind: r.kind,
	outcome: r.outcome,
	gender: r.gender,
	summary: r.summary,
	summaryLang: r.summary_lang,
	agendaItem: r.agenda_item,
	returnReason: r.return_reason,
	outOfCommuneReason: r.out_of_commune_reason,
	goalId: r.goal_id,
	goalText: r.goal_text,
	createdBy: r.created_by,
	enteredByStaff: r.created_by !== null && r.created_by !== r.learner_id,
	enteredByAr: r.entered_by_ar,
	enteredByLatin: r.entered_by_latin,
	evidenceFileId: r.evidence_file_id,
	evidenceUrl: r.evidence_url,
	updatedAt: r.updated_at,
	sittingId: r.sitting_id,
	sittingDate: r.sitting_date,
	sittingType: r.sitting_type,
	communeId: r.commune_id,
	communeAr: r.commune_ar,
	communeFr: r.commune_fr,
	provinceAr: r.province_ar,
	provinceFr: r.province_fr,
	learnerId: r.learner_id,
	login: r.login,
	nameAr: r.name_ar,
	nameLatin: r.name_latin,
	topics: (r.topics as unknown as string[] | null) ?? []
});

/** Interventions matching the filter, newest sitting first (the queue: oldest update first). */
export async function listInterventions(
	db: Db,
	f: InterventionFilter,
	page: { limit: number; offset: number } = { limit: 1000, offset: 0 },
	order: 'newest' | 'oldest_update' = 'newest'
): Promise<InterventionView[]> {
	let q = selectView(filtered(base(db), f));
	q = order === 'newest' ? q.orderBy('s.sitting_date', 'desc').orderBy('i.id', 'desc') : q.orderBy('i.updated_at').orderBy('i.id');
	return (await q.limit(page.limit).offset(page.offset).execute()).map(toView);
}

/**
 * One page of a filter's interventions with the filter's total and verified count, in one
 * statement (window counts): the councillor's activity page needs all three on every visit.
 */
export async function pageWithCounts(
	db: Db,
	f: InterventionFilter,
	page: { limit: number; offset: number },
	order: 'newest' | 'oldest_update' = 'newest'
): Promise<{ items: InterventionView[]; total: number; verified: number }> {
	let q = selectView(filtered(base(db), f)).select([
		sql<number>`(count(*) over ())::int`.as('total_n'),
		sql<number>`(count(*) filter (where i.status = 'verified') over ())::int`.as('verified_n')
	]);
	q = order === 'newest' ? q.orderBy('s.sitting_date', 'desc').orderBy('i.id', 'desc') : q.orderBy('i.updated_at').orderBy('i.id');
	const rows = await q
		.limit(page.limit)
		.offset(page.offset)
		.execute();
	if (rows.length === 0 && page.offset > 0) {
		const [total, verified] = await Promise.all([countInterventions(db, f), countInterventions(db, { ...f, status: 'verified' })]);
		return { items: [], total, verified };
	}
	return { items: rows.map(toView), total: rows[0]?.total_n ?? 0, verified: rows[0]?.verified_n ?? 0 };
}

export async function countInterventions(db: Db, f: InterventionFilter): Promise<number> {
	const row = await filtered(base(db), f).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
	return row.n;
}

export async function findIntervention(db: Db, id: number): Promise<InterventionView | null> {
	const row = await selectView(base(db)).where('i.id', '=', id).executeTakeFirst();
	return row ? toView(row) : null;
}

/** The record's owner and status, locked for the transition. */
export async function lockIntervention(db: Db, id: number) {
	return db.selectFrom('intervention').select(['id', 'learner_id', 'status', 'evidence_file_id', 'evidence_url', 'goal_id']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export interface InterventionEventView {
	at: Date;
	fromStatus: InterventionStatus | null;
	toStatus: InterventionStatus;
	reason: string | null;
	actorAr: string | null;
	actorLatin: string | null;
}

export async function interventionEvents(db: Db, id: number): Promise<InterventionEventView[]> {
	const rows = await db
		.selectFrom('intervention_event as e')
		.leftJoin('app_user as u', 'u.id', 'e.actor_id')
		.select(['e.at', 'e.from_status', 'e.to_status', 'e.reason', 'u.name_ar', 'u.name_latin'])
		.where('e.intervention_id', '=', id)
		.orderBy('e.id')
		.execute();
	return rows.map((r) => ({ at: r.at, fromStatus: r.from_status, toStatus: r.to_status, reason: r.reason, actorAr: r.name_ar, actorLatin: r.name_latin }));
}

export async function recordTransition(db: Db, e: { interventionId: number; actorId: number | null; from: InterventionStatus | null; to: InterventionStatus; reason?: string | null }) {
	await db.insertInto('intervention_event').values({ intervention_id: e.interventionId, actor_id: e.actorId, from_status: e.from, to_status: e.to, reason: e.reason ?? null }).execute();
}

/** The sitting of a commune on a day, of a type: found, or created. */
export async function sittingId(db: Db, s: { communeId: number; date: string; type: SittingType; createdBy: number | null }): Promise<number> {
	const found = await db
		.selectFrom('council_sitting')
		.select('id')
		.where('commune_id', '=', s.communeId)
		.where('sitting_date', '=', s.date)
		.where('type', '=', s.type)
		.orderBy('id')
		.executeTakeFirst();
	if (found) return found.id;
	const row = await db
		.insertInto('council_sitting')
		.values({ commune_id: s.communeId, sitting_date: s.date, type: s.type, created_by: s.createdBy })
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function setTopics(db: Db, interventionId: number, topicIds: number[]) {
	await db.deleteFrom('intervention_topic').where('intervention_id', '=', interventionId).execute();
	if (topicIds.length) await db.insertInto('intervention_topic').values(topicIds.map((topic_id) => ({ intervention_id: interventionId, topic_id }))).execute();
}

export interface Topic {
	id: number;
	code: string;
	label: Localized;
	archived: boolean;
}

export async function listTopics(db: Db, opts: { withArchived?: boolean } = {}): Promise<Topic[]> {
	let q = db.selectFrom('council_topic').select(['id', 'code', 'label', 'archived_at']).orderBy('position').orderBy('id');
	if (!opts.withArchived) q = q.where('archived_at', 'is', null);
	return (await q.execute()).map((r) => ({ id: r.id, code: r.code, label: r.label, archived: r.archived_at !== null }));
}

export async function learnerCommune(db: Db, userId: number) {
	return db.selectFrom('app_user').select(['id', 'role', 'commune_id']).where('id', '=', userId).executeTakeFirst();
}

export async function listCommunes(db: Db) {
	return db.selectFrom('commune').select(['id', 'name_ar', 'name_fr', 'province_ar', 'province_fr']).orderBy('province_fr').orderBy('name_fr').execute();
}

/** Does this file serve as evidence of one of her own council records? */
export async function isOwnCouncilFile(db: Db, userId: number, fileId: number): Promise<boolean> {
	const row = await db.selectFrom('intervention').select('id').where('evidence_file_id', '=', fileId).where('learner_id', '=', userId).limit(1).executeTakeFirst();
	return Boolean(row);
}

/** Counts per status for a filter (one query). */
export async function countByStatus(db: Db, f: InterventionFilter): Promise<Record<InterventionStatus, number>> {
	const { status: _ignored, ...rest } = f;
	void _ignored;
	const rows = await filtered(base(db), rest).select(['i.status', sql<number>`count(*)::int`.as('n')]).groupBy('i.status').execute();
	const out: Record<InterventionStatus, number> = { draft: 0, submitted: 0, verified: 0, returned: 0 };
	for (const r of rows) out[r.status] = r.n;
	return out;
}

/** A commune's sittings, newest first, with how many interventions each has: one page, and how many in all. */
export async function sittingsOfCommune(db: Db, communeId: number, page: { limit: number; offset: number }) {
	const rows = await db
		.selectFrom('council_sitting as s')
		.select([
			's.id',
			sql<string>`s.sitting_date::text`.as('sitting_date'),
			's.type',
			's.agenda',
			sql<number>`(select count(*)::int from intervention i where i.sitting_id = s.id)`.as('interventions'),
			sql<number>`(count(*) over ())::int`.as('total_n')
		])
		.where('s.commune_id', '=', communeId)
		.orderBy('s.sitting_date', 'desc')
		.orderBy('s.id', 'desc')
		.limit(page.limit)
		.offset(page.offset)
		.execute();
	const total =
		rows[0]?.total_n ??
		(page.offset > 0 ? (await db.selectFrom('council_sitting').select(sql<number>`count(*)::int`.as('n')).where('commune_id', '=', communeId).executeTakeFirstOrThrow()).n : 0);
	return { total, items: rows.map((r) => ({ id: r.id, date: r.sitting_date, type: r.type, agenda: r.agenda, interventions: r.interventions })) };
}

export async function councillorsOfCommune(db: Db, communeId: number) {
	return db.selectFrom('app_user').select(['id', 'name_ar', 'name_latin']).where('commune_id', '=', communeId).where('role', '=', 'learner').orderBy('name_latin').execute();
}

/** The goals of her development plan she may link an intervention to (not the completed ones), in plan order. */
export async function goalsOfLearner(db: Db, learnerId: number) {
	return db
		.selectFrom('plan_goal as g')
		.innerJoin('development_plan as p', 'p.id', 'g.plan_id')
		.select(['g.id', 'g.text', 'g.status'])
		.where('p.learner_id', '=', learnerId)
		.orderBy('g.position')
		.orderBy('g.id')
		.execute();
}

/** A verified intervention becomes evidence of the goal it serves (once). */
export async function addGoalEvidence(db: Db, e: { goalId: number; interventionId: number; by: number }) {
	await db
		.insertInto('goal_evidence')
		.values({ goal_id: e.goalId, kind: 'intervention', intervention_id: e.interventionId, note: '', added_by: e.by })
		.onConflict((oc) => oc.columns(['goal_id', 'intervention_id']).where('intervention_id', 'is not', null).doNothing())
		.execute();
}
