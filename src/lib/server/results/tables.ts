/** Kysely table interfaces of the results framework (issue 16). Values are computed, never stored. */
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Localized } from '../../localized';

type DateCol = ColumnType<string, string, string>;
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;

export interface ResultTable {
	id: Generated<number>;
	code: string;
	statement: ColumnType<Localized, string, string>;
	position: ColumnType<number, number | undefined, number>;
}

export interface IndicatorTable {
	id: Generated<number>;
	result_id: number;
	code: string;
	/** Which rule of indicators.service computes it (documented in rules.ts). */
	rule_id: string;
	statement: ColumnType<Localized, string, string>;
	unit: ColumnType<Localized, string, string>;
	direction: ColumnType<'up' | 'down', 'up' | 'down' | undefined, 'up' | 'down'>;
	baseline: number | null;
	baseline_date: NullableDate;
	baseline_source: string | null;
	target: number | null;
	more_than: ColumnType<boolean, boolean | undefined, boolean>;
	verification: ColumnType<string, string | undefined, string>;
	responsible: ColumnType<string, string | undefined, string>;
	position: ColumnType<number, number | undefined, number>;
	updated_by: number | null;
	updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface IndicatorTargetTable {
	id: Generated<number>;
	indicator_id: number;
	period_from: DateCol;
	period_to: DateCol;
	target: number;
}

export interface IndicatorCommentTable {
	id: Generated<number>;
	indicator_id: number;
	period_from: NullableDate;
	period_to: NullableDate;
	body: string;
	author_id: number | null;
	created_at: ColumnType<Date, Date | undefined, never>;
	updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface ResultsTables {
	result: ResultTable;
	indicator: IndicatorTable;
	indicator_target: IndicatorTargetTable;
	indicator_comment: IndicatorCommentTable;
}

export type IndicatorRow = Selectable<IndicatorTable>;
