import { redirect } from '@sveltejs/kit';
import { LOCALE_COOKIE } from '$lib/i18n';
import { logIn } from '$lib/server/auth/auth.service';
import { setSessionCookie } from '$lib/server/web/cookies';
import { homeOf, safeReturnPath } from '$lib/server/web/return-path';
import { db } from '$lib/server/db/runtime';
import { clientAddress } from '$lib/server/web/client-address';
import { hasDemoAccounts } from '$lib/server/demo/seed';
import { DEMO_PASSWORD } from '$lib/server/demo/people';
import { failWith, field, formValues } from '$lib/server/http';
import { localeAndRole } from '$lib/server/users/users.repository';
import type { Actions, PageServerLoad } from './$types';

// No client JavaScript: a plain form is enough and keeps the first visit light.
export const csr = false;

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeReturnPath(url.searchParams.get('next'), url.origin, homeOf(locals.user)));
	return { demoPassword: (await hasDemoAccounts(db())) ? DEMO_PASSWORD : null, next: url.searchParams.get('next') ?? '' };
};

export const actions: Actions = {
	default: async (event) => {
		const data = await event.request.formData();
		const values = formValues(data);
		let session;
		try {
			session = await logIn(db(), { login: field(data, 'login'), password: field(data, 'password'), address: clientAddress(event) });
		} catch (e) {
			return failWith(e, values, event);
		}
		setSessionCookie(event.cookies, event.url, session.token, session.session.expiresAt);
		const user = await localeAndRole(db(), session.userId);
		event.cookies.set(LOCALE_COOKIE, user.locale, { path: '/', httpOnly: true, sameSite: 'lax', secure: event.url.protocol === 'https:', maxAge: 400 * 24 * 3600 });
		redirect(303, safeReturnPath(field(data, 'next'), event.url.origin, homeOf(user)));
	}
};
