import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { field, idAction, parseId } from '$lib/server/http';
import { t } from '$lib/server/i18n';
import { displayLogin } from '$lib/server/users/login-id';
import { cohortModules, findCohort, listMembers } from '$lib/server/enrolment/cohort.repository';
import { addMemberByLogin, removeMember, updateCohort } from '$lib/server/enrolment/cohort.service';
import { enrolCohort, parseTarget, withdrawCohort } from '$lib/server/enrolment/enrolment.service';
import { idParam, moduleTitle, pageParam, targetOptions } from '$lib/server/web/enrolment-view';
import { Invalid } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

const PAGE_SIZE = 50;

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const id = parseId(event.params.id);
	const cohort = await findCohort(db(), id);
	if (!cohort) error(404, t('error_not_found'));
	const page = pageParam(event.url);
	const locale = event.locals.locale;
	const [members, modules, targets] = await Promise.all([listMembers(db(), id, page, PAGE_SIZE), cohortModules(db(), id), targetOptions(db(), locale)]);
	const withdrawId = idParam(event.url, 'withdraw');
	const list = modules.map((m) => ({ id: m.id, title: moduleTitle(m.title, locale, m.slug), learners: m.learners }));
	return {
		cohort: { id, name: cohort.name, startsOn: cohort.starts_on ?? '', endsOn: cohort.ends_on ?? '', members: cohort.members },
		created: event.url.searchParams.has('created'),
		page,
		pages: Math.max(1, Math.ceil(members.total / PAGE_SIZE)),
		members: members.items.map((u) => ({
			id: u.id,
			nameAr: u.name_ar,
			nameLatin: u.name_latin,
			login: displayLogin(u.login),
			commune: (locale === 'ar' ? u.commune_ar : u.commune_fr) ?? '—',
			disabled: Boolean(u.disabled_at)
		})),
		modules: list,
		confirmWithdraw: list.find((m) => m.id === withdrawId) ?? null,
		targets
	};
};

const act = <T extends object>(event: Parameters<Actions[string]>[0], run: (adminId: number, id: number, data: FormData) => Promise<T>) =>
	idAction(event, ['admin'], (admin, id, data) => run(admin.id, id, data), { form: event.url.search.match(/\?\/(\w+)/)?.[1] ?? '' });

export const actions: Actions = {
	update: (event) =>
		act(event, async (adminId, id, data) => {
			await updateCohort(db(), { id: adminId }, id, { name: field(data, 'name'), startsOn: field(data, 'startsOn'), endsOn: field(data, 'endsOn') });
			return { done: t('cohort_saved') };
		}),
	add: (event) =>
		act(event, async (adminId, id, data) => {
			const r = await addMemberByLogin(db(), { id: adminId }, id, field(data, 'login'), { enrolInModules: field(data, 'enrolModules') === '1' });
			if (r.enrolled > 0) return { done: t('cohort_member_added_enrolled', { count: r.enrolled }) };
			return { done: t(r.added ? 'cohort_member_added' : 'cohort_member_already') };
		}),
	remove: (event) =>
		act(event, async (adminId, id, data) => {
			await removeMember(db(), { id: adminId }, id, parseId(field(data, 'userId')));
			return { done: t('cohort_member_removed') };
		}),
	enrol: (event) =>
		act(event, async (adminId, id, data) => {
			const target = parseTarget(field(data, 'target'));
			if (!target) throw new Invalid('error_invalid_form', { target: 'error_invalid_choice' });
			const r = await enrolCohort(db(), { id: adminId }, id, target);
			return { done: t('enrol_done', { count: r.enrolled }) };
		}),
	withdraw: (event) =>
		act(event, async (adminId, id, data) => {
			const n = await withdrawCohort(db(), { id: adminId }, id, parseId(field(data, 'moduleId')));
			return { done: t('enrol_withdrawn_done', { count: n }) };
		})
};
