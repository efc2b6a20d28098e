import { requireSessionStaff } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { parseId, raise } from '$lib/server/http';
import { mustFindSession } from '$lib/server/attendance/sessions.service';
import { sessionCard } from '$lib/server/web/session-view';
import { whatsappForSession } from '$lib/server/notifications/triggers';
import { notifyConfig } from '$lib/server/notifications/config';
import { displayLogin } from '$lib/server/users/login-id';
import { LOCALE_NAMES } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await requireSessionStaff(event, db(), parseId(event.params.id));
	const id = parseId(event.params.id);
	const locale = event.locals.locale;
	const s = await mustFindSession(db(), id).catch(raise);
	const lines = await whatsappForSession(db(), notifyConfig(), id);
	return {
		session: sessionCard(s, locale),
		sessionId: id,
		lines: lines.map((l) => ({
			userId: l.userId,
			name: locale === 'ar' ? l.nameAr : l.nameLatin,
			language: LOCALE_NAMES[l.locale],
			lang: l.locale,
			phone: l.phone ? displayLogin(l.phone) : null,
			whatsappOn: l.whatsappOn,
			text: l.text,
			link: l.link
		}))
	};
};
