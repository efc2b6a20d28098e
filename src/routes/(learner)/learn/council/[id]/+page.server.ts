import { redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, parseId, raise } from '$lib/server/http';
import { deleteDraft, formChoices, getIntervention } from '$lib/server/council/intervention.service';
import { saveFromForm } from '$lib/server/web/council';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'learner');
	const id = parseId(event.params.id);
	const it = await getIntervention(db(), user, id).catch(raise);
	const choices = await formChoices(db(), user.id, event.locals.locale);
	const values = {
		sittingDate: it.sittingDate,
		sittingType: it.sittingType,
		kind: it.kind,
		summary: it.summary,
		summaryLang: it.summaryLang,
		outcome: it.outcome,
		gender: it.gender ? 'on' : '',
		agendaItem: it.agendaItem,
		communeId: String(it.communeId),
		outOfCommuneReason: it.outOfCommuneReason ?? '',
		evidenceUrl: it.evidenceUrl ?? '',
		goalId: it.goalId ? String(it.goalId) : ''
	};
	const chosenTopics = choices.topics.filter((t) => it.topics.includes(t.code)).map((t) => String(t.id));
	return { it, ...choices, values, chosenTopics, editable: it.status === 'draft' || it.status === 'returned' };
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireRole(event, 'learner');
		return saveFromForm(event, user, parseId(event.params.id), '/learn/council');
	},
	delete: async (event) => {
		const user = requireRole(event, 'learner');
		try {
			await deleteDraft(db(), user, parseId(event.params.id));
		} catch (e) {
			return failWith(e, {});
		}
		redirect(303, '/learn/council?done=deleted');
	}
};
