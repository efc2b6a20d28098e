import { redirect } from '@sveltejs/kit';
import { requireModuleStaff, requireRole, staffScope } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, field, formValues } from '$lib/server/http';
import { createSession, MAX_REPEAT } from '$lib/server/attendance/sessions.service';
import { sessionInput, sessionOptions } from '$lib/server/web/session-form';
import { toLocalParts } from '$lib/server/time';
import { findModuleBySlug } from '$lib/server/enrolment/enrolment.repository';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'trainer', 'admin');
	const options = await sessionOptions(db(), event.locals.locale, await staffScope(db(), user));
	const slug = event.url.searchParams.get('module');
	const mod = slug ? await findModuleBySlug(db(), slug) : undefined;
	const today = toLocalParts(new Date()).date;
	return {
		...options,
		maxRepeat: MAX_REPEAT,
		defaults: {
			moduleId: mod ? String(mod.id) : (options.modules[0]?.value ?? ''),
			cohortId: options.cohorts[0]?.value ?? '',
			date: today,
			startTime: '09:00',
			endTime: '12:00',
			mode: 'in_person',
			lateAfterMinutes: '15',
			repeat: '1'
		}
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'trainer', 'admin');
		const data = await event.request.formData();
		const moduleId = Number(field(data, 'moduleId'));
		if (Number.isSafeInteger(moduleId) && moduleId > 0) await requireModuleStaff(event, db(), moduleId);
		let id: number;
		try {
			id = await createSession(db(), user, sessionInput(data));
		} catch (e) {
			return failWith(e, formValues(data));
		}
		redirect(303, `/trainer/sessions/${id}?saved=created`);
	}
};
