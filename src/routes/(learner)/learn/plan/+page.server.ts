import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, field, formValues } from '$lib/server/http';
import { setActionByLearner } from '$lib/server/coaching/coaching.service';
import { addLearnerReview, learnerPlanView } from '$lib/server/coaching/plan.service';
import { listNeeds } from '$lib/server/coaching/coaching.repository';
import { day, modeText, needLabel, pct, person, when } from '$lib/server/web/coaching';
import { t } from '$lib/server/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'learner');
	const locale = event.locals.locale;
	const now = new Date();
	const [v, needs] = await Promise.all([learnerPlanView(db(), user.id, now), listNeeds(db())]);
	const needName = new Map(needs.map((n) => [n.code, needLabel(n.name, n.code, locale)]));
	const plan = v.plan;
	return {
		plan: plan && {
			statusText: t(`coach_plan_status_${plan.status}`),
			progress: pct(plan.progress, locale),
			goals: plan.goals.map((g) => ({
				id: g.id,
				need: g.need_code ? needLabel(g.need_name ?? {}, g.need_code, locale) : null,
				text: g.text,
				baseline: g.baseline,
				target: g.target,
				latest: g.latest,
				statusText: t(`coach_plan_status_${g.status}`),
				reviews: g.reviews.map((r) => ({ id: r.id, learnerRating: r.learner_rating, coachRating: r.coach_rating, comment: r.comment, at: day(r.created_at, locale) }))
			}))
		},
		actions: v.actions.filter((a) => a.owner === 'learner' && a.status !== 'dropped').map((a) => ({ id: a.id, text: a.text, done: a.status === 'done', due: day(a.due_on, locale), overdue: a.overdue })),
		upcoming: v.sessions.filter((s) => s.status === 'planned' && s.starts_at >= now).reverse().map((s) => ({ id: s.id, when: when(s.starts_at, locale), mode: modeText(s.mode), place: s.place, coach: person({ name_ar: s.coach_ar, name_latin: s.coach_latin }, locale) })),
		summaries: v.sessions.filter((s) => s.status === 'held' && s.summary).map((s) => ({ id: s.id, when: day(s.starts_at, locale), mode: modeText(s.mode), summary: s.summary, needs: s.needs.map((c) => needName.get(c) ?? c) }))
	};
};

export const actions: Actions = {
	done: async (event) => {
		const user = requireRole(event, 'learner');
		const data = await event.request.formData();
		try {
			await setActionByLearner(db(), user.id, Number(field(data, 'id')), field(data, 'done') === '1');
		} catch (e) {
			return failWith(e, formValues(data));
		}
		return { saved: true };
	},
	review: async (event) => {
		const user = requireRole(event, 'learner');
		const data = await event.request.formData();
		try {
			await addLearnerReview(db(), user.id, Number(field(data, 'goalId')), { rating: field(data, 'rating'), comment: field(data, 'comment') });
		} catch (e) {
			return failWith(e, formValues(data));
		}
		return { saved: true };
	}
};
