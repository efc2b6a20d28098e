import { redirect } from '@sveltejs/kit';
import { requireModuleStaff, requireSessionStaff, staffScope } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { field, idAction, parseId, raise } from '$lib/server/http';
import { cancelSession, mustFindSession, restoreSession, updateSession } from '$lib/server/attendance/sessions.service';
import { sessionHistory } from '$lib/server/attendance/marks.service';
import { sessionFormValues, sessionInput, sessionOptions } from '$lib/server/web/session-form';
import { uploadSheetScan } from '$lib/server/attendance/sheet-upload';
import { sessionCard } from '$lib/server/web/session-view';
import { showDateTime } from '$lib/i18n/format';
import { Invalid } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = await requireSessionStaff(event, db(), parseId(event.params.id));
	const id = parseId(event.params.id);
	const locale = event.locals.locale;
	const s = await mustFindSession(db(), id).catch(raise);
	const [options, history] = await Promise.all([sessionOptions(db(), locale, await staffScope(db(), user)), sessionHistory(db(), id, 30)]);
	return {
		session: sessionCard(s, locale),
		sheetFileId: s.sheetFileId,
		values: sessionFormValues(s),
		...options,
		history: history.map((h) => ({
			id: h.id,
			name: locale === 'ar' ? h.nameAr : h.nameLatin,
			by: (locale === 'ar' ? h.byNameAr : h.byNameLatin) ?? '',
			old: h.oldStatus,
			new: h.newStatus,
			source: h.source,
			at: showDateTime(h.changedAt, locale)
		})),
		saved: event.url.searchParams.get('saved'),
		confirm: event.url.searchParams.get('confirm')
	};
};

export const actions: Actions = {
	update: async (event) => {
		await requireSessionStaff(event, db(), parseId(event.params.id));
		return idAction(event, ['trainer', 'admin'], async (actor, id, data) => {
			// Moving it to another module needs that module's staff too.
			await requireModuleStaff(event, db(), parseId(field(data, 'moduleId')));
			await updateSession(db(), actor, id, sessionInput(data));
			redirect(303, `/trainer/sessions/${id}?saved=updated`);
		});
	},
	cancel: async (event) =>
		(await requireSessionStaff(event, db(), parseId(event.params.id))) &&
		idAction(event, ['trainer', 'admin'], async (actor, id, data) => {
			await cancelSession(db(), actor, id, field(data, 'reason'));
			redirect(303, `/trainer/sessions/${id}?saved=cancelled`);
		}),
	restore: async (event) =>
		(await requireSessionStaff(event, db(), parseId(event.params.id))) &&
		idAction(event, ['trainer', 'admin'], async (actor, id) => {
			await restoreSession(db(), actor, id);
			redirect(303, `/trainer/sessions/${id}?saved=restored`);
		}),
	sheet: async (event) =>
		(await requireSessionStaff(event, db(), parseId(event.params.id))) &&
		idAction(event, ['trainer', 'admin'], async (actor, id, data) => {
			const file = data.get('file');
			if (!(file instanceof File) || file.size === 0) throw new Invalid('media_file_empty', { file: 'media_file_empty' });
			await uploadSheetScan(db(), actor, id, { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name });
			redirect(303, `/trainer/sessions/${id}?saved=sheet`);
		})
};
