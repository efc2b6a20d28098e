import { redirect } from '@sveltejs/kit';
import { LOCALE_COOKIE } from '$lib/i18n';
import { changePassword } from '$lib/server/auth/auth.service';
import { setSessionCookie } from '$lib/server/web/cookies';
import { requireUser } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, field, formValues } from '$lib/server/http';
import { displayLogin } from '$lib/server/users/login-id';
import { findUserById } from '$lib/server/users/users.repository';
import { updateProfile } from '$lib/server/users/users.service';
import { preferenceView, savePreferences } from '$lib/server/notifications/preferences.service';
import { vapidKeys } from '$lib/server/notifications/channels';
import { notifyConfig } from '$lib/server/notifications/config';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const me = requireUser(event);
	const user = await findUserById(db(), me.id);
	if (!user) redirect(303, '/login');
	return {
		profile: { login: displayLogin(user.login), nameAr: user.name_ar, nameLatin: user.name_latin, locale: user.locale },
		reminders: await preferenceView(db(), me.id).then((r) => ({ ...r, phone: displayLogin(r.phone) })),
		emailConfigured: !!notifyConfig().smtpUrl,
		vapidPublicKey: (await vapidKeys(db(), notifyConfig().origin)).publicKey,
		saved: event.url.searchParams.get('saved')
	};
};

export const actions: Actions = {
	details: async (event) => {
		const me = requireUser(event);
		const data = await event.request.formData();
		const values = formValues(data);
		try {
			await updateProfile(db(), me.id, { nameAr: field(data, 'nameAr'), nameLatin: field(data, 'nameLatin'), locale: field(data, 'locale') as 'ar' });
		} catch (e) {
			return failWith(e, { ...values, action: 'details' });
		}
		event.cookies.set(LOCALE_COOKIE, field(data, 'locale'), { path: '/', httpOnly: true, sameSite: 'lax', secure: event.url.protocol === 'https:', maxAge: 400 * 24 * 3600 });
		// A new page load, so a new language also changes the page's direction.
		redirect(303, '/profile?saved=details');
	},
	reminders: async (event) => {
		const me = requireUser(event);
		const data = await event.request.formData();
		const values = formValues(data);
		try {
			await savePreferences(db(), me.id, {
				email: field(data, 'email'),
				emailOn: data.get('emailOn') === 'on',
				phone: field(data, 'phone'),
				whatsappOn: data.get('whatsappOn') === 'on',
				pushOn: data.get('pushOn') === 'on',
				locale: field(data, 'reminderLocale'),
				quietStart: field(data, 'quietStart'),
				quietEnd: field(data, 'quietEnd')
			});
		} catch (e) {
			return failWith(e, { ...values, action: 'reminders' });
		}
		redirect(303, '/profile?saved=reminders#reminders-h');
	},
	password: async (event) => {
		const me = requireUser(event);
		const data = await event.request.formData();
		let fresh;
		try {
			fresh = await changePassword(db(), me.id, field(data, 'current'), field(data, 'password'), field(data, 'confirm'));
		} catch (e) {
			return failWith(e, { action: 'password' });
		}
		setSessionCookie(event.cookies, event.url, fresh.token, fresh.session.expiresAt);
		redirect(303, '/profile?saved=password');
	}
};
