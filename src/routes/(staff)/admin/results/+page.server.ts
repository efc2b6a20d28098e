import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { listIndicators } from '$lib/server/results/framework.repository';
import { pick } from '$lib/localized';
import { formatNumber } from '$lib/i18n/format';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const locale = event.locals.locale;
	const indicators = await listIndicators(db());
	return {
		indicators: indicators.map((i) => ({
			id: i.id,
			code: i.code,
			result: i.resultCode,
			statement: pick(i.statement, locale).text,
			target: i.target === null ? null : formatNumber(i.target, locale),
			moreThan: i.moreThan,
			responsible: i.responsible
		}))
	};
};
