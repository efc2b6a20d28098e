import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, field, formValues, raise } from '$lib/server/http';
import { addCoachReview, addEvidence, addGoal, approveReview, setGoalStatus, setPlanStatus, staffPlanView, startPlan } from '$lib/server/coaching/plan.service';
import { day, learnerParam, needLabel, needOptions, pct, person, when } from '$lib/server/web/coaching';
import { pick } from '$lib/localized';
import { t } from '$lib/server/i18n';
import { formatDate } from '$lib/i18n/format';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'trainer', 'admin');
	const locale = event.locals.locale;
	const learnerId = learnerParam(event.params.learnerId);
	const v = await staffPlanView(db(), user, learnerId).catch(raise);
	const plan = v.plan;
	return {
		learnerId,
		name: person(v.learner, locale),
		plan: plan && {
			status: plan.status,
			statusText: t(`coach_plan_status_${plan.status}`),
			progress: pct(plan.progress, locale),
			goals: plan.goals.map((g) => ({
				id: g.id,
				need: g.need_code ? needLabel(g.need_name ?? {}, g.need_code, locale) : null,
				text: g.text,
				baseline: g.baseline,
				target: g.target,
				latest: g.latest,
				status: g.status,
				statusText: t(`coach_plan_status_${g.status}`),
				reviews: g.reviews.map((r) => ({ id: r.id, learnerRating: r.learner_rating, coachRating: r.coach_rating, comment: r.comment, approved: r.approved_at !== null, at: day(r.created_at, locale) })),
				evidence: g.evidence.map((e) => ({
					id: e.id,
					kind: t(`coach_evidence_${e.kind}`),
					label:
						e.kind === 'session'
							? when(e.session_at, locale)
							: e.kind === 'module'
								? pick(e.module_title ?? {}, locale).text || e.module_slug
								: e.kind === 'certificate'
									? e.certificate_serial
									: e.kind === 'intervention'
										? `${t(`council_kind_${e.intervention_kind}`)} · ${formatDate(`${e.intervention_sitting_date}T12:00:00Z`, locale)}`
										: e.url,
					url: e.url,
					note: e.note
				}))
			}))
		},
		needOptions: [{ value: '', label: t('coach_goal_free') }, ...needOptions(v.needs, locale)],
		statusOptions: ['draft', 'active', 'completed'].map((s) => ({ value: s, label: t(`coach_plan_status_${s}`) })),
		evidenceKinds: ['session', 'module', 'certificate', 'link'].map((k) => ({ value: k, label: t(`coach_evidence_${k}`) })),
		evidenceRefs: [
			...v.sessions.map((s) => ({ value: `session:${s.id}`, label: `${t('coach_evidence_session')} · ${when(s.starts_at, locale)}` })),
			...v.modules.map((m) => ({ value: `module:${m.id}`, label: `${t('coach_evidence_module')} · ${pick(m.title, locale).text || m.slug}` })),
			...v.certificates.map((c) => ({ value: `certificate:${c.id}`, label: `${t('coach_evidence_certificate')} · ${c.serial}` }))
		]
	};
};

type Run = (user: ReturnType<typeof requireRole>, learnerId: number, data: FormData) => Promise<unknown>;
async function act(event: RequestEvent, run: Run) {
	const user = requireRole(event, 'trainer', 'admin');
	const learnerId = learnerParam(event.params.learnerId);
	const data = await event.request.formData();
	try {
		await run(user, learnerId, data);
	} catch (e) {
		return failWith(e, formValues(data));
	}
	return { saved: true };
}

export const actions: Actions = {
	start: (event) => act(event, (u, l) => startPlan(db(), u, l)),
	status: (event) => act(event, (u, l, d) => setPlanStatus(db(), u, l, field(d, 'status'))),
	goal: (event) => act(event, (u, l, d) => addGoal(db(), u, l, { need: field(d, 'need'), text: field(d, 'text'), baseline: field(d, 'baseline'), target: field(d, 'target') })),
	goalStatus: (event) => act(event, (u, l, d) => setGoalStatus(db(), u, l, Number(field(d, 'goalId')), field(d, 'status'))),
	review: (event) => act(event, (u, l, d) => addCoachReview(db(), u, l, Number(field(d, 'goalId')), { rating: field(d, 'rating'), comment: field(d, 'comment') })),
	approve: (event) => act(event, (u, l, d) => approveReview(db(), u, l, Number(field(d, 'goalId')), Number(field(d, 'reviewId')), field(d, 'coachRating'))),
	evidence: (event) =>
		act(event, (u, l, d) => {
			const kind = field(d, 'kind');
			const [refKind, ref] = field(d, 'ref').split(':');
			return addEvidence(db(), u, l, Number(field(d, 'goalId')), { kind, ref: refKind === kind ? (ref ?? '') : '', url: field(d, 'url'), note: field(d, 'note') });
		})
};
