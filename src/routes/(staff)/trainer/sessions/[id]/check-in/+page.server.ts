import QRCode from 'qrcode';
import { error } from '@sveltejs/kit';
import { requireSessionStaff } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { parseId, raise } from '$lib/server/http';
import { t } from '$lib/server/i18n';
import { mustFindSession, presentCount, roster, sessionRow } from '$lib/server/attendance/sessions.service';
import { currentCode, windowEnds } from '$lib/server/attendance/code';
import { checkInOpen } from '$lib/server/attendance/rules';
import { sessionCard } from '$lib/server/web/session-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await requireSessionStaff(event, db(), parseId(event.params.id));
	const id = parseId(event.params.id);
	const now = new Date();
	const [s, row, count, people] = await Promise.all([mustFindSession(db(), id).catch(raise), sessionRow(db(), id), presentCount(db(), id), roster(db(), id)]);
	if (!row) error(404, t('error_not_found'));
	const open = checkInOpen(row, now);
	const code = open ? currentCode(row.check_in_secret, id, now) : null;
	const url = code ? `${event.url.origin}/learn/check-in?${new URLSearchParams({ code, s: String(id) })}` : null;
	// Never cached: a stale page would show a dead code.
	event.setHeaders({ 'cache-control': 'no-store' });
	return {
		session: sessionCard(s, event.locals.locale, now),
		open,
		code,
		url,
		qr: url ? await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }) : null,
		count,
		total: people.length,
		refreshIn: Math.max(1, Math.ceil((windowEnds(now) - now.getTime()) / 1000))
	};
};
