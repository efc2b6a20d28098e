// CSV (UTF-8 with BOM, CRLF, formulas defused) of each report table, through the shared CSV writer.
import { toCsv } from '../../enrolment/csv';
import type { Table } from './tables';

export function tableCsv(table: Table): string {
	return toCsv(table.columns, table.rows.map((r) => r.map((c) => (c === null ? '' : c))));
}
