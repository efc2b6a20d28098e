import { randomInt } from 'node:crypto';

/**
 * Certificate serials: "AMS-" + 12 characters in 3 groups of 4, from Crockford's
 * base32 alphabet (no I, L, O, U): 11 random characters (55 bits from the OS's
 * CSPRNG) and one check character.
 *
 * The check character is Damm's algorithm over GF(32) (x⁵ + x² + 1): the
 * quasigroup x∘y = 2x + y is totally anti-symmetric, so every single mistyped
 * character and every swap of two adjacent characters (check character included)
 * is detected.
 */
/** How a serial looks, for messages. */
export const SERIAL_EXAMPLE = 'AMS-XXXX-XXXX-XXXX';
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PREFIX = 'AMS';
const BODY = 11;

function times2(x: number): number {
	const y = x << 1;
	return y & 32 ? y ^ 0b100101 : y;
}

/** The interim value after the characters (values 0–31); 0 means "valid" when the check is included. */
function damm(values: number[]): number {
	let r = 0;
	for (const v of values) r = times2(r) ^ v;
	return r;
}

export function checkChar(body: string): string {
	// Choose d with 2·r + d = 0, i.e. d = 2·r (characteristic 2).
	return ALPHABET[times2(damm([...body].map((c) => ALPHABET.indexOf(c))))];
}

function group(chars: string): string {
	return `${PREFIX}-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

export function newSerial(rand: (max: number) => number = randomInt): string {
	let body = '';
	for (let i = 0; i < BODY; i++) body += ALPHABET[rand(32)];
	return group(body + checkChar(body));
}

export type SerialCheck = { ok: true; serial: string } | { ok: false; reason: 'format' | 'check' };

/**
 * Reads a serial as people type or dictate it: any case, spaces or dashes,
 * O for 0, I or L for 1, with or without the "AMS" prefix.
 */
export function parseSerial(input: string): SerialCheck {
	let s = (input ?? '').toUpperCase().replace(/[\s\-_.\u2010-\u2015]/g, '');
	if (s.length === 15 && s.startsWith(PREFIX)) s = s.slice(3);
	s = s.replace(/O/g, '0').replace(/[IL]/g, '1');
	if (s.length !== 12 || [...s].some((c) => !ALPHABET.includes(c))) return { ok: false, reason: 'format' };
	if (damm([...s].map((c) => ALPHABET.indexOf(c))) !== 0) return { ok: false, reason: 'check' };
	return { ok: true, serial: group(s) };
}
