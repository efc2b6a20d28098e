import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, field, formValues, raise } from '$lib/server/http';
import { addContact, CONTACT_MODES, councillorView, setActionByCoach } from '$lib/server/coaching/coaching.service';
import { listNeeds } from '$lib/server/coaching/coaching.repository';
import { day, learnerParam, modeText, needLabel, person, when } from '$lib/server/web/coaching';
import { t } from '$lib/server/i18n';
import { localDay } from '$lib/server/time';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'trainer', 'admin');
	const locale = event.locals.locale;
	const learnerId = learnerParam(event.params.learnerId);
	const v = await councillorView(db(), user, learnerId, { showNotes: event.url.searchParams.get('notes') === '1' }).catch(raise);
	const needs = new Map((await listNeeds(db())).map((n) => [n.code, needLabel(n.name, n.code, locale)]));
	return {
		learnerId,
		name: person(v.learner, locale),
		commune: locale === 'ar' ? v.learner.commune_ar : v.learner.commune_fr,
		noContact: v.noContact,
		weeks: v.weeks,
		notesShown: v.notesShown,
		canAskNotes: v.canAskNotes,
		sessions: v.sessions.map((s) => ({
			id: s.id,
			when: when(s.starts_at, locale),
			status: s.status,
			statusText: t(`coach_status_${s.status}`),
			mode: modeText(s.mode),
			minutes: s.minutes,
			place: s.place,
			reason: s.status_reason,
			summary: s.summary,
			privateNotes: s.privateNotes,
			needs: s.needs.map((c) => needs.get(c) ?? c)
		})),
		actions: v.actions.map((a) => ({ id: a.id, text: a.text, owner: a.owner, status: a.status, statusText: t(`coach_action_status_${a.status}`), due: day(a.due_on, locale), overdue: a.overdue })),
		contacts: v.contacts.map((c) => ({ id: c.id, mode: modeText(c.mode), note: c.note, at: day(c.at, locale) })),
		contactModes: CONTACT_MODES.map((c) => ({ value: c, label: t(`coach_contact_${c}`) })),
		today: localDay(new Date()),
		saved: event.url.searchParams.get('saved') === '1'
	};
};

export const actions: Actions = {
	contact: async (event) => {
		const user = requireRole(event, 'trainer', 'admin');
		const learnerId = learnerParam(event.params.learnerId);
		const data = await event.request.formData();
		try {
			await addContact(db(), user, learnerId, { mode: field(data, 'mode'), date: field(data, 'date'), note: field(data, 'note') });
		} catch (e) {
			return failWith(e, formValues(data));
		}
		return { saved: true };
	},
	action: async (event) => {
		const user = requireRole(event, 'trainer', 'admin');
		const learnerId = learnerParam(event.params.learnerId);
		const data = await event.request.formData();
		try {
			await setActionByCoach(db(), user, learnerId, Number(field(data, 'id')), field(data, 'status'));
		} catch (e) {
			return failWith(e, formValues(data));
		}
		return { saved: true };
	}
};
