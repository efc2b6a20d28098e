import type { Role } from '../db/schema';

/** Where each role starts. */
export const HOME: Record<Role, string> = { learner: '/learn', trainer: '/trainer', admin: '/admin', observer: '/results' };

/** The start page of whoever is logged in; `/` (then the login page) for nobody. */
export function homeOf(user: { role: Role } | null | undefined): string {
	return user ? HOME[user.role] : '/';
}

const MAX_LENGTH = 2048;
// C0 and C1 controls, DEL, and the backslash browsers read as a slash.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\\]/;

/**
 * The one way to turn a requested return path (`next`, `redirectTo`, …) into a
 * place to redirect to: a path on this site, starting with a single `/`, with
 * no backslash or control character (also once percent-decoded, since browsers
 * drop tabs and newlines from a URL and `/%09/x` would become `//x`), at most
 * 2048 characters; anything else gives `fallback` (the role's home page).
 * Parsed against the app's origin, and the same origin comes out, or nothing.
 */
export function safeReturnPath(raw: unknown, origin: string, fallback: string): string {
	if (typeof raw !== 'string' || !raw || raw.length > MAX_LENGTH) return fallback;
	if (!raw.startsWith('/') || raw.startsWith('//') || UNSAFE.test(raw)) return fallback;
	let decoded: string;
	try {
		decoded = decodeURIComponent(raw);
	} catch {
		return fallback;
	}
	if (decoded.startsWith('//') || UNSAFE.test(decoded)) return fallback;
	let url: URL;
	try {
		url = new URL(raw, origin);
	} catch {
		return fallback;
	}
	if (url.origin !== new URL(origin).origin) return fallback;
	const path = url.pathname + url.search + url.hash;
	return path.startsWith('/') && !path.startsWith('//') && path.length <= MAX_LENGTH ? path : fallback;
}
