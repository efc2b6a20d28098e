/** The methods that change something: each must come from the app's own pages. */
export const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Whether a request was sent by one of the app's own pages: its `Origin`, or
 * when a browser left that out its `Referer`, names the app's origin. Neither
 * header (no browser sends a POST like that; there is no non-browser client
 * today) counts as foreign. Unlike SvelteKit's own check this looks at every
 * content type, including none (`fetch(…, { mode: 'no-cors' })`).
 */
export function fromOwnOrigin(headers: Headers, origin: string): boolean {
	const claimed = headers.get('origin');
	if (claimed !== null) return claimed === origin;
	const referer = headers.get('referer');
	if (!referer) return false;
	try {
		return new URL(referer).origin === origin;
	} catch {
		return false;
	}
}

/** True when the request may go on; false when it must get 403. */
export function originAllowed(method: string, headers: Headers, origin: string): boolean {
	return !STATE_CHANGING.has(method.toUpperCase()) || fromOwnOrigin(headers, origin);
}
