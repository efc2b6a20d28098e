import { redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, field, formValues } from '$lib/server/http';
import { listCohorts } from '$lib/server/enrolment/cohort.repository';
import { createCohort } from '$lib/server/enrolment/cohort.service';
import { pageParam } from '$lib/server/web/enrolment-view';
import type { Actions, PageServerLoad } from './$types';

const PAGE_SIZE = 25;

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const page = pageParam(event.url);
	const { total, items } = await listCohorts(db(), page, PAGE_SIZE);
	return {
		total,
		page,
		pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
		cohorts: items.map((c) => ({ id: c.id, name: c.name, startsOn: c.starts_on, endsOn: c.ends_on, members: c.members }))
	};
};

export const actions: Actions = {
	create: async (event) => {
		const admin = requireRole(event, 'admin');
		const data = await event.request.formData();
		let id: number;
		try {
			id = await createCohort(db(), { id: admin.id }, { name: field(data, 'name'), startsOn: field(data, 'startsOn'), endsOn: field(data, 'endsOn') });
		} catch (e) {
			return failWith(e, formValues(data));
		}
		redirect(303, `/admin/cohorts/${id}?created=1`);
	}
};
