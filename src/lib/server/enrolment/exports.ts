import { sql } from 'kysely';
import type { Db } from '../db/index';
import type { Localized } from '../db/schema';
import { displayLogin } from '../users/login-id';
import { toCsv } from './csv';
import { learnerProgress } from './enrolment.repository';

/** Excel reads "2026-11-29 16:05" as a date; shown in Moroccan time. */
export function excelTime(d: Date | string | null): string {
	if (!d) return '';
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Africa/Casablanca',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	}).formatToParts(new Date(d));
	const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
	return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

const title = (t: Localized, l: 'ar' | 'fr') => t[l] ?? t.fr ?? t.ar ?? t.zgh ?? '';

/** Everyone, with the import's column names first so that the file reads back in. */
export async function usersCsv(db: Db): Promise<string> {
	const rows = await db
		.selectFrom('app_user as u')
		.leftJoin('commune as c', 'c.id', 'u.commune_id')
		.select([
			'u.name_ar',
			'u.name_latin',
			'u.login',
			'c.name_fr as commune',
			'u.locale',
			'u.role',
			'u.disabled_at',
			'u.created_at',
			sql<boolean>`u.password_hash is not null`.as('activated'),
			sql<string | null>`(select string_agg(k.name, ' | ' order by k.name) from cohort_member cm join cohort k on k.id = cm.cohort_id where cm.user_id = u.id)`.as('cohorts')
		])
		.orderBy('u.name_latin')
		.orderBy('u.id')
		.execute();
	return toCsv(
		['name_ar', 'name_latin', 'login', 'commune', 'language', 'role', 'status', 'cohorts', 'created_at'],
		rows.map((r) => [
			r.name_ar,
			r.name_latin,
			displayLogin(r.login),
			r.commune ?? '',
			r.locale,
			r.role,
			r.disabled_at ? 'disabled' : r.activated ? 'active' : 'invited',
			r.cohorts ?? '',
			excelTime(r.created_at)
		])
	);
}

/** One line per learner and module: lessons done of the module's lessons, and the last time she opened one. */
export async function progressCsv(db: Db, f: { cohortId?: number; moduleId?: number } = {}): Promise<string> {
	const { items } = await learnerProgress(db, { ...f, includeWithdrawn: true, page: 1, pageSize: 1_000_000 });
	return toCsv(
		['name_ar', 'name_latin', 'login', 'commune', 'cohorts', 'module', 'module_title_ar', 'module_title_fr', 'status', 'lessons_done', 'lessons_total', 'percent', 'last_activity', 'enrolled_at'],
		items.map((r) => [
			r.name_ar,
			r.name_latin,
			displayLogin(r.login),
			r.commune_fr ?? '',
			r.cohorts ?? '',
			r.slug,
			title(r.title, 'ar'),
			title(r.title, 'fr'),
			r.status,
			r.done,
			r.total_lessons,
			r.total_lessons ? Math.round((100 * r.done) / r.total_lessons) : 0,
			excelTime(r.last_activity),
			excelTime(r.enrolled_at)
		])
	);
}

/** The links to hand out after an import (WhatsApp, SMS, paper). */
export function invitationsCsv(origin: string, people: { nameAr: string; nameLatin: string; login: string; token: string }[]): string {
	return toCsv(
		['name_ar', 'name_latin', 'login', 'link'],
		people.map((p) => [p.nameAr, p.nameLatin, displayLogin(p.login), `${origin}/invite/${p.token}`])
	);
}
