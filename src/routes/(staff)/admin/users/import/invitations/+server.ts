import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/web/guards';
import { t } from '$lib/server/i18n';
import { toCsv } from '$lib/server/enrolment/csv';
import type { RequestHandler } from './$types';

/**
 * The invitation links of an import, as a CSV to share. The links were shown on
 * the result page (only their hashes are stored), which posts them back here.
 */
export const POST: RequestHandler = async (event) => {
	requireRole(event, 'admin');
	const data = await event.request.formData();
	let people: { nameAr: string; nameLatin: string; login: string; link: string }[];
	try {
		people = JSON.parse(String(data.get('people') ?? '[]'));
		if (!Array.isArray(people)) throw new Error();
	} catch {
		error(400, t('error_invalid_form'));
	}
	const origin = `${event.url.origin}/invite/`;
	const rows = people.filter((p) => typeof p?.link === 'string' && p.link.startsWith(origin)).map((p) => [String(p.nameAr ?? ''), String(p.nameLatin ?? ''), String(p.login ?? ''), p.link]);
	const stamp = new Date().toISOString().slice(0, 10);
	return new Response(toCsv(['name_ar', 'name_latin', 'login', 'link'], rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="invitations-${stamp}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
