import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Params } from '../errors';

/** One thing wrong in an uploaded file: where (line, column) and why (a catalogue key). */
export interface Problem {
	line: number;
	column: string | null;
	key: string;
	params?: Params;
}

export interface CsvRecord {
	/** The line of the file where the record starts (the header is line 1). */
	line: number;
	cells: string[];
}

export type CsvRead = { ok: true; delimiter: ',' | ';'; header: string[]; records: CsvRecord[] } | { ok: false; problems: Problem[] };

const BOM = '\uFEFF';

/** Excel writes ';' where the decimal mark is ',' (French and Arabic settings): count both on the header line, outside quotes. */
export function detectDelimiter(text: string): ',' | ';' {
	let commas = 0;
	let semicolons = 0;
	let quoted = false;
	for (const ch of text) {
		if (ch === '"') quoted = !quoted;
		else if (!quoted && ch === '\n') break;
		else if (!quoted && ch === ',') commas++;
		else if (!quoted && ch === ';') semicolons++;
	}
	return semicolons > commas ? ';' : ',';
}

/** Bytes as UTF-8 text without BOM and with \n line ends, or null when they are not UTF-8 (e.g. a Windows-1256 export). */
export function decodeUtf8(input: Uint8Array | string): string | null {
	let text: string;
	if (typeof input === 'string') text = input;
	else {
		try {
			text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
		} catch {
			return null;
		}
	}
	if (text.startsWith(BOM)) text = text.slice(1);
	// One line-end convention, so that line numbers are counted the same for CRLF, LF and old-Mac CR files.
	return text.replace(/\r\n?/g, '\n');
}

/** Parses a CSV file into records with their line numbers; a broken file gives the problem where the parser stopped. */
export function readCsv(input: Uint8Array | string): CsvRead {
	const text = decodeUtf8(input);
	if (text === null) return { ok: false, problems: [{ line: 1, column: null, key: 'import_not_utf8' }] };
	if (!text.trim()) return { ok: false, problems: [{ line: 1, column: null, key: 'import_empty' }] };
	const delimiter = detectDelimiter(text.trimStart());
	let parsed: { record: string[]; info: { lines: number }; raw: string }[];
	try {
		parsed = parse(text, { delimiter, record_delimiter: '\n', relax_column_count: true, info: true, raw: true, skip_empty_lines: false }) as unknown as typeof parsed;
	} catch (e) {
		if (e instanceof CsvError) {
			const line = Number((e as unknown as { lines?: number }).lines) || 1;
			const key = e.code === 'CSV_QUOTE_NOT_CLOSED' ? 'import_quote_not_closed' : e.code === 'CSV_INVALID_CLOSING_QUOTE' ? 'import_bad_quote' : 'import_unreadable';
			return { ok: false, problems: [{ line, column: null, key }] };
		}
		throw e;
	}
	const records: CsvRecord[] = [];
	for (const { record, info, raw } of parsed) {
		// info.lines is where the record ends; a quoted field may span lines.
		const inner = (raw.endsWith('\n') ? raw.slice(0, -1) : raw).split('\n').length - 1;
		const cells = record.map((c) => c.trim());
		// Blank lines, and the ";;;;" lines Excel leaves below a table.
		if (cells.every((c) => c === '')) continue;
		records.push({ line: info.lines - inner, cells });
	}
	if (records.length === 0) return { ok: false, problems: [{ line: 1, column: null, key: 'import_empty' }] };
	const [head, ...rest] = records;
	return { ok: true, delimiter, header: head.cells, records: rest };
}

/** A cell Excel would run as a formula (=, +, -, @) is written as text. */
function defuse(value: unknown): string {
	const s = value == null ? '' : String(value);
	return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** CSV that Excel opens with Arabic intact: UTF-8 with a BOM, CRLF, every field quoted when needed. */
export function toCsv(columns: string[], rows: unknown[][]): string {
	return BOM + stringify([columns, ...rows.map((r) => r.map(defuse))], { record_delimiter: '\r\n', quoted_match: /[\r\n]/ });
}

/** Names that messages show as they are, in every language. */
export const FORMAT_PARAMS = { csv: 'CSV', encoding: 'UTF-8' } as const;

/** A problem's message parameters, with the format names filled in. */
export function problemParams(p: Problem): Params {
	return { ...FORMAT_PARAMS, ...(p.params ?? {}) };
}
