import { error, redirect } from '@sveltejs/kit';
import { requireModuleStaff } from '$lib/server/web/guards';
import { deleteLesson, updateLesson } from '$lib/server/content/content.service';
import { flatten, lessonInput } from '$lib/server/web/content-forms';
import { previewAction } from '$lib/server/web/lesson-preview';
import { staffModule } from '$lib/server/content/staff';
import { db } from '$lib/server/db/runtime';
import { failWith, formValues, parseId, raise } from '$lib/server/http';
import { t } from '$lib/server/i18n';
import { detachFromLesson, listLessonMedia } from '$lib/server/media/media.service';
import { pick } from '$lib/localized';
import { moduleOfLesson } from '$lib/server/staffing/staff.repository';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await requireModuleStaff(event, db(), parseId(event.params.id));
	const { module: mod, lessons } = await staffModule(db(), parseId(event.params.id)).catch(raise);
	const lesson = lessons.find((l) => l.id === Number(event.params.lessonId));
	if (!lesson) error(404, t('error_not_found'));
	return {
		moduleId: mod.id,
		lessonId: lesson.id,
		moduleTitle: pick(mod.title, event.locals.locale),
		title: pick(lesson.title, event.locals.locale),
		values: { ...flatten('title', lesson.title), ...flatten('body', lesson.body), videoUrl: lesson.video_url ?? '' },
		media: await listLessonMedia(db(), lesson.id),
		saved: event.url.searchParams.get('saved'),
		confirm: event.url.searchParams.get('confirm') === 'delete'
	};
};

export const actions: Actions = {
	save: async (event) => {
		const user = await requireModuleStaff(event, db(), parseId(event.params.id));
		const data = await event.request.formData();
		try {
			await updateLesson(db(), user, parseId(event.params.id), parseId(event.params.lessonId), lessonInput(data));
		} catch (e) {
			return failWith(e, formValues(data));
		}
		return { done: t('lesson_saved'), values: formValues(data) };
	},
	preview: async (event) => {
		await requireModuleStaff(event, db(), parseId(event.params.id));
		return previewAction(event);
	},
	detach: async (event) => {
		const user = await requireModuleStaff(event, db(), parseId(event.params.id));
		if ((await moduleOfLesson(db(), parseId(event.params.lessonId))) !== parseId(event.params.id)) error(404, t('error_not_found'));
		const data = await event.request.formData();
		try {
			await detachFromLesson(db(), user, { lessonId: parseId(event.params.lessonId), mediaId: parseId(String(data.get('media') ?? '')) });
		} catch (e) {
			return failWith(e, {});
		}
		return { done: t('lesson_media_removed') };
	},
	delete: async (event) => {
		const user = await requireModuleStaff(event, db(), parseId(event.params.id));
		const moduleId = parseId(event.params.id);
		try {
			await deleteLesson(db(), user, moduleId, parseId(event.params.lessonId));
		} catch (e) {
			return failWith(e, {});
		}
		redirect(303, `/trainer/modules/${moduleId}?saved=deleted`);
	}
};
