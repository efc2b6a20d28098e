// The funders' figures: counted in SQL, from held sessions and contacts only. No private notes here.
import { sql } from 'kysely';
import type { Db } from '../db/index';
import { toCsv } from '../enrolment/csv';
import { excelTime } from '../enrolment/exports';
import { getSettings } from './coaching.repository';
import type { Localized } from '../../localized';


export async function overview(db: Db) {
	const [settings, totals, byMode, byCommune, byNeed] = await Promise.all([
		getSettings(db),
		sql<{ held: number; learners_held: number; active_plans: number; supported: number; both: number }>`
			with kinds as (
				select learner_id, mode in ('in_person', 'hybrid') as in_person, mode in ('video', 'phone', 'hybrid') as remote from coaching_session where status = 'held'
				union all
				select learner_id, mode = 'visit', mode in ('call', 'whatsapp', 'sms') from support_contact
			),
			per as (select learner_id, bool_or(in_person) as ip, bool_or(remote) as rm from kinds group by learner_id)
			select (select count(*)::int from coaching_session where status = 'held') as held,
				(select count(distinct learner_id)::int from coaching_session where status = 'held') as learners_held,
				(select count(*)::int from development_plan where status = 'active') as active_plans,
				(select count(*)::int from per) as supported,
				(select count(*)::int from per where ip and rm) as both`.execute(db),
		sql<{ mode: string; held: number }>`select mode, count(*)::int as held from coaching_session where status = 'held' group by mode order by mode`.execute(db),
		sql<{ province_ar: string | null; province_fr: string | null; commune_ar: string | null; commune_fr: string | null; held: number; learners: number }>`
			select c.province_ar, c.province_fr, c.name_ar as commune_ar, c.name_fr as commune_fr, count(*)::int as held, count(distinct s.learner_id)::int as learners
			from coaching_session s join app_user u on u.id = s.learner_id left join commune c on c.id = u.commune_id
			where s.status = 'held' group by c.province_ar, c.province_fr, c.name_ar, c.name_fr order by c.province_fr nulls last, c.name_fr`.execute(db),
		sql<{ code: string; name: Localized; held: number }>`
			select n.code, n.name, count(s.id)::int as held from coaching_need n
			left join coaching_session_need sn on sn.need_id = n.id left join coaching_session s on s.id = sn.session_id and s.status = 'held'
			group by n.id, n.code, n.name, n.position order by n.position, n.id`.execute(db)
	]);
	const t = totals.rows[0];
	return { settings, totals: t, byMode: byMode.rows, byCommune: byCommune.rows, byNeed: byNeed.rows };
}

export const CSV_TABLES = ['modes', 'communes', 'needs', 'sessions'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** One table of the overview as CSV (UTF-8 with BOM). Column names in French, the funders' working language. */
export async function overviewCsv(db: Db, table: CsvTable): Promise<string> {
	if (table === 'sessions') {
		const { rows } = await sql<{ learner: string; coach: string; starts_at: Date; minutes: number; mode: string; status: string; province: string | null; commune: string | null; needs: string | null }>`
			select l.login as learner, c.login as coach, s.starts_at, s.minutes, s.mode, s.status, co.province_fr as province, co.name_fr as commune,
				(select string_agg(n.code, ' ' order by n.position) from coaching_session_need sn join coaching_need n on n.id = sn.need_id where sn.session_id = s.id) as needs
			from coaching_session s join app_user l on l.id = s.learner_id join app_user c on c.id = s.coach_id left join commune co on co.id = l.commune_id
			order by s.starts_at, s.id`.execute(db);
		return toCsv(['learner', 'coach', 'starts_at', 'minutes', 'mode', 'status', 'province', 'commune', 'needs'], rows.map((r) => [r.learner, r.coach, excelTime(r.starts_at), r.minutes, r.mode, r.status, r.province, r.commune, r.needs]));
	}
	const o = await overview(db);
	if (table === 'modes') return toCsv(['mode', 'held'], o.byMode.map((r) => [r.mode, r.held]));
	if (table === 'communes') return toCsv(['province_fr', 'province_ar', 'commune_fr', 'commune_ar', 'held', 'learners'], o.byCommune.map((r) => [r.province_fr, r.province_ar, r.commune_fr, r.commune_ar, r.held, r.learners]));
	return toCsv(['need', 'name_fr', 'name_ar', 'held'], o.byNeed.map((r) => [r.code, r.name.fr, r.name.ar, r.held]));
}
