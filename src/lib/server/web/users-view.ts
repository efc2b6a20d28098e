import type { Db } from '../db/index';
import { listCommunes } from '../users/users.repository';
import { INVITATION_DAYS } from '../users/invitations';
import { t } from '../i18n';
import { normaliseLogin } from '../users/login-id';

/** Communes for a select, grouped by province, in the page's language. */
export async function communeOptions(db: Db, locale: string) {
	const rows = await listCommunes(db);
	return rows.map((c) => ({
		value: String(c.id),
		label: locale === 'ar' ? `${c.name_ar} — ${c.province_ar}` : `${c.name_fr} — ${c.province_fr}`
	}));
}

/** What an admin needs to hand over an invitation: the link and a ready WhatsApp message. */
/** The invitation link and a WhatsApp message addressed to her number when her login is a phone. */
export function invitationView(origin: string, token: string, name: string, now = new Date(), login?: string | null) {
	const link = `${origin}/invite/${token}`;
	const phone = login ? normaliseLogin(login) : null;
	const to = phone?.kind === 'phone' ? phone.login.replace(/^\+/, '') : '';
	return {
		link,
		whatsapp: `https://wa.me/${to}?text=${encodeURIComponent(t('invitation_message', { name, link }))}`,
		expiresAt: new Date(now.getTime() + INVITATION_DAYS * 24 * 3600 * 1000).toISOString()
	};
}
