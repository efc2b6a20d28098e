/** All SQL about communes' engagement, their activities and the engaged rule's settings. */
import { sql } from 'kysely';
import type { Db } from '../db/index';
import type { EngagedRule } from './rules';
import type { ActivityType, Audience, EngagementStatus } from './tables';

export async function getEngagedRule(db: Db): Promise<EngagedRule> {
	const s = await db.selectFrom('council_settings').selectAll().executeTakeFirst();
	if (!s) return { byAgreement: true, minActivities: 1, audiences: ['elected', 'staff'] };
	const audiences: Audience[] = [];
	if (s.engaged_audience_elected) audiences.push('elected');
	if (s.engaged_audience_staff) audiences.push('staff');
	if (s.engaged_audience_civil_society) audiences.push('civil_society');
	return { byAgreement: s.engaged_by_agreement, minActivities: s.engaged_min_activities, audiences };
}

export async function saveEngagedRule(db: Db, rule: EngagedRule, actorId: number) {
	await db
		.insertInto('council_settings')
		.values({
			id: true,
			engaged_by_agreement: rule.byAgreement,
			engaged_min_activities: rule.minActivities,
			engaged_audience_elected: rule.audiences.includes('elected'),
			engaged_audience_staff: rule.audiences.includes('staff'),
			engaged_audience_civil_society: rule.audiences.includes('civil_society'),
			updated_by: actorId,
			updated_at: new Date()
		} as never)
		.onConflict((oc) =>
			oc.column('id').doUpdateSet((eb) => ({
				engaged_by_agreement: eb.ref('excluded.engaged_by_agreement'),
				engaged_min_activities: eb.ref('excluded.engaged_min_activities'),
				engaged_audience_elected: eb.ref('excluded.engaged_audience_elected'),
				engaged_audience_staff: eb.ref('excluded.engaged_audience_staff'),
				engaged_audience_civil_society: eb.ref('excluded.engaged_audience_civil_society'),
				updated_by: eb.ref('excluded.updated_by'),
				updated_at: eb.ref('excluded.updated_at')
			}))
		)
		.execute();
}

export interface CommuneEngagementRow {
	communeId: number;
	nameAr: string;
	nameFr: string;
	provinceAr: string;
	provinceFr: string;
	status: EngagementStatus | null;
	contactedOn: string | null;
	agreementOn: string | null;
	engagedOn: string | null;
	activeOn: string | null;
	evidenceFileId: number | null;
	evidenceUrl: string | null;
	activities: number;
	/** Activities per audience, for the engaged rule. */
	byAudience: Record<Audience, number>;
	councillors: number;
	verifiedInterventions: number;
}

/**
 * The programme's communes (those with a councillor, an engagement record or an
 * activity), or one commune, each with its engagement and counts, in one query.
 */
export async function communeEngagement(db: Db, communeId?: number): Promise<CommuneEngagementRow[]> {
	let q = db
		.selectFrom('commune as c')
		.leftJoin('commune_engagement as e', 'e.commune_id', 'c.id')
		.select([
			'c.id',
			'c.name_ar',
			'c.name_fr',
			'c.province_ar',
			'c.province_fr',
			'e.status',
			sql<string | null>`e.contacted_on::text`.as('contacted_on'),
			sql<string | null>`e.agreement_on::text`.as('agreement_on'),
			sql<string | null>`e.engaged_on::text`.as('engaged_on'),
			sql<string | null>`e.active_on::text`.as('active_on'),
			'e.evidence_file_id',
			'e.evidence_url',
			sql<number>`(select count(*)::int from engagement_activity a where a.commune_id = c.id and a.audience = 'elected')`.as('elected'),
			sql<number>`(select count(*)::int from engagement_activity a where a.commune_id = c.id and a.audience = 'staff')`.as('staff'),
			sql<number>`(select count(*)::int from engagement_activity a where a.commune_id = c.id and a.audience = 'civil_society')`.as('civil_society'),
			sql<number>`(select count(*)::int from app_user u where u.commune_id = c.id and u.role = 'learner' and u.disabled_at is null)`.as('councillors'),
			sql<number>`(select count(*)::int from intervention i join council_sitting s on s.id = i.sitting_id where s.commune_id = c.id and i.status = 'verified')`.as('verified')
		]);
	if (communeId !== undefined) q = q.where('c.id', '=', communeId);
	else
		q = q.where((eb) =>
			eb.or([
				eb('e.commune_id', 'is not', null),
				eb.exists(eb.selectFrom('app_user as u').select('u.id').whereRef('u.commune_id', '=', 'c.id').where('u.role', '=', 'learner')),
				eb.exists(eb.selectFrom('engagement_activity as a').select('a.id').whereRef('a.commune_id', '=', 'c.id'))
			])
		);
	const rows = await q.orderBy('c.province_fr').orderBy('c.name_fr').execute();
	return rows.map((r) => ({
		communeId: r.id,
		nameAr: r.name_ar,
		nameFr: r.name_fr,
		provinceAr: r.province_ar,
		provinceFr: r.province_fr,
		status: r.status ?? null,
		contactedOn: r.contacted_on,
		agreementOn: r.agreement_on,
		engagedOn: r.engaged_on,
		activeOn: r.active_on,
		evidenceFileId: r.evidence_file_id ?? null,
		evidenceUrl: r.evidence_url ?? null,
		activities: r.elected + r.staff + r.civil_society,
		byAudience: { elected: r.elected, staff: r.staff, civil_society: r.civil_society },
		councillors: r.councillors,
		verifiedInterventions: r.verified
	}));
}

export interface ActivityView {
	id: number;
	heldOn: string;
	type: ActivityType;
	audience: Audience;
	women: number;
	men: number;
	evidenceFileId: number | null;
	evidenceUrl: string | null;
	note: string | null;
}

export async function activitiesOf(db: Db, communeId: number): Promise<ActivityView[]> {
	const rows = await db
		.selectFrom('engagement_activity')
		.select(['id', sql<string>`held_on::text`.as('held_on'), 'type', 'audience', 'women', 'men', 'evidence_file_id', 'evidence_url', 'note'])
		.where('commune_id', '=', communeId)
		.orderBy('held_on', 'desc')
		.execute();
	return rows.map((r) => ({ id: r.id, heldOn: r.held_on, type: r.type, audience: r.audience, women: r.women, men: r.men, evidenceFileId: r.evidence_file_id, evidenceUrl: r.evidence_url, note: r.note }));
}
