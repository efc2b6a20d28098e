import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, field, formValues } from '$lib/server/http';
import { listTopics } from '$lib/server/council/intervention.repository';
import { getEngagedRule } from '$lib/server/council/engagement.repository';
import { addTopic, archiveTopic, setEngagedRule } from '$lib/server/council/engagement.service';
import type { Actions, PageServerLoad } from './$types';

/** The admin's settings of the council domain: the topic tags and the engaged rule. */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const [topics, rule] = await Promise.all([listTopics(db(), { withArchived: true }), getEngagedRule(db())]);
	return { topics, rule };
};

export const actions: Actions = {
	rule: async (event) => {
		const actor = requireRole(event, 'admin');
		const data = await event.request.formData();
		try {
			await setEngagedRule(db(), actor, {
				byAgreement: data.get('byAgreement') === 'on',
				minActivities: field(data, 'minActivities'),
				audiences: data.getAll('audiences').filter((v): v is string => typeof v === 'string')
			});
		} catch (e) {
			return failWith(e, formValues(data));
		}
		return { saved: 'rule' as const };
	},
	addTopic: async (event) => {
		const actor = requireRole(event, 'admin');
		const data = await event.request.formData();
		try {
			await addTopic(db(), actor, { code: field(data, 'code'), ar: field(data, 'ar'), fr: field(data, 'fr'), zgh: field(data, 'zgh') });
		} catch (e) {
			return failWith(e, formValues(data));
		}
		return { saved: 'topic' as const };
	},
	archiveTopic: async (event) => {
		const actor = requireRole(event, 'admin');
		const data = await event.request.formData();
		try {
			await archiveTopic(db(), actor, Number(field(data, 'id')) || 0, field(data, 'archived') === '1');
		} catch (e) {
			return failWith(e, formValues(data));
		}
		return { saved: 'topic' as const };
	}
};
