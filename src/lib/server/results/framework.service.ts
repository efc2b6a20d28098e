/** An admin edits the results framework (statements, baseline, targets, period targets, comments); every change is audited. */
import type { Db } from '../db/index';
import { Invalid, NotFound } from '../errors';
import { recordAudit } from '../audit/audit.repository';
import { isIsoDate } from '../council/rules';
import { cleanName } from '../users/names';
import * as repo from './framework.repository';

export interface IndicatorInput {
	statementAr: string;
	statementFr: string;
	statementZgh: string;
	unitAr: string;
	unitFr: string;
	unitZgh: string;
	direction: string;
	baseline: string;
	baselineDate: string;
	baselineSource: string;
	target: string;
	moreThan: boolean;
	verification: string;
	responsible: string;
}

/** A non-negative number written with a dot or a comma; '' is null. */
function numberOrNull(raw: string, field: string, errors: Record<string, string>): number | null {
	const s = raw.trim().replace(',', '.');
	if (!s) return null;
	const n = Number(s);
	if (!/^\d+(\.\d+)?$/.test(s) || !Number.isFinite(n) || n > 1e9) {
		errors[field] = 'results_err_number';
		return null;
	}
	return n;
}

function text(raw: string, field: string, max: number, errors: Record<string, string>, required = false): string {
	const s = raw.trim();
	if (required && !s) errors[field] = 'results_err_required';
	else if (s.length > max) errors[field] = 'results_err_too_long';
	return s;
}

async function mustExist(db: Db, id: number) {
	const ind = (await repo.listIndicators(db)).find((i) => i.id === id);
	if (!ind) throw new NotFound('results_err_not_found');
	return ind;
}

export async function saveIndicator(db: Db, actor: { id: number }, id: number, input: IndicatorInput) {
	const errors: Record<string, string> = {};
	const statement = { ar: text(input.statementAr, 'statementAr', 500, errors, true), fr: text(input.statementFr, 'statementFr', 500, errors, true), zgh: text(input.statementZgh, 'statementZgh', 500, errors) };
	const unit = { ar: text(input.unitAr, 'unitAr', 40, errors, true), fr: text(input.unitFr, 'unitFr', 40, errors, true), zgh: text(input.unitZgh, 'unitZgh', 40, errors) };
	if (input.direction !== 'up' && input.direction !== 'down') errors.direction = 'results_err_required';
	const baseline = numberOrNull(input.baseline, 'baseline', errors);
	const baselineDate = input.baselineDate.trim() || null;
	if (baselineDate !== null && !isIsoDate(baselineDate)) errors.baselineDate = 'results_err_date';
	const baselineSource = text(input.baselineSource, 'baselineSource', 300, errors) || null;
	const target = numberOrNull(input.target, 'target', errors);
	const verification = text(input.verification, 'verification', 500, errors);
	const responsible = text(input.responsible, 'responsible', 200, errors);
	if (Object.keys(errors).length) throw new Invalid('results_fix_fields', errors);
	const clean = (l: { ar: string; fr: string; zgh: string }) => ({ ar: cleanName(l.ar), fr: cleanName(l.fr), ...(l.zgh ? { zgh: cleanName(l.zgh) } : {}) });
	const patch: repo.IndicatorPatch = {
		statement: clean(statement),
		unit: clean(unit),
		direction: input.direction as 'up' | 'down',
		baseline,
		baselineDate,
		baselineSource,
		target,
		moreThan: input.moreThan,
		verification,
		responsible
	};
	await db.transaction().execute(async (trx) => {
		const before = await mustExist(trx, id);
		await repo.updateIndicator(trx, id, patch, actor.id);
		const { id: _id, updatedAt: _u, resultStatement: _r, ...was } = before;
		await recordAudit(trx, { actorId: actor.id, action: 'results.indicator.update', subjectType: 'indicator', subjectId: id, before: was, after: patch });
	});
}

export interface PeriodInput {
	from: string;
	to: string;
}

function period(input: PeriodInput, errors: Record<string, string>, required: boolean) {
	const from = input.from.trim() || null;
	const to = input.to.trim() || null;
	if (from === null ? required : !isIsoDate(from)) errors.from = from === null ? 'results_err_required' : 'results_err_date';
	if (to === null ? required : !isIsoDate(to)) errors.to = to === null ? 'results_err_required' : 'results_err_date';
	if (!errors.from && !errors.to && from && to && from > to) errors.to = 'results_err_order';
	return { from, to };
}

export async function addPeriodTarget(db: Db, actor: { id: number }, id: number, input: PeriodInput & { target: string }) {
	const errors: Record<string, string> = {};
	const p = period(input, errors, true);
	const target = numberOrNull(input.target, 'target', errors);
	if (target === null && !errors.target) errors.target = 'results_err_required';
	if (Object.keys(errors).length) throw new Invalid('results_fix_fields', errors);
	await db.transaction().execute(async (trx) => {
		await mustExist(trx, id);
		await repo.upsertTarget(trx, id, p.from!, p.to!, target!);
		await recordAudit(trx, { actorId: actor.id, action: 'results.target.set', subjectType: 'indicator', subjectId: id, after: { from: p.from, to: p.to, target } });
	});
}

export async function removePeriodTarget(db: Db, actor: { id: number }, id: number, targetId: number) {
	await db.transaction().execute(async (trx) => {
		const row = (await repo.listTargets(trx, id)).find((t) => t.id === targetId);
		if (!row) throw new Invalid('results_err_not_found');
		await repo.deleteTarget(trx, targetId);
		await recordAudit(trx, { actorId: actor.id, action: 'results.target.delete', subjectType: 'indicator', subjectId: id, before: { from: row.from, to: row.to, target: row.target } });
	});
}

/** Writes the narrative of an indicator for a period (empty dates: the whole programme); an empty text removes it. */
export async function saveComment(db: Db, actor: { id: number }, id: number, input: PeriodInput & { body: string }) {
	const errors: Record<string, string> = {};
	const p = period(input, errors, false);
	const body = input.body.trim();
	if (body.length > 4000) errors.body = 'results_err_too_long';
	if (Object.keys(errors).length) throw new Invalid('results_fix_fields', errors);
	await db.transaction().execute(async (trx) => {
		await mustExist(trx, id);
		const { before } = await repo.saveComment(trx, id, p.from, p.to, body, actor.id);
		await recordAudit(trx, { actorId: actor.id, action: 'results.comment', subjectType: 'indicator', subjectId: id, before: before === null ? undefined : { from: p.from, to: p.to, body: before }, after: body ? { from: p.from, to: p.to, body } : undefined });
	});
}
