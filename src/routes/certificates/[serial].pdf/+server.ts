import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { storedPdf } from '$lib/server/certificates/certificates.service';
import { parseSerial } from '$lib/server/certificates/serial';
import { t } from '$lib/server/i18n';
import type { RequestHandler } from './$types';

/** The stored bytes as issued: the holder and staff may download; the file never changes. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const p = parseSerial(event.params.serial);
	if (!p.ok) error(404, t('error_not_found'));
	const pdf = await storedPdf(db(), p.serial);
	if (!pdf) error(404, t('error_not_found'));
	if (pdf.userId !== user.id && user.role === 'learner') error(403, t('error_forbidden'));
	const etag = `"${pdf.sha256}"`;
	const headers = {
		'content-type': 'application/pdf',
		'content-disposition': `attachment; filename="certificate-${p.serial}.pdf"`,
		'cache-control': 'private, max-age=31536000, immutable',
		etag,
		'x-content-type-options': 'nosniff'
	};
	if (event.request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
	return new Response(pdf.bytes as Uint8Array<ArrayBuffer>, { headers: { ...headers, 'content-length': String(pdf.bytes.length) } });
};
