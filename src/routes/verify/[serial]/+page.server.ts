import { db } from '$lib/server/db/runtime';
import { signatureValid, verifyCertificate } from '$lib/server/certificates/certificates.service';
import { pick } from '$lib/localized';
import { SERIAL_EXAMPLE } from '$lib/server/certificates/serial';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals, setHeaders }) => {
	const r = await verifyCertificate(db(), params.serial);
	setHeaders({ 'cache-control': 'no-store', 'x-robots-tag': 'noindex' });
	if (!r.certificate) return { status: r.status, serial: r.serial ?? params.serial, certificate: null, signature: null, example: SERIAL_EXAMPLE };
	const c = r.certificate;
	const sig = url.searchParams.get('sig');
	return {
		status: r.status,
		example: SERIAL_EXAMPLE,
		serial: r.serial,
		certificate: {
			nameAr: c.holder_name_ar,
			nameLatin: c.holder_name_latin,
			what: pick(c.title, locals.locale),
			kind: c.module_id != null ? 'module' : 'programme',
			hours: Number(c.hours),
			issuedAt: c.issued_at.toISOString(),
			revokedAt: c.revoked_at?.toISOString() ?? null,
			replacedAt: c.replaced_at?.toISOString() ?? null
		},
		// Only when the QR code's address carries a signature: is it this certificate's?
		signature: sig === null ? null : await signatureValid(db(), c, sig)
	};
};
