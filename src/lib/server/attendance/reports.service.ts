import type { Db } from '../db/index';
import type { Localized } from '../db/schema';
import { NotFound, Invalid } from '../errors';
import { recordAudit } from '../audit/audit.repository';
import { toCsv } from '../enrolment/csv';
import { learnerRates, sessionCounts, sessionGroups, type GroupRow, type LearnerRateRow } from './reports.repository';
import { type Rate, isHeld } from './rules';
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

export interface ReportOptions {
	/** Learner page (1-based) and size; default the first 50. */
	page?: number;
	pageSize?: number;
	/** Only the learners below the threshold. */
	belowOnly?: boolean;
	/** Session page (1-based) and size; default the first 50. */
	sessionPage?: number;
	sessionPageSize?: number;
}

export interface ModuleReport {
	moduleId: number;
	slug: string;
	title: Localized;
	threshold: number;
	excusedNotCounted: boolean;
	/** One page of learners (ordered by Latin name). */
	learners: LearnerRate[];
	/** Learners actively enrolled, and how many of them are below the threshold. */
	learnerCount: number;
	belowCount: number;
	/** Learners matching the filter: what the learner pager counts. */
	learnerTotal: number;
	/** One page of the module's sessions (ordered by start). */
	sessions: SessionSummary[];
	sessionTotal: number;
	/** Sessions held so far and their overall rate. */
	overall: GroupSummary;
	byCohort: GroupSummary[];
	byMode: GroupSummary[];
}

export const REPORT_PAGE_SIZE = 50;

const learnerRate = (r: LearnerRateRow): LearnerRate => ({
	userId: r.user_id,
	nameAr: r.name_ar,
	nameLatin: r.name_latin,
	communeAr: r.commune_ar,
	communeFr: r.commune_fr,
	cohorts: r.cohorts,
	rate: { attended: r.attended, held: r.held, excused: r.excused, ratePct: r.rate_pct },
	below: r.below
});

async function findModule(db: Db, moduleId: number) {
	const mod = await db.selectFrom('module').select(['id', 'slug', 'title', 'attendance_threshold', 'excused_not_counted']).where('id', '=', moduleId).executeTakeFirst();
	if (!mod) throw new NotFound();
	return mod;
}

/**
 * The module's attendance report, one page of learners and one of sessions, with the totals and
 * the rates by mode and by cohort; every count and rate is computed by PostgreSQL (issue 18).
 */
export async function moduleReport(db: Db, moduleId: number, now = new Date(), opts: ReportOptions = {}): Promise<ModuleReport> {
	const mod = await findModule(db, moduleId);
	const page = { number: Math.max(1, opts.page ?? 1), size: opts.pageSize ?? REPORT_PAGE_SIZE };
	const sessionPage = { number: Math.max(1, opts.sessionPage ?? 1), size: opts.sessionPageSize ?? REPORT_PAGE_SIZE };
	const [rates, sessions, groups] = await Promise.all([
		learnerRates(db, { moduleId, now, belowOnly: opts.belowOnly, page }),
		sessionCounts(db, moduleId, sessionPage),
		sessionGroups(db, moduleId, now)
	]);
	const group = (kind: GroupRow['kind']) => groups.filter((g) => g.kind === kind).map((g) => ({ key: g.key, sessions: g.sessions, ratePct: g.rate_pct }));
	return {
		moduleId: mod.id,
		slug: mod.slug,
		title: mod.title,
		threshold: mod.attendance_threshold,
		excusedNotCounted: mod.excused_not_counted,
		learners: rates.items.map(learnerRate),
		learnerCount: rates.learners,
		belowCount: rates.below,
		learnerTotal: rates.total,
		sessions: sessions.items.map((r) => ({
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
		})),
		sessionTotal: sessions.total,
		overall: group('all')[0] ?? { key: '', sessions: 0, ratePct: null },
		byCohort: group('cohort'),
		byMode: group('mode') as GroupSummary[]
	};
}

/** The per-learner rates as CSV (UTF-8 with BOM, for Excel). */
export function reportCsv(r: Pick<ModuleReport, 'threshold' | 'learners'>): string {
	return toCsv(
		['name_ar', 'name_latin', 'commune', 'cohorts', 'attended', 'held', 'excused', 'rate_pct', 'threshold_pct', 'below_threshold'],
		r.learners.map((l) => [l.nameAr, l.nameLatin, l.communeFr ?? '', l.cohorts, l.rate.attended, l.rate.held, l.rate.excused, l.rate.ratePct ?? '', r.threshold, l.below ? 'yes' : 'no'])
	);
}

/** Every learner's rate in the module as CSV (all rows, not a page): one statement for the rates. */
export async function moduleReportCsv(db: Db, moduleId: number, now = new Date()): Promise<string> {
	const mod = await findModule(db, moduleId);
	const rates = await learnerRates(db, { moduleId, now });
	return reportCsv({ threshold: mod.attendance_threshold, learners: rates.items.map(learnerRate) });
}

export async function setExcusedNotCounted(db: Db, actor: { id: number }, moduleId: number, value: boolean): Promise<void> {
	const row = await db.updateTable('module').set({ excused_not_counted: value }).where('id', '=', moduleId).returning('id').executeTakeFirst();
	if (!row) throw new Invalid('error_invalid_form');
	await recordAudit(db, { actorId: actor.id, action: 'module.attendance_setting', subjectType: 'module', subjectId: moduleId, after: { excusedNotCounted: value } });
}
