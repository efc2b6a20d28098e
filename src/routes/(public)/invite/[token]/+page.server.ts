import { redirect } from '@sveltejs/kit';
import { LOCALE_COOKIE } from '$lib/i18n';
import { setSessionCookie } from '$lib/server/web/cookies';
import { createSession } from '$lib/server/auth/session';
import { db } from '$lib/server/db/runtime';
import { failWith, field } from '$lib/server/http';
import { acceptInvitation, inspectInvitation } from '$lib/server/users/invitations';
import { displayLogin } from '$lib/server/users/login-id';
import { localeAndRole } from '$lib/server/users/users.repository';
import { t } from '$lib/server/i18n';
import type { Actions, PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = async ({ params }) => {
	const state = await inspectInvitation(db(), params.token);
	if (state.status !== 'valid') return { invitation: null, problem: t(`invitation_${state.status}`) };
	return {
		invitation: { nameAr: state.nameAr, nameLatin: state.nameLatin, login: displayLogin(state.login) },
		problem: null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const data = await event.request.formData();
		let userId: number;
		try {
			userId = await acceptInvitation(db(), event.params.token, field(data, 'password'), field(data, 'confirm'));
		} catch (e) {
			return failWith(e, {}, event);
		}
		const { token, session } = await createSession(db(), userId);
		setSessionCookie(event.cookies, event.url, token, session.expiresAt);
		const user = await localeAndRole(db(), userId);
		event.cookies.set(LOCALE_COOKIE, user.locale, { path: '/', httpOnly: true, sameSite: 'lax', secure: event.url.protocol === 'https:', maxAge: 400 * 24 * 3600 });
		redirect(303, '/');
	}
};
