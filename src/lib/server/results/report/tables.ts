// The report's tables as plain rows (shared by the PDF, the XLSX and the CSV files), in Arabic or French.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { Invalid } from '../../errors';
import { cleanText } from '../../pdf/text';
import { isDay } from '../../stories/rules';
import { computeIndicators, type Breakdown, type IndicatorValue, type Period } from '../indicators.service';
import { pick, type Localized } from '../../../localized';
import { formatDate } from '../../../i18n/format';
import { t } from '../../i18n';

export type ReportLang = 'ar' | 'fr';
export const REPORT_LANGS: ReportLang[] = ['ar', 'fr'];
export const TABLES = ['performance', 'province', 'commune', 'cohort', 'extra', 'per_woman'] as const;
export type TableName = (typeof TABLES)[number];

/** A catalogue message in the document's language (not the reader's), as the PDF and XLSX draw text. */
export function tx(lang: ReportLang, key: string, params: Record<string, string | number> = {}): string {
	return cleanText(t(key, params, lang));
}

export const text = (l: Localized | null | undefined, lang: ReportLang) => cleanText(pick(l, lang).text);

/** From/to as typed (YYYY-MM-DD, or empty for an open end) → a period, or Invalid. */
export function parsePeriod(from: string | null | undefined, to: string | null | undefined): Period {
	const f = (from ?? '').trim() || null;
	const t = (to ?? '').trim() || null;
	const fields: Record<string, string> = {};
	if (f !== null && !isDay(f)) fields.from = 'report_bad_period';
	if (t !== null && !isDay(t)) fields.to = 'report_bad_period';
	if (f && t && !fields.from && !fields.to && f > t) fields.to = 'report_bad_period';
	if (Object.keys(fields).length) throw new Invalid('report_bad_period', fields);
	return { from: f, to: t };
}

export function parseLang(raw: string | null | undefined): ReportLang {
	if (raw === 'ar' || raw === 'fr') return raw;
	throw new Invalid('error_invalid_form', { lang: 'error_invalid_choice' });
}

/**
 * "Période : du 1 oct. 2025 au 30 juin 2026" / "الفترة: من 01/10/2025 إلى 30/06/2026". Dates as the
 * language writes them: an ISO date (2025-10-01) after Arabic words is shown as 01-10-2025 by the
 * Unicode bidi algorithm (its digits become Arabic numbers and the hyphens neutral), in a PDF as in Excel.
 */
export function periodLine(period: Period, lang: ReportLang): string {
	const day = (d: string) => cleanText(formatDate(`${d}T12:00:00Z`, lang));
	return tx(lang, 'report_period', { from: period.from ? day(period.from) : tx(lang, 'report_since_start'), to: period.to ? day(period.to) : tx(lang, 'report_until_today') });
}

export interface Table {
	name: TableName;
	title: string;
	columns: string[];
	rows: (string | number | null)[][];
}

function breakdownTable(name: TableName, values: IndicatorValue[], lang: ReportLang, of: (v: IndicatorValue) => Breakdown[], keyTitle: string): Table {
	return {
		name,
		title: tx(lang, `report_table_${name}`),
		columns: [tx(lang, 'report_col_code'), tx(lang, 'report_col_indicator'), keyTitle, tx(lang, 'report_col_value')],
		rows: values.flatMap((v) => of(v).map((b) => [v.code, text(v.statement, lang), text(b.label, lang) || b.key, b.value]))
	};
}

/** The performance table and one table per breakdown, from computed values. */
export function reportTables(values: IndicatorValue[], lang: ReportLang): Record<TableName, Table> {
	return {
		performance: {
			name: 'performance',
			title: tx(lang, 'report_table_performance'),
			columns: ['report_col_result', 'report_col_code', 'report_col_indicator', 'report_col_unit', 'report_col_baseline', 'report_col_target', 'report_col_period_target', 'report_col_actual', 'report_col_cumulative', 'report_col_percent', 'report_col_comment', 'report_col_evidence'].map((k) => tx(lang, k)),
			rows: values.map((v) => [v.result, v.code, text(v.statement, lang), text(v.unit, lang), v.baseline, v.target, v.periodTarget, v.actual, v.cumulative, v.percent, v.comment ? cleanText(v.comment) : null, v.evidenceCount])
		},
		province: breakdownTable('province', values, lang, (v) => v.byProvince, tx(lang, 'report_table_province')),
		commune: breakdownTable('commune', values, lang, (v) => v.byCommune, tx(lang, 'report_table_commune')),
		cohort: breakdownTable('cohort', values, lang, (v) => v.byCohort, tx(lang, 'report_table_cohort')),
		extra: breakdownTable('extra', values, lang, (v) => v.extra, tx(lang, 'report_col_key')),
		per_woman: breakdownTable('per_woman', values, lang, (v) => v.perWoman, tx(lang, 'report_col_key'))
	};
}

export async function reportValues(db: Kysely<Database>, period: Period): Promise<IndicatorValue[]> {
	return computeIndicators(db, period);
}

/** A file name for a download: report-2025-10-01_2026-06-30-fr.pdf */
export function reportFileName(period: Period, lang: ReportLang | null, ext: string, stem = 'report'): string {
	return `${stem}-${period.from ?? 'start'}_${period.to ?? 'today'}${lang ? `-${lang}` : ''}.${ext}`;
}
