import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { field, idAction, parseId } from '$lib/server/http';
import { t } from '$lib/server/i18n';
import { commentsFor, listIndicators, listTargets } from '$lib/server/results/framework.repository';
import { forgetDashboards } from '$lib/server/web/results';
import { addPeriodTarget, removePeriodTarget, saveComment, saveIndicator } from '$lib/server/results/framework.service';
import { parsePeriod } from '$lib/server/results/rules';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const id = parseId(event.params.id);
	const ind = (await listIndicators(db())).find((i) => i.id === id);
	if (!ind) error(404, t('results_err_not_found'));
	// The comment shown for editing: the period asked in the query (default: the whole programme).
	const { period } = parsePeriod(event.url.searchParams.get('from'), event.url.searchParams.get('to'));
	const [targets, comments] = await Promise.all([listTargets(db(), id), commentsFor(db(), period.from, period.to, id)]);
	return {
		indicator: {
			id: ind.id,
			code: ind.code,
			rule: ind.ruleId,
			statementAr: ind.statement.ar ?? '',
			statementFr: ind.statement.fr ?? '',
			statementZgh: ind.statement.zgh ?? '',
			unitAr: ind.unit.ar ?? '',
			unitFr: ind.unit.fr ?? '',
			unitZgh: ind.unit.zgh ?? '',
			direction: ind.direction,
			baseline: ind.baseline === null ? '' : String(ind.baseline),
			baselineDate: ind.baselineDate ?? '',
			baselineSource: ind.baselineSource ?? '',
			target: ind.target === null ? '' : String(ind.target),
			moreThan: ind.moreThan,
			verification: ind.verification,
			responsible: ind.responsible
		},
		targets: targets.map((x) => ({ id: x.id, from: x.from, to: x.to, target: String(x.target) })),
		comment: { from: period.from ?? '', to: period.to ?? '', body: comments[0]?.body ?? '' }
	};
};

const g = (d: FormData, n: string) => field(d, n);

export const actions: Actions = {
	save: (event) =>
		idAction(event, ['admin'], async (actor, id, d) => {
			await saveIndicator(db(), actor, id, {
				statementAr: g(d, 'statementAr'),
				statementFr: g(d, 'statementFr'),
				statementZgh: g(d, 'statementZgh'),
				unitAr: g(d, 'unitAr'),
				unitFr: g(d, 'unitFr'),
				unitZgh: g(d, 'unitZgh'),
				direction: g(d, 'direction'),
				baseline: g(d, 'baseline'),
				baselineDate: g(d, 'baselineDate'),
				baselineSource: g(d, 'baselineSource'),
				target: g(d, 'target'),
				moreThan: g(d, 'moreThan') === 'on',
				verification: g(d, 'verification'),
				responsible: g(d, 'responsible')
			});
			forgetDashboards();
			return { saved: 'indicator' };
		}, { form: 'save' }),
	target: (event) =>
		idAction(event, ['admin'], async (actor, id, d) => {
			await addPeriodTarget(db(), actor, id, { from: g(d, 'from'), to: g(d, 'to'), target: g(d, 'target') });
			forgetDashboards();
			return { saved: 'target' };
		}, { form: 'target' }),
	deleteTarget: (event) =>
		idAction(event, ['admin'], async (actor, id, d) => {
			await removePeriodTarget(db(), actor, id, Number(g(d, 'targetId')) || 0);
			forgetDashboards();
			return { saved: 'deleted' };
		}, { form: 'deleteTarget' }),
	comment: (event) =>
		idAction(event, ['admin'], async (actor, id, d) => {
			await saveComment(db(), actor, id, { from: g(d, 'from'), to: g(d, 'to'), body: g(d, 'body') });
			forgetDashboards();
			return { saved: 'comment' };
		}, { form: 'comment' })
};
