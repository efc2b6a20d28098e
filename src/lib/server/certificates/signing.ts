import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

/**
 * Canonical form of a certificate payload (what is signed): JSON with object keys
 * sorted by UTF-16 code units at every level, no whitespace, strings escaped as
 * JSON.stringify does, integers and decimals as JSON.stringify writes them —
 * the JSON Canonicalization Scheme (RFC 8785) for the values a payload holds
 * (strings, finite numbers, booleans, null, arrays, objects). Signed as UTF-8
 * bytes with Ed25519; signatures are base64url without padding.
 */
export function canonicalJson(value: unknown): string {
	if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new TypeError('canonical JSON has no NaN or Infinity');
		return JSON.stringify(value);
	}
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
	}
	throw new TypeError(`canonical JSON cannot hold ${typeof value}`);
}

export interface KeyPairPem {
	id: string;
	publicKeyPem: string;
	privateKeyPem: string;
}

/** A key's id: the first 16 base64url characters of the SHA-256 of its SPKI DER. */
export function keyId(publicKey: KeyObject): string {
	return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('base64url').slice(0, 16);
}

export function generateKeyPair(): KeyPairPem {
	const { publicKey, privateKey } = generateKeyPairSync('ed25519');
	return {
		id: keyId(publicKey),
		publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
		privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
	};
}

const parsed = new Map<string, KeyObject>();
function keyObject(pem: string, kind: 'public' | 'private'): KeyObject {
	let k = parsed.get(pem);
	if (!k) {
		k = kind === 'public' ? createPublicKey(pem) : createPrivateKey(pem);
		parsed.set(pem, k);
	}
	return k;
}

export function signPayload(canonical: string, privateKeyPem: string): string {
	return sign(null, Buffer.from(canonical, 'utf8'), keyObject(privateKeyPem, 'private')).toString('base64url');
}

/** True only when the signature is a valid Ed25519 signature of exactly these bytes. */
export function verifyPayload(canonical: string, signature: string, publicKeyPem: string): boolean {
	if (!/^[A-Za-z0-9_-]{86}$/.test(signature ?? '')) return false;
	try {
		return verify(null, Buffer.from(canonical, 'utf8'), keyObject(publicKeyPem, 'public'), Buffer.from(signature, 'base64url'));
	} catch {
		return false;
	}
}

/** The public key as a JWK (RFC 8037), as published at the well-known address. */
export function publicJwk(id: string, publicKeyPem: string) {
	const jwk = keyObject(publicKeyPem, 'public').export({ format: 'jwk' });
	return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, kid: id, alg: 'EdDSA', use: 'sig' };
}
