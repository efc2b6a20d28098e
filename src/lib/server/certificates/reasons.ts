import { formatNumber } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n';
import { t } from '../i18n';
import type { Reason } from './eligibility';

/** Percentages in a reason ("attendance 62,5 % < 75 %"), written the page's way: decimal comma in French. */
const PERCENT_PARAMS = new Set(['rate', 'score']);

/** Why she cannot have the certificate yet, in the page's language. */
export function reasonText(r: Reason, locale: Locale): string {
	const params = Object.fromEntries(
		Object.entries(r.params).map(([k, v]) => [k, PERCENT_PARAMS.has(k) && typeof v === 'number' ? formatNumber(v, locale, { maximumFractionDigits: 1 }) : v])
	);
	return t(r.key, params);
}
