import { json } from '@sveltejs/kit';
import { db } from '$lib/server/db/runtime';
import { signatureValid, verifyCertificate } from '$lib/server/certificates/certificates.service';
import type { RequestHandler } from './$types';

/**
 * The public check as JSON: status, holder, what, dates, the signed canonical
 * payload and its signature (verifiable offline with the key at
 * /.well-known/amssawas-certificates.json), and the server's own signature check.
 * Never the revocation reason.
 */
export const GET: RequestHandler = async ({ params, url }) => {
	const r = await verifyCertificate(db(), params.serial);
	const headers = { 'cache-control': 'no-store', 'access-control-allow-origin': '*' };
	if (!r.certificate) return json({ status: r.status, serial: r.serial }, { status: r.status === 'unknown' ? 404 : 400, headers });
	const c = r.certificate;
	const sig = url.searchParams.get('sig');
	return json(
		{
			status: r.status,
			serial: c.serial,
			holder: { ar: c.holder_name_ar, latin: c.holder_name_latin },
			for: { kind: c.module_id != null ? 'module' : 'programme', title: c.title },
			hours: Number(c.hours),
			issuedAt: c.issued_at.toISOString(),
			revokedAt: c.revoked_at?.toISOString() ?? null,
			replacedAt: c.replaced_at?.toISOString() ?? null,
			keyId: c.key_id,
			payload: c.payload,
			signature: c.signature,
			signatureValid: await signatureValid(db(), c),
			...(sig === null ? {} : { qrSignatureValid: await signatureValid(db(), c, sig) }),
			pdfSha256: c.pdf_sha256
		},
		{ headers }
	);
};
