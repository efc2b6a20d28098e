/** The interventions list as CSV (UTF-8 with BOM: Excel opens Arabic intact). */
import type { Db } from '../db/index';
import { toCsv } from '../enrolment/csv';
import { listInterventions, type InterventionFilter } from './intervention.repository';

export const CSV_COLUMNS = ['login', 'name_ar', 'name_latin', 'commune', 'province', 'sitting_date', 'sitting_type', 'kind', 'agenda_item', 'summary', 'summary_lang', 'gender', 'topics', 'outcome', 'status'];

export async function interventionsCsv(db: Db, f: InterventionFilter): Promise<string> {
	const rows = await listInterventions(db, f, { limit: 50_000, offset: 0 });
	return toCsv(
		CSV_COLUMNS,
		rows.map((r) => [r.login, r.nameAr, r.nameLatin, r.communeFr, r.provinceFr, r.sittingDate, r.sittingType, r.kind, r.agendaItem, r.summary, r.summaryLang, r.gender ? 'yes' : 'no', r.topics.join(' '), r.outcome, r.status])
	);
}
