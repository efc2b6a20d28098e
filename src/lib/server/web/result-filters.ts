/** The cohort and commune filters of the trainers' result pages. */
import type { Db } from '../db/index';
import { listCohorts } from '../enrolment/cohort.repository';
import { communeOptions } from './users-view';
import type { ResultFilter } from '../quizzes/results.service';

function idParam(url: URL, name: string): number | undefined {
	const n = Number(url.searchParams.get(name));
	return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

export function resultFilter(url: URL): ResultFilter {
	return { cohortId: idParam(url, 'cohort'), communeId: idParam(url, 'commune') };
}

export async function filterOptions(db: Db, locale: string) {
	const [cohorts, communes] = await Promise.all([listCohorts(db), communeOptions(db, locale)]);
	return { cohorts: cohorts.items.map((c) => ({ value: String(c.id), label: c.name })), communes };
}

export function filterQuery(f: ResultFilter): string {
	const p = new URLSearchParams();
	if (f.cohortId) p.set('cohort', String(f.cohortId));
	if (f.communeId) p.set('commune', String(f.communeId));
	const s = p.toString();
	return s ? `?${s}` : '';
}
