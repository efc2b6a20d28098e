/**
 * The pages `npm run bench` loads. Add a page with one line; give it a target
 * when the issue that asks for it sets one.
 *
 *   auth: null            anonymous (no cookie)
 *         'learner' | …   each request carries the session cookie of the next
 *                         person of that role (50 learners, 2 trainers, 1 admin)
 *   method/body           body is sent as application/x-www-form-urlencoded
 *                         with the Origin header (kit's CSRF check)
 *   expectStatus          default: any 2xx; anything else counts as an error
 */
export type Role = 'learner' | 'trainer' | 'admin';

export interface Target {
	/** Requests per second, at least. */
	minRps?: number;
	/** 99th-percentile latency, strictly below (ms). */
	maxP99Ms?: number;
}

export interface Scenario {
	name: string;
	path: string;
	auth: Role | null;
	method?: 'GET' | 'POST';
	body?: string;
	headers?: Record<string, string>;
	expectStatus?: number;
	target?: Target;
}

export const scenarios: Scenario[] = [
	{ name: 'login page', path: '/login', auth: null },
	{ name: 'learner home', path: '/learn', auth: 'learner', target: { minRps: 500, maxP99Ms: 250 } }
];

/** First visit to the login page: HTML + CSS + JS, compressed as sent (fonts and images excluded). */
export const FIRST_VISIT = { path: '/login', maxBytes: 60_000 };
