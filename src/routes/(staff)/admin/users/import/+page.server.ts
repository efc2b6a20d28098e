import { fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { field } from '$lib/server/http';
import { t } from '$lib/server/i18n';
import { displayLogin } from '$lib/server/users/login-id';
import { FORMAT_PARAMS, type Problem } from '$lib/server/enrolment/csv';
import { IMPORT_COLUMNS } from '$lib/server/enrolment/import-rows';
import { ImportRejected, MAX_IMPORT_BYTES, previewImport, runImport } from '$lib/server/enrolment/import.service';
import { problemMessage } from '$lib/server/web/enrolment-view';
import type { Actions, PageServerLoad } from './$types';

/** In kilobytes: the unit is in the catalogue. */
const MAX = MAX_IMPORT_BYTES / 1024;

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	return { max: MAX, columns: IMPORT_COLUMNS.join(', ') };
};

const shown = (problems: Problem[]) => problems.map((p) => ({ line: p.line, message: problemMessage(p) }));

async function preview(bytes: Uint8Array) {
	const p = await previewImport(db(), bytes);
	const byLine = new Map<number, string[]>();
	for (const x of p.problems) byLine.set(x.line, [...(byLine.get(x.line) ?? []), problemMessage(x)]);
	return {
		problems: shown(p.problems),
		counts: p.counts,
		lines: p.lines.map((l) => ({ line: l.line, status: l.status, values: l.values, problems: byLine.get(l.line) ?? [] })),
		// The file goes back with the confirmation, so nothing is kept on the server between the two steps.
		payload: p.problems.length ? null : Buffer.from(bytes).toString('base64')
	};
}

export const actions: Actions = {
	check: async (event) => {
		requireRole(event, 'admin');
		const data = await event.request.formData();
		const file = data.get('file');
		if (!(file instanceof File) || file.size === 0) return fail(400, { message: t('import_no_file', FORMAT_PARAMS) });
		if (file.size > MAX_IMPORT_BYTES) return fail(400, { message: t('import_too_large', { max: MAX }) });
		const result = await preview(new Uint8Array(await file.arrayBuffer()));
		return result.problems.length ? fail(400, { preview: result }) : { preview: result };
	},
	import: async (event) => {
		const admin = requireRole(event, 'admin');
		const data = await event.request.formData();
		const bytes = new Uint8Array(Buffer.from(field(data, 'payload'), 'base64'));
		if (bytes.byteLength === 0) return fail(400, { message: t('import_no_file', FORMAT_PARAMS) });
		try {
			const r = await runImport(db(), { id: admin.id }, bytes);
			return {
				result: {
					created: r.created.length,
					existing: r.existing,
					memberships: r.membershipsAdded,
					cohortsCreated: r.cohortsCreated,
					people: r.created.map((p) => ({ nameAr: p.nameAr, nameLatin: p.nameLatin, login: displayLogin(p.login), link: `${event.url.origin}/invite/${p.token}` }))
				}
			};
		} catch (e) {
			if (e instanceof ImportRejected) return fail(400, { preview: await preview(bytes) });
			throw e;
		}
	}
};
