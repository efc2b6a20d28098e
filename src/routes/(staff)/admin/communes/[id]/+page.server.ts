import { redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, formValues, parseId, raise } from '$lib/server/http';
import { communeDetail } from '$lib/server/council/engagement.service';
import { addActivity, setEngagementStatus } from '$lib/server/council/activity.service';
import { moroccoDay } from '$lib/server/council/rules';
import { idParam } from '$lib/server/web/enrolment-view';
import { evidenceFromForm } from '$lib/server/council/forms';
import { activityFromForm, engagementFromForm } from '$lib/server/web/council-memos';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const asked = { sittings: idParam(event.url, 'sp') ?? 1, interventions: idParam(event.url, 'ip') ?? 1 };
	const detail = await communeDetail(db(), parseId(event.params.id), asked).catch(raise);
	const done = event.url.searchParams.get('done');
	return {
		...detail,
		sittingPage: Math.min(asked.sittings, detail.sittingPages),
		interventionPage: Math.min(asked.interventions, detail.interventionPages),
		today: moroccoDay(new Date()),
		done: done === 'status' || done === 'activity' ? done : null
	};
};

export const actions: Actions = {
	status: async (event) => {
		const actor = requireRole(event, 'admin');
		const id = parseId(event.params.id);
		const data = await event.request.formData();
		try {
			await setEngagementStatus(db(), actor, id, engagementFromForm(data), { evidence: await evidenceFromForm(data) });
		} catch (e) {
			return failWith(e, { ...formValues(data), form: 'status' });
		}
		redirect(303, `/admin/communes/${id}?done=status`);
	},
	activity: async (event) => {
		const actor = requireRole(event, 'admin');
		const id = parseId(event.params.id);
		const data = await event.request.formData();
		try {
			await addActivity(db(), actor, id, activityFromForm(data), { evidence: await evidenceFromForm(data) });
		} catch (e) {
			return failWith(e, { ...formValues(data), form: 'activity' });
		}
		redirect(303, `/admin/communes/${id}?done=activity`);
	}
};
