import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Role } from '../db/schema';
import { t } from '../i18n';
import type { SessionUser } from './session';

type Event = Pick<RequestEvent, 'locals' | 'url'>;

/** The logged-in person, or a redirect to the login page that comes back here. */
export function requireUser(event: Event): SessionUser {
	const user = event.locals.user;
	if (!user) redirect(303, `/login?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	return user;
}

/** Call at the top of every load and every action: a layout guard does not protect actions. */
export function requireRole(event: Event, ...roles: Role[]): SessionUser {
	const user = requireUser(event);
	if (!roles.includes(user.role)) error(403, t('error_forbidden'));
	return user;
}
