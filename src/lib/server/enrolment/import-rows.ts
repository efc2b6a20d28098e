import type { Locale, LoginKind } from '../db/schema';
import { normaliseLogin } from '../users/login-id';
import { cleanName, nameProblem } from '../users/names';
import type { CommuneMatch } from './match';
import { readCsv, type Problem } from './csv';

export const IMPORT_COLUMNS = ['name_ar', 'name_latin', 'login', 'commune', 'cohort', 'language'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_COLUMNS: ImportColumn[] = ['name_ar', 'name_latin', 'login'];
const LANGUAGES: Locale[] = ['ar', 'fr', 'zgh'];
const MAX_NAME = 120;

export interface ImportRow {
	line: number;
	nameAr: string;
	nameLatin: string;
	login: string;
	loginKind: LoginKind;
	communeId: number | null;
	commune: string;
	cohort: string | null;
	locale: Locale;
}

export interface CheckedFile {
	/** The lines without problems; import them only when `problems` is empty. */
	rows: ImportRow[];
	problems: Problem[];
	/** Every data line with what was read, for the preview (also lines with problems). */
	lines: { line: number; values: Partial<Record<ImportColumn, string>> }[];
}

const clean = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Header names in any order and case; spaces or dashes for underscores; an empty header cell is ignored. */
function headerKey(s: string): string {
	return clean(s).toLowerCase().replace(/[\s-]+/g, '_');
}

/**
 * Reads and checks a whole file of councillors. Every problem is listed with
 * its line and column; rows are only usable when there are no problems at all.
 */
export function checkImportFile(input: Uint8Array | string, findCommune: (name: string) => CommuneMatch): CheckedFile {
	const read = readCsv(input);
	if (!read.ok) return { rows: [], problems: read.problems, lines: [] };
	const problems: Problem[] = [];
	const index = new Map<ImportColumn, number>();
	read.header.forEach((raw, i) => {
		const name = headerKey(raw);
		if (!name) return;
		const col = IMPORT_COLUMNS.find((c) => c === name);
		if (!col) problems.push({ line: 1, column: clean(raw), key: 'import_unknown_column', params: { column: clean(raw), expected: IMPORT_COLUMNS.join(', ') } });
		else if (index.has(col)) problems.push({ line: 1, column: col, key: 'import_duplicate_column', params: { column: col } });
		else index.set(col, i);
	});
	for (const col of REQUIRED_COLUMNS) {
		if (!index.has(col)) problems.push({ line: 1, column: col, key: 'import_missing_column', params: { column: col } });
	}
	if (problems.length) return { rows: [], problems, lines: [] };
	if (read.records.length === 0) return { rows: [], problems: [{ line: 2, column: null, key: 'import_no_rows' }], lines: [] };

	const rows: ImportRow[] = [];
	const lines: CheckedFile['lines'] = [];
	const seenLogins = new Map<string, number>();
	const width = read.header.length;
	for (const { line, cells } of read.records) {
		const get = (c: ImportColumn) => (index.has(c) ? clean(cells[index.get(c)!] ?? '') : '');
		const values = Object.fromEntries(IMPORT_COLUMNS.filter((c) => index.has(c)).map((c) => [c, get(c)]));
		lines.push({ line, values });
		const here: Problem[] = [];
		const add = (column: ImportColumn | null, key: string, params?: Problem['params']) => here.push({ line, column, key, ...(params ? { params } : {}) });

		if (cells.slice(width).some((c) => c !== '')) add(null, 'import_too_many_fields');
		const nameAr = index.has('name_ar') ? cleanName(cells[index.get('name_ar')!] ?? '') : '';
		const nameLatin = index.has('name_latin') ? cleanName(cells[index.get('name_latin')!] ?? '') : '';
		for (const [col, v] of [['name_ar', nameAr], ['name_latin', nameLatin]] as const) {
			const problem = nameProblem(v, MAX_NAME);
			if (problem) add(col, problem);
		}
		const rawLogin = get('login');
		const login = rawLogin ? normaliseLogin(rawLogin) : null;
		if (!rawLogin) add('login', 'error_required');
		else if (!login) add('login', 'import_login_invalid', { value: rawLogin });
		else if (seenLogins.has(login.login)) add('login', 'import_login_duplicate', { other: seenLogins.get(login.login)! });
		else seenLogins.set(login.login, line);

		const communeName = get('commune');
		let communeId: number | null = null;
		if (communeName) {
			const found = findCommune(communeName);
			if (found === 'unknown') add('commune', 'import_commune_unknown', { value: communeName });
			else if (found === 'ambiguous') add('commune', 'import_commune_ambiguous', { value: communeName });
			else communeId = found.id;
		}
		const cohort = get('cohort');
		if (cohort.length > MAX_NAME) add('cohort', 'error_too_long');
		const language = get('language').toLowerCase() || 'ar';
		if (!LANGUAGES.includes(language as Locale)) add('language', 'import_language_invalid', { value: get('language') });

		if (here.length) problems.push(...here);
		else if (login) {
			rows.push({ line, nameAr, nameLatin, login: login.login, loginKind: login.kind, communeId, commune: communeName, cohort: cohort || null, locale: language as Locale });
		}
	}
	return { rows, problems, lines };
}
