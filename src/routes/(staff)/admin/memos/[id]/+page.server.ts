import { redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, formValues, parseId, raise } from '$lib/server/http';
import { NotFound } from '$lib/server/errors';
import { memoRegister } from '$lib/server/council/engagement.service';
import { memoChoices, recordMemoStep, saveMemo, verifyMemo } from '$lib/server/council/memo.service';
import { moroccoDay } from '$lib/server/council/rules';
import { evidenceFromForm } from '$lib/server/council/forms';
import { memoFromForm, memoValues, stepFromForm } from '$lib/server/web/council-memos';
import type { Actions, PageServerLoad } from './$types';

/** One memo: its details (editable), its timeline, the form to record a step, and verification. */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const id = parseId(event.params.id);
	const [register, choices] = await Promise.all([memoRegister(db(), { id }), memoChoices(db())]);
	const memo = register.memos[0];
	if (!memo) raise(new NotFound());
	return { memo, ...choices, today: moroccoDay(new Date()), done: event.url.searchParams.get('done') };
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireRole(event, 'admin');
		const id = parseId(event.params.id);
		const data = await event.request.formData();
		try {
			await saveMemo(db(), actor, id, memoFromForm(data));
		} catch (e) {
			return failWith(e, { ...memoValues(formValues(data), data), form: 'memo' });
		}
		redirect(303, `/admin/memos/${id}?done=saved`);
	},
	step: async (event) => {
		const actor = requireRole(event, 'admin');
		const id = parseId(event.params.id);
		const data = await event.request.formData();
		try {
			await recordMemoStep(db(), actor, id, stepFromForm(data), { evidence: await evidenceFromForm(data) });
		} catch (e) {
			return failWith(e, { ...formValues(data), form: 'step' });
		}
		redirect(303, `/admin/memos/${id}?done=step`);
	},
	verify: async (event) => {
		const actor = requireRole(event, 'admin');
		const id = parseId(event.params.id);
		try {
			await verifyMemo(db(), actor, id);
		} catch (e) {
			return failWith(e, { form: 'verify' });
		}
		redirect(303, `/admin/memos/${id}?done=verified`);
	}
};
