import type { Db } from '../db/index';
import { listCommunes } from './users.repository';
import { INVITATION_DAYS } from './invitations';
import { t } from '../i18n';

/** Communes for a select, grouped by province, in the page's language. */
export async function communeOptions(db: Db, locale: string) {
	const rows = await listCommunes(db);
	return rows.map((c) => ({
		value: String(c.id),
		label: locale === 'ar' ? `${c.name_ar} — ${c.province_ar}` : `${c.name_fr} — ${c.province_fr}`
	}));
}

/** What an admin needs to hand over an invitation: the link and a ready WhatsApp message. */
export function invitationView(origin: string, token: string, name: string, now = new Date()) {
	const link = `${origin}/invite/${token}`;
	return {
		link,
		whatsapp: `https://wa.me/?text=${encodeURIComponent(t('invitation_message', { name, link }))}`,
		expiresAt: new Date(now.getTime() + INVITATION_DAYS * 24 * 3600 * 1000).toISOString()
	};
}
