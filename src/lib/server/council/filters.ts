/** The staff lists' filters, read from a query string (unknown values are ignored). */
import type { InterventionFilter } from './intervention.repository';
import { isIsoDate } from './rules';
import { KINDS, STATUSES, type InterventionKind, type InterventionStatus } from './tables';

export function filterFromQuery(q: URLSearchParams): InterventionFilter {
	const f: InterventionFilter = {};
	const status = q.get('status') ?? '';
	if ((STATUSES as readonly string[]).includes(status)) f.status = status as InterventionStatus;
	const kind = q.get('kind') ?? '';
	if ((KINDS as readonly string[]).includes(kind)) f.kind = kind as InterventionKind;
	const commune = Number(q.get('commune'));
	if (Number.isSafeInteger(commune) && commune > 0) f.communeId = commune;
	const province = (q.get('province') ?? '').trim();
	if (province) f.province = province.slice(0, 100);
	const from = q.get('from') ?? '';
	if (isIsoDate(from)) f.from = from;
	const to = q.get('to') ?? '';
	if (isIsoDate(to)) f.to = to;
	return f;
}

/** The page number asked for, at least 1. */
export function pageFromQuery(q: URLSearchParams): number {
	return Math.max(1, Math.min(10_000, Math.floor(Number(q.get('page')) || 1)));
}
