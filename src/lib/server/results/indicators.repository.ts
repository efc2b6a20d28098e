/**
 * All SQL of the indicators. Every rule of rules.ts is one branch of a single `ev` (events) CTE:
 * one row per counted record, with its day in Morocco, its commune, an optional extra dimension and
 * its evidence file; evidence-only rows have a null key so they never count as values.
 * One statement then aggregates every indicator, every breakdown and the evidence counts.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/index';
import type { Localized } from '../../localized';
import type { EngagedRule } from '../council/rules';

const TZ = sql.lit('Africa/Casablanca');
const dayOf = (col: string) => sql`(${sql.raw(col)} at time zone ${TZ})::date`;
export const OPEN_FROM = '0001-01-01';
export const OPEN_TO = '9999-12-31';

/** The events of every rule (see rules.ts for what each counts). */
function events(rule: EngagedRule): RawBuilder<unknown> {
	const aud = rule.audiences.length ? sql.join(rule.audiences.map((a) => sql.lit(a))) : sql.lit('-');
	const min = rule.minActivities;
	return sql`
	engaged as (
		select x.commune_id, x.day, x.file_id from (
			select cm.id as commune_id, e.evidence_file_id as file_id, least(
				case when ${sql.lit(rule.byAgreement)} then coalesce(e.agreement_on,
					case when e.status in ('agreement_signed', 'engaged', 'active') then coalesce(e.engaged_on, e.active_on, ${dayOf('e.updated_at')}) end) end,
				case when ${sql.lit(min)} > 0 then (select a.held_on from engagement_activity a where a.commune_id = cm.id and a.audience in (${aud})
					order by a.held_on offset ${sql.lit(Math.max(min - 1, 0))} limit 1) end
			) as day
			from commune cm left join commune_engagement e on e.commune_id = cm.id
			where e.commune_id is not null or exists (select 1 from engagement_activity a where a.commune_id = cm.id)
		) x where x.day is not null
	),
	examined as (
		select m.id, m.examined_on as day, m.examined_by, m.title_fr from memo m
		where m.examined_on is not null and m.examined_by is not null and m.verified_at is not null
			and exists (select 1 from memo_event e where e.memo_id = m.id and e.step = 'examined' and (e.file_id is not null or e.url is not null))
	),
	held as (
		select s.id, s.learner_id, s.mode, ${dayOf('s.starts_at')} as day from coaching_session s where s.status = 'held'
	),
	her_cohort as (
		-- The cohort a woman's figures are shown under: the first she joined (the programme puts each in one).
		select distinct on (m.user_id) m.user_id, m.cohort_id from cohort_member m order by m.user_id, m.added_at, m.cohort_id
	),
	ev(rule, key, commune_id, day, extra, extra_label, file_id, num, den, rkind, rid, person_id) as (
		select 'communes_engaged', g.commune_id::text, g.commune_id, g.day, null::text, null::jsonb, g.file_id, null::float8, null::float8, 'commune', g.commune_id::text, null::int from engaged g
		union all
		select 'communes_engaged', null, a.commune_id, a.held_on, null, null, a.evidence_file_id, null, null, 'activity', a.id::text, null
			from engagement_activity a join engaged g on g.commune_id = a.commune_id
			where a.evidence_file_id is not null and a.audience in (${aud})
		union all
		select 'interventions_verified', i.id::text, s.commune_id, s.sitting_date, s.type, null, i.evidence_file_id, null, null, 'intervention', i.id::text, i.learner_id
			from intervention i join council_sitting s on s.id = i.sitting_id where i.status = 'verified'
		union all
		select 'women_intervening', i.learner_id::text, u.commune_id, s.sitting_date, null, null, i.evidence_file_id, null, null, 'intervention', i.id::text, i.learner_id
			from intervention i join council_sitting s on s.id = i.sitting_id join app_user u on u.id = i.learner_id where i.status = 'verified'
		union all
		select 'memos_examined', x.id::text, mc.commune_id, x.day, x.examined_by, null, null, null, null, 'memo', x.id::text, null
			from examined x left join memo_commune mc on mc.memo_id = x.id
		union all
		select 'memos_examined', null, null, x.day, null, null, e.file_id, null, null, 'memo', x.id::text, null
			from examined x join memo_event e on e.memo_id = x.id and e.file_id is not null
		union all
		select 'women_completed_programme', c.user_id::text, u.commune_id, c.day, null, null, null, null, null, 'learner', c.user_id::text, c.user_id
			from (
				select c.user_id, m.programme_id, max(${dayOf('c.issued_at')}) as day, count(distinct c.module_id) as n
				from certificate c join module m on m.id = c.module_id
				where c.revoked_at is null and c.replaced_at is null and m.cert_required_for_programme and m.status = 'published'
				group by c.user_id, m.programme_id
			) c
			join (select programme_id, count(*) as n from module where cert_required_for_programme and status = 'published' and programme_id is not null group by programme_id) r
				on r.programme_id = c.programme_id and r.n = c.n
			join app_user u on u.id = c.user_id
		union all
		select 'coaching_sessions_held', h.id::text, u.commune_id, h.day, h.mode, null, null, null, null, 'coaching_session', h.id::text, h.learner_id
			from held h join app_user u on u.id = h.learner_id
		union all
		select 'women_active_plan', p.learner_id::text, u.commune_id, ${dayOf('p.approved_at')}, null, null, null, null, null, 'development_plan', p.id::text, p.learner_id
			from development_plan p join app_user u on u.id = p.learner_id where p.status = 'active' and p.approved_at is not null
		union all
		select 'women_hybrid_coached', w.learner_id::text, u.commune_id, greatest(w.first_in_person, w.first_remote), null, null, null, null, null, 'learner', w.learner_id::text, w.learner_id
			from (
				select learner_id, min(day) filter (where mode in ('in_person', 'hybrid')) as first_in_person, min(day) filter (where mode in ('video', 'phone', 'hybrid')) as first_remote
				from held group by learner_id
			) w join app_user u on u.id = w.learner_id
			where w.first_in_person is not null and w.first_remote is not null
		union all
		select 'hybrid_contacts', null, u.commune_id, h.day, case when h.mode = 'in_person' then 'in_person' when h.mode = 'hybrid' then 'hybrid' else 'remote' end, null, null, 1, null, 'coaching_session', h.id::text, h.learner_id
			from held h join app_user u on u.id = h.learner_id
		union all
		select 'hybrid_contacts', null, u.commune_id, ${dayOf('c.at')}, case when c.mode = 'visit' then 'in_person' else 'remote' end, null, null, 1, null, 'support_contact', c.id::text, c.learner_id
			from support_contact c join app_user u on u.id = c.learner_id where c.mode in ('call', 'whatsapp', 'sms', 'visit')
		union all
		select 'certificates_issued', c.id::text, u.commune_id, ${dayOf('c.issued_at')}, 'm' || c.module_id, m.title, null, null, null, 'certificate', c.id::text, c.user_id
			from certificate c join module m on m.id = c.module_id join app_user u on u.id = c.user_id
			where c.revoked_at is null and c.replaced_at is null
		union all
		select 'quiz_gain', g.user_id || ':' || g.module_id, u.commune_id, g.day, 'm' || g.module_id, m.title, null, g.gain, null, 'learner', g.user_id::text, g.user_id
			from (
				select a.user_id, q.module_id,
					max(a.score_pct) filter (where q.kind = 'post') - max(a.score_pct) filter (where q.kind = 'pre') as gain,
					max(${dayOf('a.submitted_at')}) filter (where q.kind = 'post') as day
				from quiz_attempt a join quiz q on q.id = a.quiz_id
				where a.submitted_at is not null and a.score_pct is not null and q.kind in ('pre', 'post')
				group by a.user_id, q.module_id
			) g join module m on m.id = g.module_id join app_user u on u.id = g.user_id
			where g.gain is not null
		union all
		select 'attendance_rate', a.id::text, u.commune_id, ${dayOf('cs.starts_at')}, coalesce(a.how, case when cs.mode = 'remote' then 'remote' else 'in_person' end), null, cs.sheet_file_id,
				case when a.status in ('present', 'late') then 1 else 0 end,
				case when a.status = 'excused' and m.excused_not_counted then 0 else 1 end, 'class_session', cs.id::text, a.user_id
			from attendance a join class_session cs on cs.id = a.class_session_id join module m on m.id = cs.module_id join app_user u on u.id = a.user_id
			where cs.cancelled_at is null
	)`;
}

export interface AggregateRow {
	rule: string;
	dim: 'total' | 'commune' | 'province' | 'cohort' | 'extra';
	key: string | null;
	label_ar: string | null;
	label_fr: string | null;
	extra_label: Localized | null;
	actual_n: number;
	actual_k: number;
	actual_sum: number | null;
	actual_den: number | null;
	actual_avg: number | null;
	cum_n: number;
	cum_k: number;
	cum_sum: number | null;
	cum_den: number | null;
	cum_avg: number | null;
	files: number;
}

/** Every rule × (total, commune, province, cohort, extra) in one statement. Period bounds are days in Morocco, inclusive. */
export async function aggregates(db: Db, rule: EngagedRule, from: string, to: string): Promise<AggregateRow[]> {
	const inP = sql`ev.day >= ${from}::date and ev.day <= ${to}::date`;
	const upTo = sql`ev.day <= ${to}::date`;
	const { rows } = await sql<AggregateRow>`
	with ${events(rule)}
	select ev.rule,
		case when grouping(cm.id) = 0 then 'commune' when grouping(cm.province_fr) = 0 then 'province' when grouping(co.id) = 0 then 'cohort' when grouping(ev.extra) = 0 then 'extra' else 'total' end as dim,
		case when grouping(cm.id) = 0 then cm.id::text when grouping(cm.province_fr) = 0 then cm.province_fr when grouping(co.id) = 0 then co.id::text when grouping(ev.extra) = 0 then ev.extra end as key,
		case when grouping(cm.id) = 0 then max(cm.name_ar) when grouping(cm.province_fr) = 0 then max(cm.province_ar) when grouping(co.id) = 0 then max(co.name) end as label_ar,
		case when grouping(cm.id) = 0 then max(cm.name_fr) when grouping(cm.province_fr) = 0 then max(cm.province_fr) when grouping(co.id) = 0 then max(co.name) end as label_fr,
		(array_agg(ev.extra_label) filter (where ev.extra_label is not null))[1] as extra_label,
		(count(*) filter (where ${inP}))::int as actual_n,
		(count(distinct ev.key) filter (where ${inP}))::int as actual_k,
		(sum(ev.num) filter (where ${inP}))::float8 as actual_sum,
		(sum(ev.den) filter (where ${inP}))::float8 as actual_den,
		(avg(ev.num) filter (where ${inP}))::float8 as actual_avg,
		(count(*) filter (where ${upTo}))::int as cum_n,
		(count(distinct ev.key) filter (where ${upTo}))::int as cum_k,
		(sum(ev.num) filter (where ${upTo}))::float8 as cum_sum,
		(sum(ev.den) filter (where ${upTo}))::float8 as cum_den,
		(avg(ev.num) filter (where ${upTo}))::float8 as cum_avg,
		(count(distinct ev.file_id) filter (where ${upTo}))::int as files
	from ev left join commune cm on cm.id = ev.commune_id
		left join her_cohort hc on hc.user_id = ev.person_id left join cohort co on co.id = hc.cohort_id
	group by grouping sets ((ev.rule), (ev.rule, cm.id), (ev.rule, cm.province_fr), (ev.rule, co.id), (ev.rule, ev.extra))
	`.execute(db);
	return rows;
}

/** How many records one woman can have before she lands in the last group ("5 or more"). */
export const PER_WOMAN_BUCKETS = ['0', '1', '2', '3-4', '5+'] as const;
export type PerWomanBucket = (typeof PER_WOMAN_BUCKETS)[number];

/**
 * For rules that count records a woman makes or receives: how many women have 0, 1, 2, 3–4, 5 or more of
 * them up to the end of the period, among the councillors (active learners, and any woman with a record), so
 * a figure carried by a few women shows it.
 */
export async function perWoman(db: Db, rule: EngagedRule, rules: readonly string[], to: string): Promise<{ rule: string; bucket: PerWomanBucket; women: number }[]> {
	if (!rules.length) return [];
	const { rows } = await sql<{ rule: string; bucket: PerWomanBucket; women: number }>`
	with ${events(rule)},
	per as (
		select ev.rule, ev.person_id, count(distinct ev.key) as n from ev
		where ev.rule in (${sql.join(rules.map((r) => sql.lit(r)))}) and ev.key is not null and ev.person_id is not null and ev.day <= ${to}::date
		group by ev.rule, ev.person_id
	),
	women as (select id from app_user where role = 'learner' and disabled_at is null union select person_id from per)
	select r.rule, case when p.n is null then '0' when p.n = 1 then '1' when p.n = 2 then '2' when p.n <= 4 then '3-4' else '5+' end as bucket, count(*)::int as women
	from (values ${sql.join(rules.map((r) => sql`(${sql.lit(r)})`))}) r(rule) cross join women w left join per p on p.rule = r.rule and p.person_id = w.id
	group by 1, 2
	`.execute(db);
	return rows;
}

/** For count rules: how many records or people had first counted by the end of each month (for the cumulative line). */
export async function firstCountedByMonth(db: Db, rule: EngagedRule, to: string): Promise<{ rule: string; month: string; n: number }[]> {
	const { rows } = await sql<{ rule: string; month: string; n: number }>`
	with ${events(rule)}
	select f.rule, to_char(f.day, 'YYYY-MM') as month, count(*)::int as n
	from (select ev.rule, ev.key, min(ev.day) as day from ev where ev.key is not null and ev.day <= ${to}::date group by ev.rule, ev.key) f
	group by f.rule, to_char(f.day, 'YYYY-MM') order by 2
	`.execute(db);
	return rows;
}

export interface EvidenceRow {
	rule: string;
	rkind: string;
	rid: string;
	day: string;
	file_id: number;
	file_name: string;
	commune_fr: string | null;
}

/** The stored files behind each rule's records whose day falls within the period. */
export async function evidenceRows(db: Db, rule: EngagedRule, from: string, to: string): Promise<EvidenceRow[]> {
	const { rows } = await sql<EvidenceRow>`
	with ${events(rule)}
	select distinct ev.rule, ev.rkind, ev.rid, ev.day::text as day, ev.file_id, f.original_name as file_name, cm.name_fr as commune_fr
	from ev join stored_file f on f.id = ev.file_id left join commune cm on cm.id = ev.commune_id
	where ev.file_id is not null and ev.rule <> 'hybrid_contacts' and ev.day >= ${from}::date and ev.day <= ${to}::date
	order by 1, 4, 3
	`.execute(db);
	return rows;
}

export interface RecordRow {
	rkind: string;
	rid: string;
	day: string;
	commune_id: number | null;
	commune_ar: string | null;
	commune_fr: string | null;
	extra: string | null;
	file_id: number | null;
	file_name: string | null;
	person_id: number | null;
	person_ar: string | null;
	person_latin: string | null;
}

/** The records behind one rule within the period, newest first, with the person and the evidence (admin drill-down). */
export async function recordsOf(db: Db, rule: EngagedRule, ruleId: string, from: string, to: string, limit: number): Promise<RecordRow[]> {
	const { rows } = await sql<RecordRow>`
	with ${events(rule)}
	select ev.rkind, ev.rid, ev.day::text as day, ev.commune_id, cm.name_ar as commune_ar, cm.name_fr as commune_fr, ev.extra, ev.file_id, f.original_name as file_name,
		ev.person_id, u.name_ar as person_ar, u.name_latin as person_latin
	from ev left join commune cm on cm.id = ev.commune_id left join app_user u on u.id = ev.person_id left join stored_file f on f.id = ev.file_id
	where ev.rule = ${ruleId} and ev.day >= ${from}::date and ev.day <= ${to}::date
	order by ev.day desc, ev.rkind, ev.rid
	limit ${limit}
	`.execute(db);
	return rows;
}

export interface CountRow {
	commune_id: number | null;
	commune_ar: string | null;
	commune_fr: string | null;
	province_fr: string | null;
	month: string;
	n: number;
}

/** How many records (or people) behind one rule, by commune and month, within the period: no names (observer drill-down). */
export async function countsOf(db: Db, rule: EngagedRule, ruleId: string, from: string, to: string): Promise<CountRow[]> {
	const { rows } = await sql<CountRow>`
	with ${events(rule)}
	select ev.commune_id, max(cm.name_ar) as commune_ar, max(cm.name_fr) as commune_fr, max(cm.province_fr) as province_fr, to_char(ev.day, 'YYYY-MM') as month,
		count(distinct coalesce(ev.key, ev.rkind || ev.rid))::int as n
	from ev left join commune cm on cm.id = ev.commune_id
	where ev.rule = ${ruleId} and ev.day >= ${from}::date and ev.day <= ${to}::date
	group by ev.commune_id, to_char(ev.day, 'YYYY-MM')
	order by max(cm.province_fr), max(cm.name_fr), 5
	`.execute(db);
	return rows;
}
