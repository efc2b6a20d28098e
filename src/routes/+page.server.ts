import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/web/guards';
import { HOME } from '$lib/server/web/return-path';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	redirect(303, HOME[user.role]);
};
