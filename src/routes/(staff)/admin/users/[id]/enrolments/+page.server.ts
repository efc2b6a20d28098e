import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, field, formValues, parseId } from '$lib/server/http';
import { t } from '$lib/server/i18n';
import { findUserById } from '$lib/server/users/users.repository';
import { cohortsOfUser } from '$lib/server/enrolment/cohort.repository';
import { enrolmentsOfUser } from '$lib/server/enrolment/enrolment.repository';
import { enrolUsers, parseTarget, withdrawUser } from '$lib/server/enrolment/enrolment.service';
import { idParam, moduleTitle, targetOptions } from '$lib/server/web/enrolment-view';
import { Invalid } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const id = parseId(event.params.id);
	const user = await findUserById(db(), id);
	if (!user) error(404, t('error_not_found'));
	const locale = event.locals.locale;
	const [enrolments, cohorts, targets] = await Promise.all([enrolmentsOfUser(db(), id), cohortsOfUser(db(), id), targetOptions(db(), locale)]);
	const list = enrolments.map((e) => ({
		moduleId: e.module_id,
		title: moduleTitle(e.title, locale, e.slug),
		status: e.status,
		source: e.source,
		done: e.done,
		total: e.total,
		lastActivity: e.last_activity ? new Date(e.last_activity).toISOString() : null
	}));
	const withdrawId = idParam(event.url, 'withdraw');
	return {
		person: { id, nameAr: user.name_ar, nameLatin: user.name_latin },
		enrolments: list,
		cohorts,
		targets,
		confirmWithdraw: list.find((e) => e.moduleId === withdrawId && e.status === 'active') ?? null
	};
};

export const actions: Actions = {
	enrol: async (event) => {
		const admin = requireRole(event, 'admin');
		const id = parseId(event.params.id);
		const data = await event.request.formData();
		try {
			const target = parseTarget(field(data, 'target'));
			if (!target) throw new Invalid('error_invalid_form', { target: 'error_invalid_choice' });
			const r = await enrolUsers(db(), { id: admin.id }, [id], target, 'moduleId' in target ? 'admin' : 'programme');
			return { done: t('enrol_done', { count: r.enrolled }) };
		} catch (e) {
			return failWith(e, formValues(data));
		}
	},
	withdraw: async (event) => {
		const admin = requireRole(event, 'admin');
		const id = parseId(event.params.id);
		const data = await event.request.formData();
		try {
			const n = await withdrawUser(db(), { id: admin.id }, id, parseId(field(data, 'moduleId')));
			return { done: t('enrol_withdrawn_done', { count: n }) };
		} catch (e) {
			return failWith(e, formValues(data));
		}
	}
};
