import type { LoginKind } from '../db/schema';

export type LoginId = { login: string; kind: LoginKind };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_EMAIL = 254;

/** Arabic-Indic (٠–٩) and Eastern Arabic (۰–۹) digits, as typed on Arabic keyboards, to ASCII. */
export function asciiDigits(s: string): string {
	return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/**
 * A login is an email address or a Moroccan mobile/fixed number. Phones are
 * stored as +212XXXXXXXXX so that 06…, +2126…, 002126… and 2126… are one login.
 * Returns null when the text is neither.
 */
export function normaliseLogin(raw: string): LoginId | null {
	const text = asciiDigits(raw.normalize('NFKC')).trim();
	if (!text) return null;
	if (text.includes('@')) {
		const email = text.toLowerCase();
		return email.length <= MAX_EMAIL && EMAIL.test(email) ? { login: email, kind: 'email' } : null;
	}
	const compact = text.replace(/[\s.\-()\u00a0\u200e\u200f]/g, '');
	const m =
		/^0([5-8]\d{8})$/.exec(compact) ??
		/^(?:\+|00)?212\(?0?\)?([5-8]\d{8})$/.exec(compact);
	return m ? { login: `+212${m[1]}`, kind: 'phone' } : null;
}

/** How a phone login is shown to people: 06 12 34 56 78. */
export function displayLogin(login: string): string {
	return /^\+212\d{9}$/.test(login) ? `0${login.slice(4)}`.replace(/(\d{2})(?=\d)/g, '$1 ') : login;
}
