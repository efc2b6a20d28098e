import { requireRole } from '$lib/server/auth/guards';
import { db } from '$lib/server/db/runtime';
import { parseId, raise } from '$lib/server/http';
import { communeDetail } from '$lib/server/council/engagement.service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	return communeDetail(db(), parseId(event.params.id)).catch(raise);
};
