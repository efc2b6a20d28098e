import { redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, formValues, parseId, raise } from '$lib/server/http';
import { sessionForEdit, updateSession } from '$lib/server/coaching/coaching.service';
import { findLearner } from '$lib/server/coaching/coaching.repository';
import { learnerParam, person, sessionInputFrom } from '$lib/server/web/coaching';
import { sessionFormOptions } from '$lib/server/web/coaching-form';
import { error } from '@sveltejs/kit';
import { t } from '$lib/server/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'trainer', 'admin');
	const learnerId = learnerParam(event.params.learnerId);
	const s = await sessionForEdit(db(), user, parseId(event.params.sessionId)).catch(raise);
	if (s.learnerId !== learnerId) error(404, t('error_not_found'));
	const learner = (await findLearner(db(), learnerId))!;
	return { learnerId, name: person(learner, event.locals.locale), values: s.values, needs: s.needs, ...(await sessionFormOptions(db(), event.locals.locale)) };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'trainer', 'admin');
		const learnerId = learnerParam(event.params.learnerId);
		const data = await event.request.formData();
		try {
			const owner = await updateSession(db(), user, parseId(event.params.sessionId), sessionInputFrom(data));
			if (owner !== learnerId) error(404, t('error_not_found'));
		} catch (e) {
			return failWith(e, { ...formValues(data), needs: data.getAll('needs').join(' ') });
		}
		redirect(303, `/coach/${learnerId}?saved=1`);
	}
};
