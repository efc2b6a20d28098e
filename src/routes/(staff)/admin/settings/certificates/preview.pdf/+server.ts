import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { currentDesign, drawDesign } from '$lib/server/certificates/design.service';
import { renderCertificatePdf } from '$lib/server/certificates/pdf';
import type { RequestHandler } from './$types';

/** A sample certificate drawn with the current design, to look at before issuing (not signed, not stored). */
export const GET: RequestHandler = async (event) => {
	requireRole(event, 'admin');
	const design = await drawDesign(db(), await currentDesign(db()));
	const payload = {
		v: 1 as const,
		serial: 'AMS-0000-0000-0000',
		kid: 'preview',
		issuer: design.organisation.fr,
		holder: { ar: 'فاطمة الزهراء أوعلي', latin: 'Fatima Zahra Ouali' },
		for: { kind: 'module' as const, slug: 'preview', title: { ar: 'القيادة', fr: 'Leadership', zgh: 'ⵜⴰⵏⵎⵀⴰⵍⵜ' } },
		hours: 24,
		issuedAt: new Date().toISOString()
	};
	const pdf = await renderCertificatePdf({ payload, url: `${event.url.origin}/verify/${payload.serial}`, design });
	return new Response(new Uint8Array(pdf), { headers: { 'content-type': 'application/pdf', 'content-disposition': 'inline; filename="preview.pdf"', 'cache-control': 'no-store' } });
};
