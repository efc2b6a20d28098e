import { sql } from 'kysely';
import type { Db } from '../db/index';
import type { Localized } from '../db/schema';
import { NotFound, Invalid } from '../errors';
import { recordAudit } from '../audit/audit.repository';
import { toCsv } from '../enrolment/csv';
import { attendanceRates } from './rates.repository';
import { belowThreshold, type Rate, isHeld } from './rules';
import type { SessionMode } from './tables';

export interface LearnerRate {
	userId: number;
	nameAr: string;
	nameLatin: string;
	communeAr: string | null;
	communeFr: string | null;
	cohorts: string;
	rate: Rate;
	below: boolean;
}

export interface SessionSummary {
	id: number;
	title: string;
	startsAt: Date;
	mode: SessionMode;
	cohortName: string;
	cancelled: boolean;
	held: boolean;
	roster: number;
	present: number;
	late: number;
	excused: number;
	absent: number;
	inPerson: number;
	remote: number;
}

export interface GroupSummary {
	key: string;
	sessions: number;
	/** Present or late over the roster of the sessions held, percent; null with nothing held. */
	ratePct: number | null;
}

export interface ModuleReport {
	moduleId: number;
	slug: string;
	title: Localized;
	threshold: number;
	excusedNotCounted: boolean;
	learners: LearnerRate[];
	sessions: SessionSummary[];
	byCohort: GroupSummary[];
	byMode: GroupSummary[];
}

const pct = (a: number, b: number) => (b === 0 ? null : Math.round((a * 1000) / b) / 10);

function group(sessions: SessionSummary[], key: (s: SessionSummary) => string): GroupSummary[] {
	const map = new Map<string, { sessions: number; attended: number; roster: number }>();
	for (const s of sessions) {
		if (!s.held) continue;
		const g = map.get(key(s)) ?? { sessions: 0, attended: 0, roster: 0 };
		g.sessions++;
		g.attended += s.present + s.late;
		g.roster += s.roster;
		map.set(key(s), g);
	}
	return [...map].map(([k, g]) => ({ key: k, sessions: g.sessions, ratePct: pct(g.attended, g.roster) }));
}

export async function moduleReport(db: Db, moduleId: number, now = new Date()): Promise<ModuleReport> {
	const mod = await db.selectFrom('module').select(['id', 'slug', 'title', 'attendance_threshold', 'excused_not_counted']).where('id', '=', moduleId).executeTakeFirst();
	if (!mod) throw new NotFound();
	const rates = await attendanceRates(db, moduleId, undefined, now);
	const people = rates.size
		? await db
				.selectFrom('app_user as u')
				.leftJoin('commune as co', 'co.id', 'u.commune_id')
				.select([
					'u.id',
					'u.name_ar',
					'u.name_latin',
					'co.name_ar as commune_ar',
					'co.name_fr as commune_fr',
					sql<string>`coalesce((select string_agg(c.name, ', ' order by c.name) from cohort_member cm join cohort c on c.id = cm.cohort_id where cm.user_id = u.id), '')`.as('cohorts')
				])
				.where('u.id', 'in', [...rates.keys()])
				.orderBy('u.name_latin')
				.execute()
		: [];
	const learners = people.map((p) => {
		const rate = rates.get(p.id)!;
		return { userId: p.id, nameAr: p.name_ar, nameLatin: p.name_latin, communeAr: p.commune_ar, communeFr: p.commune_fr, cohorts: p.cohorts, rate, below: belowThreshold(rate, mod.attendance_threshold) };
	});
	const rows = await db
		.selectFrom('class_session as s')
		.innerJoin('cohort as c', 'c.id', 's.cohort_id')
		.select([
			's.id',
			's.title',
			's.starts_at',
			's.mode',
			's.cancelled_at',
			'c.name as cohort_name',
			sql<number>`(select count(*)::int from cohort_member cm join enrolment e on e.user_id = cm.user_id and e.module_id = s.module_id and e.status = 'active' join app_user u on u.id = cm.user_id and u.role = 'learner' where cm.cohort_id = s.cohort_id)`.as('roster'),
			sql<number>`(select count(*)::int from attendance a where a.class_session_id = s.id and a.status = 'present')`.as('present'),
			sql<number>`(select count(*)::int from attendance a where a.class_session_id = s.id and a.status = 'late')`.as('late'),
			sql<number>`(select count(*)::int from attendance a where a.class_session_id = s.id and a.status = 'excused')`.as('excused'),
			sql<number>`(select count(*)::int from attendance a where a.class_session_id = s.id and a.status = 'absent')`.as('absent'),
			sql<number>`(select count(*)::int from attendance a where a.class_session_id = s.id and a.status in ('present', 'late') and a.how = 'in_person')`.as('in_person'),
			sql<number>`(select count(*)::int from attendance a where a.class_session_id = s.id and a.status in ('present', 'late') and a.how = 'remote')`.as('remote')
		])
		.where('s.module_id', '=', moduleId)
		.orderBy('s.starts_at')
		.execute();
	const sessions: SessionSummary[] = rows.map((r) => ({
		id: r.id,
		title: r.title,
		startsAt: r.starts_at,
		mode: r.mode,
		cohortName: r.cohort_name,
		cancelled: !!r.cancelled_at,
		held: isHeld(r, now),
		roster: r.roster,
		present: r.present,
		late: r.late,
		excused: r.excused,
		absent: r.absent,
		inPerson: r.in_person,
		remote: r.remote
	}));
	return {
		moduleId: mod.id,
		slug: mod.slug,
		title: mod.title,
		threshold: mod.attendance_threshold,
		excusedNotCounted: mod.excused_not_counted,
		learners,
		sessions,
		byCohort: group(sessions, (s) => s.cohortName),
		byMode: group(sessions, (s) => s.mode)
	};
}

/** The per-learner rates as CSV (UTF-8 with BOM, for Excel). */
export function reportCsv(r: ModuleReport): string {
	return toCsv(
		['name_ar', 'name_latin', 'commune', 'cohorts', 'attended', 'held', 'excused', 'rate_pct', 'threshold_pct', 'below_threshold'],
		r.learners.map((l) => [l.nameAr, l.nameLatin, l.communeFr ?? '', l.cohorts, l.rate.attended, l.rate.held, l.rate.excused, l.rate.ratePct ?? '', r.threshold, l.below ? 'yes' : 'no'])
	);
}

export async function setExcusedNotCounted(db: Db, actor: { id: number }, moduleId: number, value: boolean): Promise<void> {
	const row = await db.updateTable('module').set({ excused_not_counted: value }).where('id', '=', moduleId).returning('id').executeTakeFirst();
	if (!row) throw new Invalid('error_invalid_form');
	await recordAudit(db, { actorId: actor.id, action: 'module.attendance_setting', subjectType: 'module', subjectId: moduleId, after: { excusedNotCounted: value } });
}
