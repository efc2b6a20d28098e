// HTTP glue of the results drill-down: records (admins) or counts (observers) as the page shows them.
import type { Locale } from '$lib/i18n';
import { formatDate } from '$lib/i18n/format';
import { pick } from '$lib/localized';
import { displayName } from '$lib/names';
import { t } from '../i18n';
import type { indicatorCounts, indicatorRecords } from '../results/indicators.service';
import { EXTRA_LABELS } from '../results/labels';

type Records = Awaited<ReturnType<typeof indicatorRecords>>;
type Counts = Awaited<ReturnType<typeof indicatorCounts>>;

/** Where an admin opens a record of this kind. */
function recordHref(kind: string, id: string, communeId: number | null, personId: number | null): string | null {
	switch (kind) {
		case 'commune':
			return `/admin/communes/${id}`;
		case 'activity':
		case 'intervention':
			return communeId === null ? null : `/admin/communes/${communeId}`;
		case 'memo':
			return `/admin/memos/${id}`;
		case 'coaching_session':
			return personId === null ? null : `/coach/${personId}/sessions/${id}`;
		case 'development_plan':
			return personId === null ? null : `/coach/${personId}/plan`;
		case 'class_session':
			return `/trainer/sessions/${id}`;
		default:
			return personId === null ? null : `/coach/${personId}`;
	}
}

const head = (ind: Records['indicator'], locale: Locale) => ({ code: ind.code, statement: pick(ind.statement, locale).text });

export function recordsView(r: Records, locale: Locale) {
	return {
		indicator: head(r.indicator, locale),
		more: r.more,
		records: r.records.map((x) => ({
			key: `${x.rkind}-${x.rid}-${x.commune_id ?? ''}-${x.file_id ?? ''}`,
			kind: t(`results_kind_${x.rkind}`),
			id: x.rid,
			day: formatDate(x.day, locale),
			commune: x.commune_id === null ? null : locale === 'ar' ? x.commune_ar : x.commune_fr,
			person: x.person_id === null ? null : displayName({ nameAr: x.person_ar ?? '', nameLatin: x.person_latin ?? '' }, locale),
			extra: x.extra === null ? null : (pick(EXTRA_LABELS[x.extra], locale).text || null),
			href: recordHref(x.rkind, x.rid, x.commune_id, x.person_id),
			file: x.file_id === null ? null : { href: `/files/${x.file_id}`, name: x.file_name ?? String(x.file_id) }
		}))
	};
}

export function countsView(c: Counts, locale: Locale) {
	return {
		indicator: head(c.indicator, locale),
		counts: c.counts.map((x, i) => ({
			key: String(i),
			commune: x.commune === null ? null : pick(x.commune, locale).text,
			province: x.province,
			month: x.month,
			n: x.n
		}))
	};
}
