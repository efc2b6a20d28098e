import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { formChoices } from '$lib/server/council/intervention.service';
import { saveFromForm } from '$lib/server/web/council';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'learner');
	const choices = await formChoices(db(), user.id, event.locals.locale);
	return { ...choices, values: { communeId: choices.ownCommuneId ? String(choices.ownCommuneId) : '', sittingDate: choices.today, summaryLang: event.locals.locale === 'fr' ? 'fr' : 'ar' } };
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireRole(event, 'learner');
		return saveFromForm(event, user, null, '/learn/council');
	}
};
