// The admins' register: filters from the address, CSV and ZIP (routes only: translates with the request's locale).
import { zipSync } from 'fflate';
import type { Locale } from '../../i18n';
import { pick } from '../../localized';
import type { Db } from '../db/index';
import { t } from '../i18n';
import { toCsv } from '../enrolment/csv';
import { displayLogin } from '../users/login-id';
import { pdfsOf, register, type RegisterFilter, type Status } from './certificates.repository';

const STATUSES: Status[] = ['valid', 'revoked', 'replaced'];

function id(url: URL, name: string): number | undefined {
	const n = Number(url.searchParams.get(name));
	return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

export function filterFrom(url: URL, pageSize: number): RegisterFilter {
	const status = url.searchParams.get('status') as Status;
	return {
		q: url.searchParams.get('q') ?? undefined,
		moduleId: id(url, 'module'),
		cohortId: id(url, 'cohort'),
		communeId: id(url, 'commune'),
		status: STATUSES.includes(status) ? status : undefined,
		page: Math.max(1, Math.floor(Number(url.searchParams.get('page')) || 1)),
		pageSize
	};
}

export function statusOf(c: { revoked_at: Date | null; replaced_at: Date | null }): Status {
	return c.revoked_at ? 'revoked' : c.replaced_at ? 'replaced' : 'valid';
}

export async function registerCsv(db: Db, f: RegisterFilter, locale: Locale): Promise<string> {
	const { items } = await register(db, { ...f, page: 1, pageSize: 100_000 });
	return toCsv(
		['serial', 'status', 'name_ar', 'name_latin', 'login', 'commune', 'what', 'hours', 'issued_at', 'revoked_at', 'revoke_reason', 'replaced_at', 'override_reason'],
		items.map((c) => [
			c.serial,
			statusOf(c),
			c.holder_name_ar,
			c.holder_name_latin,
			displayLogin(c.login),
			(locale === 'ar' ? c.commune_ar : c.commune_fr) ?? '',
			pick(c.title, locale).text,
			Number(c.hours),
			c.issued_at.toISOString(),
			c.revoked_at?.toISOString() ?? '',
			c.revoke_reason ?? '',
			c.replaced_at?.toISOString() ?? '',
			c.override_reason ?? ''
		])
	);
}

export const ZIP_MAX = 200;

/** The stored PDFs of the register's current selection (at most ZIP_MAX), as one ZIP; PDFs are not compressed again. */
export async function registerZip(db: Db, f: RegisterFilter): Promise<Uint8Array> {
	const { items } = await register(db, { ...f, page: 1, pageSize: ZIP_MAX });
	const pdfs = await pdfsOf(db, items.map((c) => c.serial));
	const files: Record<string, [Uint8Array, { level: 0 }]> = {};
	for (const p of pdfs) {
		const name = `${p.serial}-${p.holder_name_latin.normalize('NFKD').replace(/[^\w-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 60)}.pdf`;
		files[name] = [new Uint8Array(p.bytes), { level: 0 }];
	}
	if (!pdfs.length) files[`${t('cert_none')}.txt`.replace(/[^\p{L}\p{N}. -]+/gu, '_')] = [new TextEncoder().encode(t('cert_none')), { level: 0 }];
	return zipSync(files);
}
