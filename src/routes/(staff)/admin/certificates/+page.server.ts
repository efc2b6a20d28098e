import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { communeOptions } from '$lib/server/web/users-view';
import { listCohorts } from '$lib/server/enrolment/cohort.repository';
import { listModules, listProgrammes } from '$lib/server/enrolment/enrolment.repository';
import { moduleTitle } from '$lib/server/web/enrolment-view';
import { register } from '$lib/server/certificates/certificates.repository';
import { filterFrom, statusOf } from '$lib/server/certificates/register';
import { displayLogin } from '$lib/server/users/login-id';
import { t } from '$lib/server/i18n';
import { pick } from '$lib/localized';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const locale = event.locals.locale;
	const f = filterFrom(event.url, PAGE_SIZE);
	const [modules, programmes, cohorts, communes, list] = await Promise.all([
		listModules(db()),
		listProgrammes(db()),
		listCohorts(db()),
		communeOptions(db(), locale),
		register(db(), f)
	]);
	const published = modules.filter((m) => m.status === 'published');
	return {
		targets: [
			...published.map((m) => ({ value: `module:${m.id}`, label: moduleTitle(m.title, locale, m.slug) })),
			...programmes
				.filter((p) => published.some((m) => m.programmeId === p.id))
				.map((p) => ({ value: `programme:${p.id}`, label: t('cert_programme_label', { title: pick(p.title, locale).text || p.slug }) }))
		],
		modules: modules.map((m) => ({ value: String(m.id), label: moduleTitle(m.title, locale, m.slug) })),
		cohorts: cohorts.items.map((c) => ({ value: String(c.id), label: c.name })),
		communes,
		filters: {
			q: f.q ?? '',
			module: f.moduleId ? String(f.moduleId) : '',
			cohort: f.cohortId ? String(f.cohortId) : '',
			commune: f.communeId ? String(f.communeId) : '',
			status: f.status ?? ''
		},
		query: event.url.search,
		total: list.total,
		page: f.page,
		pages: Math.max(1, Math.ceil(list.total / PAGE_SIZE)),
		certificates: list.items.map((c) => ({
			serial: c.serial,
			nameAr: c.holder_name_ar,
			nameLatin: c.holder_name_latin,
			login: displayLogin(c.login),
			commune: (locale === 'ar' ? c.commune_ar : c.commune_fr) ?? '—',
			what: pick(c.title, locale),
			issuedAt: c.issued_at.toISOString(),
			status: statusOf(c)
		}))
	};
};
