import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, field, formValues } from '$lib/server/http';
import { t } from '$lib/server/i18n';
import { activeModuleIdsFor, listModules } from '$lib/server/enrolment/enrolment.repository';
import { selfEnrol } from '$lib/server/enrolment/enrolment.service';
import { moduleTitle } from '$lib/server/web/enrolment-view';
import type { Actions, PageServerLoad } from './$types';

/** Published modules with a key that she has not joined yet. */
async function openModules(userId: number, locale: Parameters<typeof moduleTitle>[1]) {
	const [modules, mine] = await Promise.all([listModules(db()), activeModuleIdsFor(db(), userId)]);
	return modules.filter((m) => m.status === 'published' && m.selfEnrol && !mine.includes(m.id)).map((m) => ({ value: m.slug, label: moduleTitle(m.title, locale, m.slug) }));
}

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'learner');
	return { modules: await openModules(user.id, event.locals.locale), chosen: event.url.searchParams.get('module') ?? '' };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'learner');
		const data = await event.request.formData();
		try {
			const joined = await selfEnrol(db(), user.id, field(data, 'module'), field(data, 'key'));
			const m = (await listModules(db())).find((x) => x.id === joined.moduleId);
			return { joined: { slug: joined.slug, message: t('enrol_join_done', { module: m ? moduleTitle(m.title, event.locals.locale, m.slug) : joined.slug }) } };
		} catch (e) {
			return failWith(e, formValues(data, ['key']), event);
		}
	}
};
