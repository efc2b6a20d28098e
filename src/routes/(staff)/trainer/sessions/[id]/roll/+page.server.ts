import { requireSessionStaff } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { field, idAction, parseId, raise } from '$lib/server/http';
import { mustFindSession, roster } from '$lib/server/attendance/sessions.service';
import { markAllPresent, setMarks } from '$lib/server/attendance/marks.service';
import { sessionCard } from '$lib/server/web/session-view';
import type { AttendanceHow, AttendanceStatus } from '$lib/server/attendance/tables';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await requireSessionStaff(event, db(), parseId(event.params.id));
	const id = parseId(event.params.id);
	const locale = event.locals.locale;
	const [s, people] = await Promise.all([mustFindSession(db(), id).catch(raise), roster(db(), id)]);
	return {
		session: sessionCard(s, locale),
		learners: people.map((p) => ({
			id: p.userId,
			nameAr: p.nameAr,
			nameLatin: p.nameLatin,
			commune: (locale === 'ar' ? p.communeAr : p.communeFr) ?? '',
			status: p.status,
			how: p.how,
			remark: p.remark ?? '',
			self: p.source === 'self_check_in'
		}))
	};
};

export const actions: Actions = {
	mark: async (event) =>
		(await requireSessionStaff(event, db(), parseId(event.params.id))) &&
		idAction(event, ['trainer', 'admin'], async (actor, id, data) => {
			const userId = Number(field(data, 'userId'));
			await setMarks(db(), actor, id, [{ userId, status: field(data, 'status') as AttendanceStatus, how: (field(data, 'how') || null) as AttendanceHow | null, remark: field(data, 'remark') }]);
			return { marked: userId };
		}),
	all: async (event) =>
		(await requireSessionStaff(event, db(), parseId(event.params.id))) &&
		idAction(event, ['trainer', 'admin'], async (actor, id) => {
			const people = await roster(db(), id);
			const n = await markAllPresent(db(), actor, id, people.map((p) => ({ userId: p.userId, marked: p.status !== null })));
			return { all: n };
		})
};
