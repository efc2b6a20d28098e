import { error, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, field, formValues } from '$lib/server/http';
import { t } from '$lib/server/i18n';
import { Invalid } from '$lib/server/errors';
import { auditFor } from '$lib/server/audit/audit.repository';
import { displayLogin } from '$lib/server/users/login-id';
import { pick } from '$lib/localized';
import { parseSerial } from '$lib/server/certificates/serial';
import { reissueCertificate, revokeCertificate } from '$lib/server/certificates/certificates.service';
import { statusOf } from '$lib/server/certificates/register';
import { certificateDetail } from '$lib/server/certificates/certificates.repository';
import type { Actions, PageServerLoad } from './$types';

function serialOf(raw: string): string {
	const p = parseSerial(raw);
	if (!p.ok) error(404, t('error_not_found'));
	return p.serial;
}

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const serial = serialOf(event.params.serial);
	const c = await certificateDetail(db(), serial);
	if (!c) error(404, t('cert_unknown'));
	const history = await auditFor(db(), 'user', c.user_id, { key: 'serial', value: serial });
	return {
		certificate: {
			serial: c.serial,
			userId: c.user_id,
			nameAr: c.holder_name_ar,
			nameLatin: c.holder_name_latin,
			login: displayLogin(c.login),
			what: pick(c.title, event.locals.locale),
			hours: Number(c.hours),
			issuedAt: c.issued_at.toISOString(),
			revokedAt: c.revoked_at?.toISOString() ?? null,
			revokeReason: c.revoke_reason,
			replacedAt: c.replaced_at?.toISOString() ?? null,
			replacedBy: c.replaced_by,
			override: c.override_reason,
			size: c.pdf_size,
			sha256: c.pdf_sha256,
			status: statusOf(c)
		},
		history: history.map((h) => ({ id: h.id, action: h.action, at: h.at.toISOString(), actor: h.actor_name ?? '—' })),
		confirm: event.url.searchParams.has('revoke')
	};
};

export const actions: Actions = {
	revoke: async (event) => {
		const actor = requireRole(event, 'admin');
		const serial = serialOf(event.params.serial);
		const data = await event.request.formData();
		try {
			if (field(data, 'confirm') !== 'yes') throw new Invalid('cert_revoke_must_confirm', { confirm: 'cert_revoke_must_confirm' });
			await revokeCertificate(db(), { id: actor.id }, serial, field(data, 'reason'));
			return { done: t('cert_revoked_done') };
		} catch (e) {
			return failWith(e, { ...formValues(data), form: 'revoke' });
		}
	},
	reissue: async (event) => {
		const actor = requireRole(event, 'admin');
		const serial = serialOf(event.params.serial);
		let next: string;
		try {
			next = (await reissueCertificate(db(), { id: actor.id }, serial, event.url.origin)).serial;
		} catch (e) {
			return failWith(e, { form: 'reissue' });
		}
		redirect(303, `/admin/certificates/${next}?reissued=${serial}`);
	}
};
