/**
 * Interventions caught up from a spreadsheet (CLI): header login, commune,
 * sitting_date, sitting_type, kind, summary, outcome, in any order and case;
 * codes or their French/Arabic labels. Every problem with its line and column;
 * all rows or none, imported as submitted (to be verified like any other).
 */
import type { Db } from '../db/index';
import { readCsv, type Problem } from '../enrolment/csv';
import { communeMatcher, matchKey } from '../enrolment/match';
import { ImportRejected, MAX_IMPORT_BYTES } from '../enrolment/import.service';
import { normaliseLogin } from '../users/login-id';
import { recordTransition, sittingId } from './intervention.repository';
import { LIMITS } from './intervention.service';
import { isIsoDate, moroccoDay } from './rules';
import { KINDS, OUTCOMES, SITTING_TYPES, type InterventionKind, type Outcome, type SittingType } from './tables';

export { ImportRejected };

export const IMPORT_COLUMNS = ['login', 'commune', 'sitting_date', 'sitting_type', 'kind', 'summary', 'outcome'] as const;

/** Labels accepted for each code, in any language (code → labels). */
export type CodeLabels = Record<string, string[]>;

interface Row {
	line: number;
	learnerId: number;
	communeId: number;
	sittingDate: string;
	sittingType: SittingType;
	kind: InterventionKind;
	summary: string;
	outcome: Outcome;
}

function codeReader<T extends string>(codes: readonly T[], labels: CodeLabels) {
	const byKey = new Map<string, T>();
	for (const c of codes) {
		byKey.set(matchKey(c), c);
		for (const l of labels[c] ?? []) byKey.set(matchKey(l), c);
	}
	return (raw: string): T | null => byKey.get(matchKey(raw)) ?? null;
}

const ARABIC = /[\u0600-\u06ff]/;

async function check(db: Db, bytes: Uint8Array | string, labels: CodeLabels, now: Date): Promise<{ rows: Row[]; problems: Problem[] }> {
	const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength;
	if (size > MAX_IMPORT_BYTES) return { rows: [], problems: [{ line: 1, column: null, key: 'import_too_large', params: { max: MAX_IMPORT_BYTES / 1024 } }] };
	const csv = readCsv(bytes);
	if (!csv.ok) return { rows: [], problems: csv.problems };
	const header = csv.header.map((h) => h.trim().toLowerCase());
	const problems: Problem[] = [];
	const col = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof IMPORT_COLUMNS)[number], number>;
	for (const c of IMPORT_COLUMNS) if (col[c] < 0) problems.push({ line: 1, column: c, key: 'council_import_missing_column', params: { column: c } });
	if (problems.length) return { rows: [], problems };

	const communes = communeMatcher(await db.selectFrom('commune').select(['id', 'name_ar', 'name_fr']).execute());
	const learners = new Map(
		(await db.selectFrom('app_user').select(['id', 'login', 'commune_id']).where('role', '=', 'learner').where('disabled_at', 'is', null).execute()).map((u) => [u.login, u])
	);
	const sittingType = codeReader(SITTING_TYPES, labels);
	const kind = codeReader(KINDS, labels);
	const outcome = codeReader(OUTCOMES, labels);
	const today = moroccoDay(now);
	const rows: Row[] = [];
	for (const r of csv.records) {
		const cell = (c: (typeof IMPORT_COLUMNS)[number]) => (r.cells[col[c]] ?? '').trim();
		const bad = (column: string, key: string, params?: Problem['params']) => problems.push({ line: r.line, column, key, params });
		const before = problems.length;
		const id = normaliseLogin(cell('login'));
		const learner = id ? learners.get(id.login) : undefined;
		if (!learner) bad('login', 'council_import_unknown_login');
		const commune = communes(cell('commune'));
		if (commune === 'unknown') bad('commune', 'council_import_unknown_commune');
		else if (commune === 'ambiguous') bad('commune', 'council_import_ambiguous_commune');
		else if (learner && learner.commune_id !== commune.id) bad('commune', 'council_import_not_her_commune');
		const date = cell('sitting_date');
		if (!isIsoDate(date)) bad('sitting_date', 'council_date_invalid');
		else if (date > today) bad('sitting_date', 'council_date_future');
		const type = sittingType(cell('sitting_type'));
		if (!type) bad('sitting_type', 'council_choose');
		const k = kind(cell('kind'));
		if (!k) bad('kind', 'council_choose');
		const summary = cell('summary');
		if (!summary) bad('summary', 'council_summary_required');
		else if (summary.length > LIMITS.summary) bad('summary', 'council_too_long');
		const o = outcome(cell('outcome'));
		if (!o) bad('outcome', 'council_choose');
		if (problems.length === before && learner && typeof commune === 'object' && type && k && o) {
			rows.push({ line: r.line, learnerId: learner.id, communeId: commune.id, sittingDate: date, sittingType: type, kind: k, summary, outcome: o });
		}
	}
	return { rows, problems };
}

/** Checks every row, then imports them all in one transaction (none with --dry-run). */
export async function importInterventions(db: Db, bytes: Uint8Array | string, opts: { dryRun?: boolean; labels?: CodeLabels; now?: Date } = {}): Promise<{ count: number }> {
	const now = opts.now ?? new Date();
	const { rows, problems } = await check(db, bytes, opts.labels ?? {}, now);
	if (problems.length) throw new ImportRejected(problems);
	if (opts.dryRun) return { count: rows.length };
	await db.transaction().execute(async (trx) => {
		for (const r of rows) {
			const sitting = await sittingId(trx, { communeId: r.communeId, date: r.sittingDate, type: r.sittingType, createdBy: null });
			const row = await trx
				.insertInto('intervention')
				.values({ learner_id: r.learnerId, sitting_id: sitting, kind: r.kind, summary: r.summary, summary_lang: ARABIC.test(r.summary) ? 'ar' : 'fr', outcome: r.outcome, status: 'submitted', updated_at: now })
				.returning('id')
				.executeTakeFirstOrThrow();
			await recordTransition(trx, { interventionId: row.id, actorId: null, from: null, to: 'submitted', reason: 'import' });
		}
	});
	return { count: rows.length };
}
