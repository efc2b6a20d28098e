// HTTP glue of the results pages: the period from the query, and what the dashboard shows (routes only).
import type { Locale } from '$lib/i18n';
import { formatNumber } from '$lib/i18n/format';
import { pick, type Localized } from '$lib/localized';
import { t } from '../i18n';
import { localDay } from '../time';
import { bar, cumulativeLine, r1, type LineChart } from '../results/charts';
import { computeDashboard, type Breakdown, type IndicatorValue, type SeriesPoint } from '../results/indicators.service';
import type { Db } from '../db/index';
import { parsePeriod, presetPeriod, type Period, type Preset } from '../results/rules';

/**
 * The dashboard's figures, computed at most every 30 s per period and process: one computation reads
 * every verified record (about 50 ms of PostgreSQL per page), and the records behind them change a
 * few times a day. A framework edit forgets them at once (in this process; others within 30 s).
 */
const DASHBOARD_TTL_MS = 30_000;
const dashboards = new Map<string, { at: number; value: ReturnType<typeof computeDashboard> }>();

export function cachedDashboard(db: Db, period: Period, now = Date.now()): ReturnType<typeof computeDashboard> {
	const key = `${period.from ?? ''}|${period.to ?? ''}`;
	const hit = dashboards.get(key);
	if (hit && now - hit.at < DASHBOARD_TTL_MS) return hit.value;
	if (dashboards.size > 100) dashboards.clear();
	const value = computeDashboard(db, period);
	dashboards.set(key, { at: now, value });
	value.catch(() => dashboards.delete(key));
	return value;
}

export function forgetDashboards(): void {
	dashboards.clear();
}

export const BAR_W = 300;
export const LINE_W = 300;
export const LINE_H = 110;

export interface PeriodView {
	period: Period;
	/** What the form shows (typed values, even when wrong). */
	from: string;
	to: string;
	errors: string[];
	preset: Preset | null;
	/** Query string to keep the period in links (starting with ? or empty). */
	query: string;
}

const PRESETS: Preset[] = ['all', 'quarter', 'semester'];

/** Reads ?from=&to= or ?preset=; bad dates are shown back with their message and the whole programme is used. */
export function periodFrom(url: URL, now = new Date()): PeriodView {
	const preset = url.searchParams.get('preset');
	if (preset && (PRESETS as string[]).includes(preset)) {
		const p = presetPeriod(preset as Preset, localDay(now));
		return { period: p, from: p.from ?? '', to: p.to ?? '', errors: [], preset: preset as Preset, query: queryOf(p) };
	}
	const from = url.searchParams.get('from') ?? '';
	const to = url.searchParams.get('to') ?? '';
	const { period, errors } = parsePeriod(from, to);
	if (errors.length) return { period: { from: null, to: null }, from, to, errors: errors.map((e) => t(`results_err_${e}`)), preset: null, query: '' };
	return { period, from, to, errors: [], preset: period.from === null && period.to === null ? 'all' : null, query: queryOf(period) };
}

export function queryOf(p: Period): string {
	const q = new URLSearchParams();
	if (p.from) q.set('from', p.from);
	if (p.to) q.set('to', p.to);
	const s = q.toString();
	return s ? `?${s}` : '';
}

export const num = (n: number, locale: Locale) => formatNumber(n, locale, { maximumFractionDigits: 1 });

/**
 * A breakdown's rows (the largest first, at most `limit`, and how many more there are), each bar's length a
 * share (%) of the largest: drawn with CSS, so it follows the page's direction. The files of the report
 * (CSV, XLSX, PDF) hold every row.
 */
function breakdownView(items: Breakdown[], locale: Locale, limit = Infinity) {
	const max = Math.max(1, ...items.map((b) => b.value));
	return {
		rows: items.slice(0, limit).map((b) => ({ key: b.key, label: pick(b.label as Localized, locale).text || b.key, value: num(b.value, locale), pct: r1((100 * Math.max(b.value, 0)) / max) })),
		more: Math.max(0, items.length - limit)
	};
}

/** Rows shown per breakdown on the dashboard: the region's communes fit; hundreds of cohorts would not. */
const COMMUNES_SHOWN = 30;
const COHORTS_SHOWN = 12;

export interface IndicatorView {
	code: string;
	result: string;
	statement: string;
	unit: string;
	kind: 'count' | 'other';
	target: string | null;
	periodTarget: string | null;
	actual: string;
	cumulative: string;
	percent: string | null;
	baseline: string | null;
	evidenceCount: number;
	bar: { x: number; width: number; targetX: number | null };
	line: (Omit<LineChart, 'points'> & { points: { x: number; y: number; label: string; value: string }[]; first: string; last: string }) | null;
	byProvince: ReturnType<typeof breakdownView>;
	byCommune: ReturnType<typeof breakdownView>;
	byCohort: ReturnType<typeof breakdownView>;
	extra: ReturnType<typeof breakdownView>;
	perWoman: ReturnType<typeof breakdownView>;
	comment: string | null;
}

// One formatter per language: making an Intl.DateTimeFormat costs far more than using one (it was
// made per point per indicator on every dashboard request).
const monthFormats = new Map<Locale, Intl.DateTimeFormat>();
function monthLabel(month: string, locale: Locale): string {
	let f = monthFormats.get(locale);
	if (!f) monthFormats.set(locale, (f = new Intl.DateTimeFormat(locale === 'ar' ? 'ar-MA' : 'fr-MA', { month: 'short', year: 'numeric', timeZone: 'UTC' })));
	return f.format(new Date(`${month}-15T00:00:00Z`));
}

export function indicatorView(v: IndicatorValue, series: SeriesPoint[] | undefined, locale: Locale): IndicatorView {
	const rtl = locale === 'ar';
	const target = v.target === null ? null : v.moreThan ? t('results_more_than', { target: num(v.target, locale) }) : num(v.target, locale);
	const goal = v.target === null ? null : v.moreThan ? v.target + 1 : v.target;
	const b = bar(v.cumulative, goal, BAR_W, rtl);
	let line: IndicatorView['line'] = null;
	if (series && series.length) {
		const l = cumulativeLine(series, goal, LINE_W, LINE_H, rtl);
		line = {
			path: l.path,
			targetY: l.targetY === null ? null : r1(l.targetY),
			max: l.max,
			points: l.points.map((p) => ({ x: r1(p.x), y: r1(p.y), label: monthLabel(p.month, locale), value: num(p.value, locale) })),
			first: monthLabel(series[0].month, locale),
			last: monthLabel(series[series.length - 1].month, locale)
		};
	}
	return {
		code: v.code,
		result: v.result,
		statement: pick(v.statement, locale).text,
		unit: pick(v.unit, locale).text,
		kind: series ? 'count' : 'other',
		target,
		periodTarget: v.periodTarget === null ? null : num(v.periodTarget, locale),
		actual: num(v.actual, locale),
		cumulative: num(v.cumulative, locale),
		percent: v.percent === null ? null : formatNumber(v.percent / 100, locale, { style: 'percent', maximumFractionDigits: 0 }),
		baseline: v.baseline === null ? null : num(v.baseline, locale),
		evidenceCount: v.evidenceCount,
		bar: { x: r1(b.x), width: r1(b.width), targetX: b.targetX === null ? null : r1(b.targetX) },
		line,
		byProvince: breakdownView(v.byProvince, locale),
		byCommune: breakdownView(v.byCommune, locale, COMMUNES_SHOWN),
		byCohort: breakdownView(v.byCohort, locale, COHORTS_SHOWN),
		extra: breakdownView(v.extra, locale),
		perWoman: breakdownView(v.perWoman, locale),
		comment: v.comment
	};
}

/** The indicators grouped by result, in the framework's order. */
type Groups = ReturnType<typeof groupByResult>;
const views = new WeakMap<object, Map<Locale, Groups>>();

/**
 * The dashboard as a page shows it in one language: made once per cached computation and language
 * (it goes with the computation when the 30 s are over or an admin edits the framework).
 */
export async function cachedDashboardView(db: Db, period: Period, locale: Locale): Promise<Groups> {
	const computation = cachedDashboard(db, period);
	const { values, series } = await computation;
	let byLocale = views.get(computation);
	if (!byLocale) views.set(computation, (byLocale = new Map()));
	let groups = byLocale.get(locale);
	if (!groups) byLocale.set(locale, (groups = groupByResult(values, series, locale)));
	return groups;
}

export function groupByResult(values: IndicatorValue[], series: Map<string, SeriesPoint[]>, locale: Locale) {
	const groups: { code: string; statement: string; indicators: IndicatorView[] }[] = [];
	for (const v of values) {
		let g = groups.find((x) => x.code === v.result);
		if (!g) groups.push((g = { code: v.result, statement: pick(v.resultStatement, locale).text, indicators: [] }));
		g.indicators.push(indicatorView(v, series.get(v.code), locale));
	}
	return groups;
}
