/**
 * The programme's indicators computed from verified records (issue 16). Nothing here is typed in:
 * the framework (statements, targets, comments) is edited by an admin, the values come from the rules of rules.ts.
 * Contract with the report helper: computeIndicators and evidenceFiles keep these exact shapes.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Localized } from '../../localized';
import { getEngagedRule } from '../council/engagement.repository';
import { commentsFor, listIndicators, listTargets, type FrameworkIndicator } from './framework.repository';
import { aggregates, countsOf, evidenceRows, firstCountedByMonth, OPEN_FROM, OPEN_TO, perWoman, PER_WOMAN_BUCKETS, recordsOf, type AggregateRow } from './indicators.repository';
import { NotFound } from '../errors';
import { EXTRA_LABELS, PER_WOMAN_LABELS } from './labels';
import { isRuleId, percentOf, PER_WOMAN_RULES, RULE_KIND, type Period } from './rules';

export type { Period } from './rules';

export interface Breakdown {
	key: string;
	label: Localized;
	value: number;
}

export interface IndicatorValue {
	code: string;
	result: string;
	resultStatement: Localized;
	statement: Localized;
	unit: Localized;
	direction: 'up' | 'down';
	baseline: number | null;
	baselineDate: string | null;
	baselineSource: string | null;
	target: number | null;
	moreThan: boolean;
	periodTarget: number | null;
	actual: number;
	cumulative: number;
	percent: number | null;
	byProvince: Breakdown[];
	byCommune: Breakdown[];
	/** By the cohort each woman is in (records that belong to no woman, e.g. a commune's engagement, are in no cohort). */
	byCohort: Breakdown[];
	extra: Breakdown[];
	/** For records that pile up on a few women (PER_WOMAN_RULES): how many women have 0, 1, 2, 3–4, 5 or more, up to the period's end; else empty. */
	perWoman: Breakdown[];
	comment: string | null;
	evidenceCount: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The value of a rule's aggregate row, in the window asked (the period, or up to its end). */
function valueOf(kind: 'count' | 'mean' | 'rate', r: AggregateRow | undefined, window: 'actual' | 'cum'): number {
	if (!r) return 0;
	if (kind === 'count') return window === 'actual' ? r.actual_k : r.cum_k;
	if (kind === 'mean') return round1((window === 'actual' ? r.actual_avg : r.cum_avg) ?? 0);
	const num = (window === 'actual' ? r.actual_sum : r.cum_sum) ?? 0;
	const den = (window === 'actual' ? r.actual_den : r.cum_den) ?? 0;
	return den > 0 ? round1((100 * num) / den) : 0;
}

/** A cohort's name is one text, whatever the language. */
const sameInEvery = (name: string): Localized => ({ ar: name, fr: name, zgh: name });

function breakdowns(rows: AggregateRow[], dim: AggregateRow['dim'], kind: 'count' | 'mean' | 'rate'): Breakdown[] {
	return rows
		.filter((r) => r.dim === dim && r.key !== null && (kind === 'count' ? r.cum_k > 0 : r.cum_n > 0))
		.map((r) => ({
			key: r.key as string,
			label: dim === 'extra' ? (r.extra_label ?? EXTRA_LABELS[r.key as string] ?? { fr: r.key as string }) : dim === 'cohort' ? sameInEvery(r.label_fr ?? '') : { ar: r.label_ar ?? '', fr: r.label_fr ?? '' },
			value: valueOf(kind, r, 'cum')
		}))
		.sort((a, b) => b.value - a.value || (a.label.fr ?? '').localeCompare(b.label.fr ?? ''));
}

/** Share (whole %) of contacts by mode, up to the end of the period. */
function shares(rows: AggregateRow[]): Breakdown[] {
	const parts = rows.filter((r) => r.dim === 'extra' && r.key !== null && r.cum_n > 0);
	const total = parts.reduce((s, r) => s + r.cum_n, 0);
	return parts.map((r) => ({ key: r.key as string, label: EXTRA_LABELS[r.key as string] ?? { fr: r.key as string }, value: total ? Math.round((100 * r.cum_n) / total) : 0 }));
}

function periodTargetOf(targets: { from: string; to: string; target: number }[], p: Period): number | null {
	if (p.to === null) return null;
	const exact = targets.find((t) => t.to === p.to && (p.from === null || t.from === p.from));
	return exact ? exact.target : null;
}

async function frame(db: Kysely<Database>, period: Period) {
	const [rule, indicators, targets, comments] = await Promise.all([getEngagedRule(db), listIndicators(db), listTargets(db), commentsFor(db, period.from, period.to)]);
	return { rule, indicators, targets, comments };
}

type Frame = Awaited<ReturnType<typeof frame>>;

/** The aggregate statement and the per-woman counts, side by side. */
async function figures(db: Kysely<Database>, f: Frame, period: Period) {
	const wanted = PER_WOMAN_RULES.filter((r) => f.indicators.some((i) => i.ruleId === r));
	const [rows, women] = await Promise.all([aggregates(db, f.rule, period.from ?? OPEN_FROM, period.to ?? OPEN_TO), perWoman(db, f.rule, wanted, period.to ?? OPEN_TO)]);
	const distributions = new Map<string, Breakdown[]>();
	for (const rule of wanted) {
		distributions.set(
			rule,
			PER_WOMAN_BUCKETS.map((b) => ({ key: b, label: PER_WOMAN_LABELS[b], value: women.find((w) => w.rule === rule && w.bucket === b)?.women ?? 0 }))
		);
	}
	return { rows, distributions };
}

export async function computeIndicators(db: Kysely<Database>, period: Period): Promise<IndicatorValue[]> {
	const f = await frame(db, period);
	return valuesOf(f, await figures(db, f, period), period);
}

function valuesOf(f: Frame, { rows, distributions }: Awaited<ReturnType<typeof figures>>, period: Period): IndicatorValue[] {
	const byRule = new Map<string, AggregateRow[]>();
	for (const r of rows) byRule.set(r.rule, [...(byRule.get(r.rule) ?? []), r]);
	return f.indicators.map((ind) => ({ ...toValue(ind, byRule, f.targets, f.comments, period), perWoman: distributions.get(ind.ruleId) ?? [] }));
}

/** The dashboard's figures and cumulative lines: the framework read once, the aggregate statements side by side. */
export async function computeDashboard(db: Kysely<Database>, period: Period): Promise<{ values: IndicatorValue[]; series: Map<string, SeriesPoint[]> }> {
	const f = await frame(db, period);
	const [fig, months] = await Promise.all([figures(db, f, period), firstCountedByMonth(db, f.rule, period.to ?? OPEN_TO)]);
	return { values: valuesOf(f, fig, period), series: seriesOf(f.indicators, months) };
}

function seriesOf(indicators: FrameworkIndicator[], rows: { rule: string; month: string; n: number }[]): Map<string, SeriesPoint[]> {
	const out = new Map<string, SeriesPoint[]>();
	for (const ind of indicators) {
		if (!isRuleId(ind.ruleId) || RULE_KIND[ind.ruleId] !== 'count') continue;
		let sum = 0;
		out.set(
			ind.code,
			rows.filter((r) => r.rule === ind.ruleId).map((r) => ({ month: r.month, value: (sum += r.n) }))
		);
	}
	return out;
}

function toValue(
	ind: FrameworkIndicator,
	byRule: Map<string, AggregateRow[]>,
	targets: { indicatorId: number; from: string; to: string; target: number }[],
	comments: { indicatorId: number; body: string }[],
	period: Period
): Omit<IndicatorValue, 'perWoman'> {
	const kind = isRuleId(ind.ruleId) ? RULE_KIND[ind.ruleId] : 'count';
	const rows = byRule.get(ind.ruleId) ?? [];
	const total = rows.find((r) => r.dim === 'total');
	const cumulative = valueOf(kind, total, 'cum');
	return {
		code: ind.code,
		result: ind.resultCode,
		resultStatement: ind.resultStatement,
		statement: ind.statement,
		unit: ind.unit,
		direction: ind.direction,
		baseline: ind.baseline,
		baselineDate: ind.baselineDate,
		baselineSource: ind.baselineSource,
		target: ind.target,
		moreThan: ind.moreThan,
		periodTarget: periodTargetOf(
			targets.filter((t) => t.indicatorId === ind.id),
			period
		),
		actual: valueOf(kind, total, 'actual'),
		cumulative,
		percent: percentOf(cumulative, ind.target, ind.moreThan),
		byProvince: breakdowns(rows, 'province', kind),
		byCommune: breakdowns(rows, 'commune', kind),
		byCohort: breakdowns(rows, 'cohort', kind),
		extra: ind.ruleId === 'women_hybrid_coached' ? shares(byRule.get('hybrid_contacts') ?? []) : breakdowns(rows, 'extra', kind),
		comment: comments.find((c) => c.indicatorId === ind.id)?.body ?? null,
		evidenceCount: total?.files ?? 0
	};
}

export interface SeriesPoint {
	month: string;
	value: number;
}

/** Cumulative value at the end of each month up to the period's end, for the count indicators (by code). */
export async function cumulativeSeries(db: Kysely<Database>, period: Period): Promise<Map<string, SeriesPoint[]>> {
	const [rule, indicators] = await Promise.all([getEngagedRule(db), listIndicators(db)]);
	return seriesOf(indicators, await firstCountedByMonth(db, rule, period.to ?? OPEN_TO));
}

export interface EvidenceFile {
	indicator: string;
	recordKind: string;
	recordId: string;
	recordLabel: string;
	fileId: string;
	fileName: string;
}

/** The evidence files (stored files, not links) behind each indicator's records within the period. */
export async function evidenceFiles(db: Kysely<Database>, period: Period): Promise<EvidenceFile[]> {
	const [rule, indicators] = await Promise.all([getEngagedRule(db), listIndicators(db)]);
	const rows = await evidenceRows(db, rule, period.from ?? OPEN_FROM, period.to ?? OPEN_TO);
	const out: EvidenceFile[] = [];
	for (const ind of indicators) {
		for (const r of rows.filter((x) => x.rule === ind.ruleId)) {
			out.push({
				indicator: ind.code,
				recordKind: r.rkind,
				recordId: r.rid,
				recordLabel: [`${r.rkind} ${r.rid}`, r.day, r.commune_fr].filter(Boolean).join(' — '),
				fileId: String(r.file_id),
				fileName: r.file_name
			});
		}
	}
	return out;
}

export const RECORDS_LIMIT = 500;

/** One indicator's framework entry by code, or NotFound. */
export async function indicatorByCode(db: Kysely<Database>, code: string): Promise<FrameworkIndicator> {
	const ind = (await listIndicators(db)).find((i) => i.code === code);
	if (!ind) throw new NotFound();
	return ind;
}

/** The drill-down for an admin: the records behind the figure, with people, communes and evidence. */
export async function indicatorRecords(db: Kysely<Database>, code: string, period: Period) {
	const [ind, rule] = await Promise.all([indicatorByCode(db, code), getEngagedRule(db)]);
	const rows = await recordsOf(db, rule, ind.ruleId, period.from ?? OPEN_FROM, period.to ?? OPEN_TO, RECORDS_LIMIT + 1);
	return { indicator: ind, records: rows.slice(0, RECORDS_LIMIT), more: rows.length > RECORDS_LIMIT };
}

/** The drill-down for an observer: counts by commune and month, never a name. */
export async function indicatorCounts(db: Kysely<Database>, code: string, period: Period) {
	const [ind, rule] = await Promise.all([indicatorByCode(db, code), getEngagedRule(db)]);
	const rows = await countsOf(db, rule, ind.ruleId, period.from ?? OPEN_FROM, period.to ?? OPEN_TO);
	return {
		indicator: ind,
		counts: rows.map((r) => ({ commune: r.commune_id === null ? null : { ar: r.commune_ar ?? '', fr: r.commune_fr ?? '' }, province: r.province_fr, month: r.month, n: r.n }))
	};
}
