import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, field, formValues } from '$lib/server/http';
import { addNeed, renameNeed, updateSettings } from '$lib/server/coaching/coaching.service';
import { getSettings, listNeeds } from '$lib/server/coaching/coaching.repository';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const [settings, needs] = await Promise.all([getSettings(db()), listNeeds(db())]);
	return { settings, needs: needs.map((n) => ({ id: n.id, code: n.code, ar: n.name.ar ?? '', fr: n.name.fr ?? '', zgh: n.name.zgh ?? '' })) };
};

async function act(event: RequestEvent, run: (admin: ReturnType<typeof requireRole>, data: FormData) => Promise<unknown>) {
	const admin = requireRole(event, 'admin');
	const data = await event.request.formData();
	try {
		await run(admin, data);
	} catch (e) {
		return failWith(e, formValues(data));
	}
	return { saved: true };
}

const need = (d: FormData) => ({ code: field(d, 'code'), ar: field(d, 'ar'), fr: field(d, 'fr'), zgh: field(d, 'zgh') });

export const actions: Actions = {
	settings: (event) => act(event, (a, d) => updateSettings(db(), a, { noContactWeeks: field(d, 'noContactWeeks'), targetSessions: field(d, 'targetSessions') })),
	addNeed: (event) => act(event, (a, d) => addNeed(db(), a, need(d))),
	renameNeed: (event) => act(event, (a, d) => renameNeed(db(), a, Number(field(d, 'id')), need(d)))
};
