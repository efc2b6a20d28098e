import { redirect } from '@sveltejs/kit';
import { LOCALE_COOKIE, isLocale } from '$lib/i18n';
import { homeOf, safeReturnPath } from '$lib/server/web/return-path';
import { db } from '$lib/server/db/runtime';
import { setLocale } from '$lib/server/users/users.service';
import type { RequestHandler } from './$types';

/** The language switcher's target: remembered in a cookie and, when logged in, on the account. */
export const POST: RequestHandler = async ({ request, cookies, locals, url }) => {
	const data = await request.formData();
	const locale = data.get('locale');
	const back = safeReturnPath(data.get('redirectTo'), url.origin, homeOf(locals.user));
	if (isLocale(locale)) {
		cookies.set(LOCALE_COOKIE, locale, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', maxAge: 400 * 24 * 3600 });
		if (locals.user) await setLocale(db(), locals.user.id, locale);
	}
	redirect(303, back);
};
