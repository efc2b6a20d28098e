import { redirect } from '@sveltejs/kit';
import { requireModuleStaff, requireRole, staffScope } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, field, formValues } from '$lib/server/http';
import { moduleReport, REPORT_PAGE_SIZE, setExcusedNotCounted } from '$lib/server/attendance/reports.service';
import { pageParam } from '$lib/server/web/enrolment-view';
import { showDateTime } from '$lib/i18n/format';
import { modeText } from '$lib/server/web/session-view';
import { findModuleBySlug, listModules } from '$lib/server/enrolment/enrolment.repository';
import { pick } from '$lib/localized';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'trainer', 'admin');
	const locale = event.locals.locale;
	const modules = await listModules(db(), { ids: await staffScope(db(), user) });
	const slug = event.url.searchParams.get('module') || modules[0]?.slug || '';
	const mod = slug ? await findModuleBySlug(db(), slug) : undefined;
	if (mod) await requireModuleStaff(event, db(), mod.id);
	const sp = event.url.searchParams;
	const page = pageParam(event.url);
	const sessionPage = Math.max(1, Math.floor(Number(sp.get('spage')) || 1));
	const belowOnly = sp.get('below') === '1';
	const r = mod ? await moduleReport(db(), mod.id, new Date(), { page, belowOnly, sessionPage }) : null;
	return {
		modules: modules.map((m) => ({ slug: m.slug, title: pick(m.title, locale).text || m.slug })),
		report: r && {
			slug: r.slug,
			title: pick(r.title, locale).text || r.slug,
			threshold: r.threshold,
			excusedNotCounted: r.excusedNotCounted,
			below: r.belowCount,
			learnerCount: r.learnerCount,
			page,
			pages: Math.max(1, Math.ceil(r.learnerTotal / REPORT_PAGE_SIZE)),
			sessionPage,
			sessionPages: Math.max(1, Math.ceil(r.sessionTotal / REPORT_PAGE_SIZE)),
			overall: r.overall,
			learners: r.learners.map((l) => ({ ...l, commune: (locale === 'ar' ? l.communeAr : l.communeFr) ?? '' })),
			sessions: r.sessions.map((s) => ({ ...s, when: showDateTime(s.startsAt, locale), modeText: modeText(s.mode) })),
			byCohort: r.byCohort,
			byMode: r.byMode.map((g) => ({ ...g, key: modeText(g.key) }))
		},
		belowOnly,
		saved: event.url.searchParams.get('saved') === '1'
	};
};

export const actions: Actions = {
	setting: async (event) => {
		const user = requireRole(event, 'trainer', 'admin');
		const data = await event.request.formData();
		const slug = field(data, 'module');
		const mod = await findModuleBySlug(db(), slug);
		if (mod) await requireModuleStaff(event, db(), mod.id);
		try {
			await setExcusedNotCounted(db(), user, mod?.id ?? 0, field(data, 'excusedNotCounted') === 'on');
		} catch (e) {
			return failWith(e, formValues(data));
		}
		redirect(303, `/trainer/sessions/report?module=${encodeURIComponent(slug)}&saved=1`);
	}
};
