import { redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, formValues, raise } from '$lib/server/http';
import { assertCoachOf, createSession } from '$lib/server/coaching/coaching.service';
import { findLearner } from '$lib/server/coaching/coaching.repository';
import { learnerParam, person, sessionInputFrom } from '$lib/server/web/coaching';
import { sessionFormOptions } from '$lib/server/web/coaching-form';
import { toLocalParts } from '$lib/server/time';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'trainer', 'admin');
	const learnerId = learnerParam(event.params.learnerId);
	await assertCoachOf(db(), user, learnerId).catch(raise);
	const learner = (await findLearner(db(), learnerId))!;
	const log = event.url.searchParams.get('log') === '1';
	const now = toLocalParts(new Date());
	const tomorrow = toLocalParts(new Date(Date.now() + 86_400_000));
	return {
		learnerId,
		name: person(learner, event.locals.locale),
		defaults: log ? { date: now.date, startTime: '09:00', endTime: '10:00', status: 'held', mode: 'in_person' } : { date: tomorrow.date, startTime: '10:00', endTime: '11:00', status: 'planned', mode: 'in_person' },
		...(await sessionFormOptions(db(), event.locals.locale))
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'trainer', 'admin');
		const learnerId = learnerParam(event.params.learnerId);
		const data = await event.request.formData();
		try {
			await createSession(db(), user, learnerId, sessionInputFrom(data));
		} catch (e) {
			return failWith(e, { ...formValues(data), needs: data.getAll('needs').join(' ') });
		}
		redirect(303, `/coach/${learnerId}?saved=1`);
	}
};
