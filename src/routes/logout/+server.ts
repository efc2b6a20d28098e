import { redirect } from '@sveltejs/kit';
import { deleteSessionCookie } from '$lib/server/web/cookies';
import { invalidateSession } from '$lib/server/auth/session';
import { db } from '$lib/server/db/runtime';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, cookies, url }) => {
	if (locals.session) await invalidateSession(db(), locals.session.id);
	deleteSessionCookie(cookies, url);
	redirect(303, '/login');
};
