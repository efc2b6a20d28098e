import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, field, formValues } from '$lib/server/http';
import { checkIn } from '$lib/server/attendance/marks.service';
import { findSession } from '$lib/server/attendance/sessions.service';
import type { AttendanceHow } from '$lib/server/attendance/tables';
import type { Actions, PageServerLoad } from './$types';

const sessionParam = (raw: string | null) => {
	const n = Number(raw);
	return Number.isSafeInteger(n) && n > 0 ? n : null;
};

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'learner');
	const s = sessionParam(event.url.searchParams.get('s'));
	const session = s ? await findSession(db(), s) : undefined;
	return {
		code: (event.url.searchParams.get('code') ?? '').slice(0, 12),
		sessionId: session ? session.id : null,
		// Typed without the QR link the session is not known yet: ask how she attends (used for hybrid sessions only).
		hybrid: session ? session.mode === 'hybrid' : true
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'learner');
		const data = await event.request.formData();
		try {
			const r = await checkIn(db(), user, { code: field(data, 'code'), sessionId: sessionParam(field(data, 's')), how: (field(data, 'how') || null) as AttendanceHow | null });
			return { checkedIn: { status: r.status, title: r.title } };
		} catch (e) {
			return failWith(e, formValues(data), event);
		}
	}
};
