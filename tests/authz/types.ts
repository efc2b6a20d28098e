import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';

/**
 * The route × role matrix (issue 11 §10): every page, endpoint and form action under
 * src/routes has a row here, with what each persona gets. The runner walks src/routes
 * and fails when a route or action has no row, so a new route cannot skip it.
 *
 * Rows live in `tests/authz/<area>.rows.ts` files, one per area of the app, each
 * exporting `default` as an `AuthzRows` function, so that work on different areas
 * adds files instead of editing one list.
 *
 * Personas, all from the demo data:
 * - anon: no session;
 * - learner: 0600000001 (the one who owns the records in a row: her attempt, her plan, her intervention…);
 * - otherLearner: 0600000002;
 * - moduleTrainer: trainer1@amssawas.ma, staff of the module in the row (the demo puts her on
 *   leadership and negotiation) and coach of learner 0600000001;
 * - otherTrainer: trainer2@amssawas.ma, not on that module (leadership) and not 0600000001's coach;
 * - admin: admin@amssawas.ma.
 */
export type Persona = 'anon' | 'learner' | 'otherLearner' | 'otherTrainer' | 'moduleTrainer' | 'admin';
export const PERSONAS: readonly Persona[] = ['anon', 'learner', 'otherLearner', 'otherTrainer', 'moduleTrainer', 'admin'];

/**
 * The observer (issue 16): observer@amssawas.ma, a funder's read-only account that may see only
 * /results. A row may say what she gets; when it does not, she is refused ('deny') on every
 * staff route and gets what another trainer gets elsewhere (a logged-in person with no
 * learner records), so every staff page is checked against her without touching every row.
 */
export type AnyPersona = Persona | 'observer';
export const ALL_PERSONAS: readonly AnyPersona[] = [...PERSONAS, 'observer'];

export function expectOf(row: Pick<AuthzRow, 'route' | 'expect'>, persona: AnyPersona): Expect {
	if (persona !== 'observer') return row.expect[persona];
	if (row.expect.observer) return row.expect.observer;
	return row.route.startsWith('/(staff)/') || row.route === '/files' || row.route.startsWith('/files/') ? 'deny' : row.expect.otherTrainer;
}

/**
 * - 'allow': the request is let through (2xx, or a redirect that is not to /login, or a 4xx from
 *   validation such as 400/422 — anything but 401, 403, 404 and 5xx);
 * - 'deny': 403 or 404 (404 where existence itself is private);
 * - 'login': sent to the login page (303 to /login?next=…) or 401 for endpoints.
 */
export type Expect = 'allow' | 'deny' | 'login';

export interface AuthzRow {
	/** The route's id as SvelteKit names it (its folder under src/routes), e.g. '/(staff)/trainer/modules/[id]'. */
	route: string;
	method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
	/** For a page's form action: its name ('default' for the unnamed one). */
	action?: string;
	/** The concrete address, ids filled in (for an action, without the `?/name`). */
	path: string;
	/** urlencoded form fields sent with a POST; an empty or invalid form is fine: authorisation is decided first. */
	form?: Record<string, string>;
	/**
	 * The allowed call really changes something that later rows rely on (delete, publish, revoke, log out):
	 * the runner calls it last for the allowed personas, or on records made for the purpose.
	 */
	destructive?: boolean;
	/**
	 * For a destructive row: called before each allowed persona's call (they run one at a time,
	 * after every other row) to make a record for the purpose, e.g. through `ctx.http`; what it
	 * returns replaces the row's path and form for that call.
	 */
	prepare?: (persona: Persona) => Promise<Partial<Pick<AuthzRow, 'path' | 'form'>> | void>;
	expect: Record<Persona, Expect> & { observer?: Expect };
}

/** Requests to the started server as one of the personas (with the app's Origin; redirects not followed). */
export interface AuthzHttp {
	get(persona: Persona, path: string): Promise<{ status: number; location: string; text: string }>;
	post(persona: Persona, path: string, form?: Record<string, string>): Promise<{ status: number; location: string; text: string }>;
	/** A multipart post with one file in the field `file`. */
	upload(persona: Persona, path: string, fields: Record<string, string>, file: { name: string; mimeType: string; buffer: Buffer }): Promise<{ status: number; location: string; text: string }>;
}

export interface AuthzContext {
	/** The database the started server uses (demo data in it). */
	db: Kysely<Database>;
	/**
	 * The started server, for making records a destructive row acts on. On PGlite `db` is a copy
	 * of the server's database as seeded (look ids up there; write through `http`).
	 */
	http: AuthzHttp;
}

export type AuthzRows = (ctx: AuthzContext) => Promise<AuthzRow[]>;
