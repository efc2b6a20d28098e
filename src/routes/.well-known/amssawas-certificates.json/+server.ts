import { json } from '@sveltejs/kit';
import { db } from '$lib/server/db/runtime';
import { publicKeys } from '$lib/server/certificates/certificates.repository';
import { publicJwk } from '$lib/server/certificates/signing';
import type { RequestHandler } from './$types';

/** The public keys that sign certificates (never the private halves), and how to check a signature. */
export const GET: RequestHandler = async ({ url }) => {
	const keys = await publicKeys(db());
	return json(
		{
			issuer: 'Amssawas',
			algorithm: 'Ed25519',
			signed: 'the UTF-8 bytes of the certificate payload in canonical JSON (RFC 8785: keys sorted, no whitespace), as given in "payload" by /verify/SERIAL.json',
			signatureEncoding: 'base64url without padding; the QR code carries it as ?sig= on /verify/SERIAL',
			verify: `${url.origin}/verify/{serial}.json`,
			keys: keys.map((k) => ({ ...publicJwk(k.id, k.public_key_pem), current: k.is_current, pem: k.public_key_pem, createdAt: k.created_at.toISOString() }))
		},
		{ headers: { 'cache-control': 'public, max-age=3600', 'access-control-allow-origin': '*' } }
	);
};
