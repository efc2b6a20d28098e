import { error } from '@sveltejs/kit';
import { ping } from '$lib/server/db/index';
import { db } from '$lib/server/db/runtime';
import type { PageServerLoad } from './$types';

// The bench's yardstick (issue 18): the cheapest page the app can serve with the same
// server, layout, compression and CSP, and one database round trip. Only when the
// bench starts the server (AMSSAWAS_BENCH=1); a 404 everywhere else.
export const csr = false;

export const load: PageServerLoad = async () => {
	if (process.env.AMSSAWAS_BENCH !== '1') error(404);
	await ping(db());
	return {};
};
