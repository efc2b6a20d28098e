import { error } from '@sveltejs/kit';
import { requireModuleStaff, requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { t } from '$lib/server/i18n';
import { moduleReportCsv } from '$lib/server/attendance/reports.service';
import { findModuleBySlug } from '$lib/server/enrolment/enrolment.repository';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'trainer', 'admin');
	const mod = await findModuleBySlug(db(), event.url.searchParams.get('module') ?? '');
	if (!mod) error(404, t('error_not_found'));
	await requireModuleStaff(event, db(), mod.id);
	const stamp = new Date().toISOString().slice(0, 10);
	return new Response(await moduleReportCsv(db(), mod.id), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="attendance-${mod.slug}-${stamp}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
