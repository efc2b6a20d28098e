// HTTP glue of the council pages (issue 15): the intervention form's save action.
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { db } from '../db/runtime';
import { failWith, formValues } from '../http';
import type { SessionUser } from '../auth/session';
import { evidenceFromForm, interventionFromForm } from '../council/forms';
import { saveIntervention } from '../council/intervention.service';

/** Saves (and, with the main button, sends) the form; keeps what was typed on failure. */
export async function saveFromForm(event: RequestEvent, actor: SessionUser, id: number | null, back: string) {
	const data = await event.request.formData();
	const submit = data.get('intent') === 'send';
	try {
		await saveIntervention(db(), actor, id, interventionFromForm(data), { submit, evidence: await evidenceFromForm(data) });
	} catch (e) {
		const values = formValues(data);
		values.topics = data.getAll('topics').join(',');
		return failWith(e, values);
	}
	redirect(303, `${back}?done=${submit ? 'sent' : 'saved'}`);
}
