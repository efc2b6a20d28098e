import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { memoRegister } from '$lib/server/council/engagement.service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	return memoRegister(db());
};
