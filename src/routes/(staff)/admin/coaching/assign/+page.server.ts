import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, field, formValues } from '$lib/server/http';
import { assignCoach, unassignCoach } from '$lib/server/coaching/coaching.service';
import { listAssignments, listCoaches } from '$lib/server/coaching/coaching.repository';
import { pageParam } from '$lib/server/web/enrolment-view';
import { displayLogin } from '$lib/server/users/login-id';
import { day } from '$lib/server/web/coaching';
import { displayName } from '$lib/names';
import type { Actions, PageServerLoad } from './$types';

const PAGE = 50;

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const locale = event.locals.locale;
	const page = pageParam(event.url);
	const [{ items, total }, coaches] = await Promise.all([listAssignments(db(), PAGE, (page - 1) * PAGE), listCoaches(db())]);
	return {
		page,
		pages: Math.max(1, Math.ceil(total / PAGE)),
		coaches: coaches.map((c) => ({ value: c.login, label: `${displayName({ nameAr: c.name_ar, nameLatin: c.name_latin }, locale)} (${displayLogin(c.login)})` })),
		items: items.map((a) => ({
			coachId: a.coach_id,
			learnerId: a.learner_id,
			coach: displayName({ nameAr: a.coach_ar, nameLatin: a.coach_latin }, locale),
			learner: displayName({ nameAr: a.learner_ar, nameLatin: a.learner_latin }, locale),
			learnerLogin: displayLogin(a.learner_login),
			at: day(a.assigned_at, locale)
		}))
	};
};

export const actions: Actions = {
	assign: async (event) => {
		const admin = requireRole(event, 'admin');
		const data = await event.request.formData();
		try {
			await assignCoach(db(), admin, field(data, 'coach'), field(data, 'learner'));
		} catch (e) {
			return failWith(e, formValues(data));
		}
		return { saved: true };
	},
	unassign: async (event) => {
		const admin = requireRole(event, 'admin');
		const data = await event.request.formData();
		try {
			await unassignCoach(db(), admin, Number(field(data, 'coachId')), Number(field(data, 'learnerId')));
		} catch (e) {
			return failWith(e, formValues(data));
		}
		return { saved: true };
	}
};
