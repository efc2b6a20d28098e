import { requireModuleStaff } from '$lib/server/web/guards';
import { moveLesson, programmeHasLearners, publishModule, setModuleCover, unpublishModule, updateModule } from '$lib/server/content/content.service';
import { flatten, moduleInput } from '$lib/server/web/content-forms';
import { staffModule } from '$lib/server/content/staff';
import { db } from '$lib/server/db/runtime';
import { field, idAction, parseId, raise } from '$lib/server/http';
import { t } from '$lib/server/i18n';
import { pick } from '$lib/localized';
import { candidateTrainers, staffOfModule } from '$lib/server/staffing/staff.repository';
import { assignTrainer, removeTrainer } from '$lib/server/staffing/staff.service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = await requireModuleStaff(event, db(), parseId(event.params.id));
	const id = parseId(event.params.id);
	const { module: mod, lessons } = await staffModule(db(), id).catch(raise);
	const isAdmin = user.role === 'admin';
	const [staff, candidates, hasLearners] = await Promise.all([
		staffOfModule(db(), id),
		isAdmin ? candidateTrainers(db(), id) : Promise.resolve([]),
		mod.programme_id == null ? Promise.resolve(false) : programmeHasLearners(db(), mod.programme_id)
	]);
	const name = (p: { nameAr: string; nameLatin: string }) => (event.locals.locale === 'ar' ? p.nameAr : p.nameLatin);
	return {
		id,
		slug: mod.slug,
		title: pick(mod.title, event.locals.locale),
		status: mod.status,
		coverFileId: mod.cover_file_id,
		changed: mod.has_unpublished_changes,
		values: {
			slug: mod.slug,
			...flatten('title', mod.title),
			...flatten('summary', mod.summary),
			hours: String(Number(mod.hours)),
			passMark: String(mod.pass_mark),
			attendanceThreshold: String(mod.attendance_threshold),
			selfEnrolKey: mod.self_enrol_key ?? '',
			countsForProgramme: mod.cert_required_for_programme ? 'on' : ''
		},
		programme: mod.programme_id == null ? null : { hasLearners },
		lessons: lessons.map((l) => ({ id: l.id, title: pick(l.title, event.locals.locale), missing: (['ar', 'fr', 'zgh'] as const).filter((loc) => !l.body[loc]) })),
		isAdmin,
		staff: staff.map((s) => ({ id: s.userId, name: name(s), disabled: s.disabled })),
		candidates: candidates.map((c) => ({ id: c.id, name: name({ nameAr: c.name_ar, nameLatin: c.name_latin }) })),
		confirm: event.url.searchParams.get('confirm'),
		saved: event.url.searchParams.get('saved')
	};
};

const STAFF = ['trainer', 'admin'] as const;
const act = async (event: Parameters<Actions[string]>[0], run: (user: { id: number }, id: number, data: FormData) => Promise<string>) => {
	await requireModuleStaff(event, db(), parseId(event.params.id));
	return idAction(event, [...STAFF], async (user, id, data) => ({ done: await run(user, id, data) }));
};

export const actions: Actions = {
	save: (event) => act(event, async (user, id, data) => (await updateModule(db(), user, id, moduleInput(data)), t('module_saved'))),
	move: (event) =>
		act(event, async (user, id, data) => {
			await moveLesson(db(), user, id, parseId(field(data, 'lesson')), field(data, 'dir') === 'up' ? -1 : 1);
			return t('saved');
		}),
	removeCover: (event) => act(event, async (user, id) => (await setModuleCover(db(), user, id, null), t('saved'))),
	publish: (event) => act(event, async (user, id) => (await publishModule(db(), user, id), t('module_published'))),
	unpublish: (event) => act(event, async (user, id) => (await unpublishModule(db(), user, id), t('module_unpublished'))),
	// Who teaches the module: admins only.
	addTrainer: (event) => idAction(event, ['admin'], async (user, id, data) => (await assignTrainer(db(), user, id, Number(field(data, 'trainer'))), { done: t('staff_added') })),
	removeTrainer: (event) => idAction(event, ['admin'], async (user, id, data) => (await removeTrainer(db(), user, id, Number(field(data, 'trainer'))), { done: t('staff_removed') }))
};
