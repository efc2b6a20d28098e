import { asciiDigits, normaliseLogin } from '../users/login-id';
import { offsetMinutes } from '../time';

/** Default quiet hours, minutes after local midnight in Morocco: 21:00 to 08:00. */
export const QUIET_START = 21 * 60;
export const QUIET_END = 8 * 60;
/** Tries before a message is given up as failed. */
export const MAX_ATTEMPTS = 5;
/** How long a worker holds a claimed message before another may take it (a crashed worker's). */
export const LEASE_MS = 5 * 60_000;

/** Minutes after local midnight in Morocco of an instant. */
export function localMinutes(at: Date): number {
	const m = Math.floor(at.getTime() / 60_000) + offsetMinutes(at);
	return ((m % 1440) + 1440) % 1440;
}

export function inQuietHours(at: Date, start: number, end: number): boolean {
	if (start === end) return false;
	const m = localMinutes(at);
	return start < end ? m >= start && m < end : m >= start || m < end;
}

/** The first instant at or after `at` outside quiet hours (the morning's end of them). */
export function quietUntil(at: Date, start: number, end: number): Date {
	if (!inQuietHours(at, start, end)) return at;
	const m = localMinutes(at);
	const wait = (end - m + 1440) % 1440;
	const t = new Date(Math.floor(at.getTime() / 60_000) * 60_000 + wait * 60_000);
	return t;
}

/** Exponential backoff after the n-th failed try (1-based): 30 s, 1 min, 2 min, 4 min…, at most an hour. */
export function backoffMs(attempts: number): number {
	return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3600_000);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** A reminder address: lower-cased, or null when it is not one. */
export function normaliseEmail(raw: string): string | null {
	const text = raw.normalize('NFKC').trim().toLowerCase();
	return text.length <= 254 && EMAIL.test(text) && !/[<>,;"]/.test(text) ? text : null;
}

/**
 * A number for WhatsApp or SMS: Moroccan (06…, 07…, 05…, +212…, 00212…) or international
 * (+ or 00, then 8 to 15 digits, E.164). Returns +digits, or null.
 */
export function normalisePhone(raw: string): string | null {
	const moroccan = normaliseLogin(raw);
	if (moroccan?.kind === 'phone') return moroccan.login;
	const compact = asciiDigits(raw.normalize('NFKC')).trim().replace(/[\s.\-()\u00a0\u200e\u200f]/g, '');
	const m = /^(?:\+|00)([1-9]\d{7,14})$/.exec(compact);
	return m ? `+${m[1]}` : null;
}

/** "HH:MM" → minutes after midnight, or null. */
export function parseClock(raw: string): number | null {
	const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(raw.trim());
	return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function clock(minutes: number): string {
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The wa.me link that opens WhatsApp on her number with the text written in. */
export function whatsappLink(phone: string, text: string): string {
	return `https://wa.me/${phone.replace(/\D/g, '')}?text=${encodeURIComponent(text)}`;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A push endpoint the app may post to: https on a public name (the browsers' push services),
 * or plain http on this machine when tests allow it. Never another scheme, credentials or a
 * private address, so a crafted subscription cannot make the server call inside its network.
 */
export function validPushEndpoint(raw: string, allowLoopbackHttp = false): boolean {
	let u: URL;
	try {
		u = new URL(raw);
	} catch {
		return false;
	}
	if (raw.length > 2000 || u.username || u.password) return false;
	if (u.protocol === 'http:') return allowLoopbackHttp && LOOPBACK.has(u.hostname);
	if (u.protocol !== 'https:') return false;
	const h = u.hostname;
	if (LOOPBACK.has(h) || !h.includes('.')) return false;
	if (/^\d+\.\d+\.\d+\.\d+$/.test(h) || h.startsWith('[')) return false;
	return true;
}
