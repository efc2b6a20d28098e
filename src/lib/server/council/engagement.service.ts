/** Communes engaged (by the admin's rule), memos examined, and the admin's settings (topics, rule). */
import type { Db } from '../db/index';
import { Invalid, NotFound } from '../errors';
import { recordAudit } from '../audit/audit.repository';
import { activitiesOf, communeEngagement, getEngagedRule, saveEngagedRule, type CommuneEngagementRow } from './engagement.repository';
import { councillorsOfCommune, pageWithCounts, sittingsOfCommune } from './intervention.repository';
import { listMemos, type MemoView } from './memo.repository';
import { isEngaged, isExamined, type EngagedRule } from './rules';
import { AUDIENCES, type Audience } from './tables';

export interface CommuneWithRule extends CommuneEngagementRow {
	engaged: boolean;
}

const activitiesList = (r: CommuneEngagementRow) => AUDIENCES.flatMap((a) => Array.from({ length: r.byAudience[a] }, () => ({ audience: a })));

/** The programme's communes with "engaged" decided by the current rule (returned too, to show beside the count). */
export async function engagementReport(db: Db, communeId?: number): Promise<{ rule: EngagedRule; communes: CommuneWithRule[]; engaged: number }> {
	const [rule, rows] = await Promise.all([getEngagedRule(db), communeEngagement(db, communeId)]);
	const communes = rows.map((r) => ({ ...r, engaged: isEngaged(rule, { status: r.status, agreementOn: r.agreementOn, activities: activitiesList(r) }) }));
	return { rule, communes, engaged: communes.filter((c) => c.engaged).length };
}

export interface MemoWithExam extends MemoView {
	examined: boolean;
}

export async function memoRegister(db: Db, opts: { communeId?: number; id?: number } = {}): Promise<{ memos: MemoWithExam[]; examined: number }> {
	const memos = (await listMemos(db, opts)).map((m) => ({ ...m, examined: isExamined({ examinedOn: m.examinedOn, examinedBy: m.examinedBy, examEvidence: m.examEvidence, verified: m.verified }) }));
	return { memos, examined: memos.filter((m) => m.examined).length };
}

/** The admin sets the engaged rule; audited. */
export async function setEngagedRule(db: Db, actor: { id: number }, input: { byAgreement: boolean; minActivities: string; audiences: string[] }) {
	const min = Number(input.minActivities);
	if (!Number.isInteger(min) || min < 0 || min > 100) throw new Invalid('council_fix_fields', { minActivities: 'council_settings_rule_invalid' });
	const audiences = AUDIENCES.filter((a) => input.audiences.includes(a)) as Audience[];
	const rule: EngagedRule = { byAgreement: input.byAgreement, minActivities: min, audiences };
	await db.transaction().execute(async (trx) => {
		const before = await getEngagedRule(trx);
		await saveEngagedRule(trx, rule, actor.id);
		await recordAudit(trx, { actorId: actor.id, action: 'council.engaged_rule', subjectType: 'council_settings', subjectId: 1, before, after: rule });
	});
	return rule;
}

const CODE = /^[a-z0-9_]{1,40}$/;

/** The admin adds a topic tag; audited. */
export async function addTopic(db: Db, actor: { id: number }, input: { code: string; ar: string; fr: string; zgh: string }) {
	const code = input.code.trim();
	const label = { ar: input.ar.trim(), fr: input.fr.trim(), ...(input.zgh.trim() ? { zgh: input.zgh.trim() } : {}) };
	const errors: Record<string, string> = {};
	if (!CODE.test(code) || (await db.selectFrom('council_topic').select('id').where('code', '=', code).executeTakeFirst())) errors.code = 'council_settings_topic_code_invalid';
	if (!label.ar) errors.ar = 'council_settings_topic_label_required';
	if (!label.fr) errors.fr = 'council_settings_topic_label_required';
	if ([label.ar, label.fr, label.zgh ?? ''].some((s) => s.length > 80)) errors.fr = 'council_too_long';
	if (Object.keys(errors).length) throw new Invalid('council_fix_fields', errors);
	await db.transaction().execute(async (trx) => {
		const last = await trx.selectFrom('council_topic').select((eb) => eb.fn.max('position').as('p')).executeTakeFirst();
		const row = await trx
			.insertInto('council_topic')
			.values({ code, label: JSON.stringify(label), position: Number(last?.p ?? 0) + 1 })
			.returning('id')
			.executeTakeFirstOrThrow();
		await recordAudit(trx, { actorId: actor.id, action: 'council.topic.add', subjectType: 'council_topic', subjectId: row.id, after: { code, label } });
	});
}

/** Takes a topic out of the list offered (records keep it), or puts it back; audited. */
export async function archiveTopic(db: Db, actor: { id: number }, topicId: number, archived: boolean) {
	await db.transaction().execute(async (trx) => {
		const row = await trx
			.updateTable('council_topic')
			.set({ archived_at: archived ? new Date() : null })
			.where('id', '=', topicId)
			.returning('code')
			.executeTakeFirst();
		if (!row) throw new Invalid('council_fix_fields', { topic: 'council_choose' });
		await recordAudit(trx, { actorId: actor.id, action: archived ? 'council.topic.archive' : 'council.topic.restore', subjectType: 'council_topic', subjectId: topicId });
	});
}

/** How many sittings and interventions the commune page shows at a time. */
export const COMMUNE_PAGE_SIZE = 20;

/**
 * Everything about one commune: its councillors, sittings, interventions, memos, activities and engagement.
 * Sittings and interventions grow with every council session: a page of each (`sittingPage`, `interventionPage`).
 */
export async function communeDetail(db: Db, communeId: number, pages: { sittings?: number; interventions?: number } = {}) {
	const slice = (n = 1) => ({ limit: COMMUNE_PAGE_SIZE, offset: (Math.max(1, n) - 1) * COMMUNE_PAGE_SIZE });
	const [report, councillors, sittings, interventions, memos, activities] = await Promise.all([
		engagementReport(db, communeId),
		councillorsOfCommune(db, communeId),
		sittingsOfCommune(db, communeId, slice(pages.sittings)),
		pageWithCounts(db, { communeId }, slice(pages.interventions)),
		memoRegister(db, { communeId }),
		activitiesOf(db, communeId)
	]);
	const commune = report.communes[0];
	if (!commune) throw new NotFound();
	const pagesOf = (total: number) => Math.max(1, Math.ceil(total / COMMUNE_PAGE_SIZE));
	return {
		commune,
		rule: report.rule,
		councillors,
		sittings: sittings.items,
		sittingPages: pagesOf(sittings.total),
		interventions: interventions.items,
		interventionPages: pagesOf(interventions.total),
		memos: memos.memos,
		activities
	};
}
