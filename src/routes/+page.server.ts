import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import type { PageServerLoad } from './$types';

const HOME = { learner: '/learn', trainer: '/trainer', admin: '/admin' } as const;

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	redirect(303, HOME[user.role]);
};
