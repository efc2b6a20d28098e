// Helpers for the enrolment pages (routes only: they translate with the request's locale).
import { isolate } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n';
import { pick } from '$lib/localized';
import type { Db } from '../db/index';
import { t } from '../i18n';
import { problemParams, type Problem } from '../enrolment/csv';
import { listModules, listProgrammes } from '../enrolment/enrolment.repository';

/** "Line 3, column login: reason", in the page's language. */
export function problemMessage(p: Problem): string {
	// What came from the file (a value, a column name) is isolated: Latin text and quote marks keep their order in Arabic.
	const params = Object.fromEntries(Object.entries(problemParams(p)).map(([k, v]) => [k, typeof v === 'string' ? isolate(v) : v]));
	const reason = t(p.key, params);
	return p.column ? t('import_problem_at', { line: p.line, column: isolate(p.column), reason }) : t('import_problem_line', { line: p.line, reason });
}

/** Choices for the enrol forms: each module, then "all modules of" each programme that has some. */
export async function targetOptions(db: Db, locale: Locale) {
	const [modules, programmes] = await Promise.all([listModules(db), listProgrammes(db)]);
	return [
		...modules.map((m) => ({ value: `module:${m.id}`, label: pick(m.title, locale).text || m.slug })),
		...programmes
			.filter((p) => modules.some((m) => m.programmeId === p.id))
			.map((p) => ({ value: `programme:${p.id}`, label: t('enrol_target_programme', { title: pick(p.title, locale).text || p.slug }) }))
	];
}

export function moduleTitle(title: Parameters<typeof pick>[0], locale: Locale, slug: string): string {
	return pick(title, locale).text || slug;
}

export function pageParam(url: URL): number {
	return Math.max(1, Math.floor(Number(url.searchParams.get('page')) || 1));
}

export function idParam(url: URL, name: string): number | undefined {
	const n = Number(url.searchParams.get(name));
	return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
