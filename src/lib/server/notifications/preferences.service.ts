import type { Db } from '../db/index';
import type { Locale } from '../db/schema';
import { Invalid } from '../errors';
import { clock, normaliseEmail, normalisePhone, parseClock, validPushEndpoint } from './rules';
import { deletePushSubscription, recipients, savePreference, setPushOn, upsertPushSubscription } from './notification.repository';

export interface PreferenceForm {
	email: string;
	emailOn: boolean;
	phone: string;
	whatsappOn: boolean;
	pushOn: boolean;
	locale: string;
	quietStart: string;
	quietEnd: string;
}

export interface PreferenceView {
	email: string;
	emailOn: boolean;
	phone: string;
	whatsappOn: boolean;
	pushOn: boolean;
	pushDevices: number;
	locale: Locale;
	quietStart: string;
	quietEnd: string;
}

export async function preferenceView(db: Db, userId: number): Promise<PreferenceView> {
	const [r] = await recipients(db, [userId]);
	return {
		email: r?.email ?? '',
		emailOn: r?.emailOn ?? false,
		phone: r?.phone ?? '',
		whatsappOn: r?.whatsappOn ?? true,
		pushOn: r?.pushOn ?? false,
		pushDevices: r?.pushCount ?? 0,
		locale: r?.locale ?? 'ar',
		quietStart: clock(r?.quietStart ?? 21 * 60),
		quietEnd: clock(r?.quietEnd ?? 8 * 60)
	};
}

const LOCALES: Locale[] = ['ar', 'fr', 'zgh'];

/** Saves her reminder choices; every field error at once (message keys), nothing saved when one is wrong. */
export async function savePreferences(db: Db, userId: number, f: PreferenceForm): Promise<void> {
	const errors: Record<string, string> = {};
	const email = f.email.trim() ? normaliseEmail(f.email) : null;
	if (f.email.trim() && !email) errors.email = 'error_email_invalid';
	else if (f.emailOn && !email) errors.email = 'error_email_needed';
	const phone = f.phone.trim() ? normalisePhone(f.phone) : null;
	if (f.phone.trim() && !phone) errors.phone = 'error_phone_invalid';
	else if (f.whatsappOn && !phone) errors.phone = 'error_phone_needed';
	if (!LOCALES.includes(f.locale as Locale)) errors.locale = 'error_invalid_choice';
	const quietStart = parseClock(f.quietStart);
	const quietEnd = parseClock(f.quietEnd);
	if (quietStart === null) errors.quietStart = 'error_clock_invalid';
	if (quietEnd === null) errors.quietEnd = 'error_clock_invalid';
	if (Object.keys(errors).length) throw new Invalid('error_invalid_form', errors);
	await savePreference(db, userId, { email, emailOn: f.emailOn, phone, whatsappOn: f.whatsappOn, pushOn: f.pushOn, locale: f.locale as Locale, quietStart: quietStart!, quietEnd: quietEnd! });
}

export interface PushSubscriptionInput {
	endpoint?: unknown;
	keys?: { p256dh?: unknown; auth?: unknown };
}

const B64URL = /^[A-Za-z0-9_-]+={0,2}$/;

/** Keeps a browser's push subscription for her and turns push on; refuses endpoints the server must not call. */
export async function subscribePush(db: Db, userId: number, input: PushSubscriptionInput, opts: { allowLoopbackHttp?: boolean } = {}): Promise<void> {
	const endpoint = typeof input?.endpoint === 'string' ? input.endpoint : '';
	const p256dh = typeof input?.keys?.p256dh === 'string' ? input.keys.p256dh : '';
	const auth = typeof input?.keys?.auth === 'string' ? input.keys.auth : '';
	if (!validPushEndpoint(endpoint, opts.allowLoopbackHttp)) throw new Invalid('error_push_endpoint', { endpoint: 'error_push_endpoint' });
	if (!B64URL.test(p256dh) || p256dh.length < 80 || p256dh.length > 100 || !B64URL.test(auth) || auth.length < 16 || auth.length > 30)
		throw new Invalid('error_push_endpoint', { keys: 'error_push_endpoint' });
	await upsertPushSubscription(db, userId, { endpoint, p256dh, auth });
	await setPushOn(db, userId, true);
}

export async function unsubscribePush(db: Db, userId: number, endpoint: string): Promise<void> {
	await deletePushSubscription(db, endpoint, userId);
}
