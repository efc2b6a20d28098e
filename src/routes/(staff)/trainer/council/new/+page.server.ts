import { redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, formValues } from '$lib/server/http';
import { entryCouncillor, entryCouncillors, formChoices, saveIntervention } from '$lib/server/council/intervention.service';
import { evidenceFromForm, interventionFromForm } from '$lib/server/council/forms';
import type { Actions, PageServerLoad } from './$types';

/** The councillor chosen in the query (?learner=ID), or null. */
const learnerOf = (url: URL) => {
	const n = Number(url.searchParams.get('learner'));
	return Number.isSafeInteger(n) && n > 0 ? n : null;
};

/** Staff enter an intervention for a councillor: first choose her, then the same form she uses. */
export const load: PageServerLoad = async (event) => {
	const actor = requireRole(event, 'trainer', 'admin');
	const learnerId = learnerOf(event.url);
	// A trainer sees only the councillors she coaches; the list is searched, never all at once.
	const [found, learner] = await Promise.all([entryCouncillors(db(), actor, event.url.searchParams.get('q') ?? ''), learnerId ? entryCouncillor(db(), actor, learnerId) : null]);
	const done = event.url.searchParams.get('done');
	const base = { councillors: found.councillors, more: found.more, search: found.search, learner, done: done === 'sent' || done === 'saved' ? done : null };
	if (!learner) return { ...base, form: null };
	const choices = await formChoices(db(), learner.id, event.locals.locale);
	const values = { communeId: choices.ownCommuneId ? String(choices.ownCommuneId) : '', sittingDate: choices.today, summaryLang: event.locals.locale === 'fr' ? 'fr' : 'ar' };
	return { ...base, form: { ...choices, values } };
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireRole(event, 'trainer', 'admin');
		const learnerId = learnerOf(event.url);
		const data = await event.request.formData();
		const submit = data.get('intent') === 'send';
		try {
			await saveIntervention(db(), actor, null, { ...interventionFromForm(data), learnerId: learnerId ?? undefined }, { submit, evidence: await evidenceFromForm(data) });
		} catch (e) {
			const values = formValues(data);
			values.topics = data.getAll('topics').join(',');
			return failWith(e, values);
		}
		redirect(303, `/trainer/council/new?done=${submit ? 'sent' : 'saved'}`);
	}
};
