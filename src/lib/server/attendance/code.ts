import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Check-in codes are not stored: each is the HMAC-SHA256 of the session id and
 * the number of the current 30-second window, keyed with the session's own
 * random secret, written with 6 characters of an alphabet without look-alikes
 * (no 0/O/Q/D, 1/I/L, 2/Z, 5/S, 8/B, U/V). A code is accepted in its window and
 * the next one (a grace of 30 to 60 seconds for a slow phone). Any app process
 * computes the same code, so nothing needs to be shared but the database row.
 */
export const CODE_ALPHABET = 'ACEFGHJKMNPRTWXY34679';
export const CODE_LENGTH = 6;
export const WINDOW_MS = 30_000;
/** How many earlier windows are still accepted. */
export const GRACE_WINDOWS = 1;

export function newSecret(): string {
	return randomBytes(32).toString('hex');
}

export function windowOf(now: Date | number): number {
	return Math.floor(new Date(now).getTime() / WINDOW_MS);
}

/** When the current code stops being the one shown (ms since epoch). */
export function windowEnds(now: Date | number): number {
	return (windowOf(now) + 1) * WINDOW_MS;
}

export function codeFor(secret: string, sessionId: number, window: number): string {
	const mac = createHmac('sha256', secret).update(`${sessionId}:${window}`).digest();
	let out = '';
	// 6 bytes of the MAC, each reduced to the alphabet (bias is irrelevant: codes live a minute and guesses are limited).
	for (let i = 0; i < CODE_LENGTH; i++) out += CODE_ALPHABET[mac[i] % CODE_ALPHABET.length];
	return out;
}

export function currentCode(secret: string, sessionId: number, now: Date | number): string {
	return codeFor(secret, sessionId, windowOf(now));
}

/** What people type: any case, spaces and dashes ignored. */
export function normaliseCode(raw: string): string {
	return raw.toUpperCase().replace(/[\s-]/g, '');
}

function same(a: string, b: string): boolean {
	const x = Buffer.from(a);
	const y = Buffer.from(b);
	return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * 'valid' for the current code or one of the GRACE_WINDOWS before it,
 * 'expired' for a code of up to `lookBack` windows before that, else 'wrong'.
 */
export function checkCode(secret: string, sessionId: number, code: string, now: Date | number, lookBack = 20): 'valid' | 'expired' | 'wrong' {
	const w = windowOf(now);
	for (let i = 0; i <= GRACE_WINDOWS; i++) if (same(codeFor(secret, sessionId, w - i), code)) return 'valid';
	for (let i = GRACE_WINDOWS + 1; i <= GRACE_WINDOWS + lookBack; i++) if (same(codeFor(secret, sessionId, w - i), code)) return 'expired';
	return 'wrong';
}
