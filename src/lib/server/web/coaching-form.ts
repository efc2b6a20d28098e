// Options of the coaching session form (routes only: translated with the request's locale).
import type { Locale } from '$lib/i18n';
import type { Db } from '../db/index';
import { t } from '../i18n';
import { listNeeds } from '../coaching/coaching.repository';
import { ACTION_OWNERS, MODES, STATUSES } from '../coaching/coaching.service';
import { needOptions } from './coaching';

export async function sessionFormOptions(db: Db, locale: Locale) {
	return {
		needOptions: needOptions(await listNeeds(db), locale),
		modes: MODES.map((v) => ({ value: v, label: t(`coach_mode_${v}`) })),
		statuses: STATUSES.map((v) => ({ value: v, label: t(`coach_status_${v}`) })),
		owners: ACTION_OWNERS.map((v) => ({ value: v, label: t(`coach_owner_${v}`) })),
		actionRows: 3
	};
}
