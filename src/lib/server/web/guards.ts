import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Role } from '../db/schema';
import type { Db } from '../db/index';
import { isModuleStaff, modulesOf, moduleOfSession } from '../staffing/staff.repository';
import { t } from '../i18n';
import type { SessionUser } from '../auth/session';

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

/**
 * Call at the top of every load and action that touches a module's content, sessions
 * or results: a trainer passes only on the modules she is staff of; admins always pass.
 */
export async function requireModuleStaff(event: Event, db: Db, moduleId: number): Promise<SessionUser> {
	const user = requireRole(event, 'trainer', 'admin');
	if (user.role !== 'admin' && !(await isModuleStaff(db, moduleId, user.id))) error(403, t('error_forbidden'));
	return user;
}

/** The same for a class session: the staff of its module (404 when there is no such session). */
export async function requireSessionStaff(event: Event, db: Db, sessionId: number): Promise<SessionUser> {
	const user = requireRole(event, 'trainer', 'admin');
	const moduleId = await moduleOfSession(db, sessionId);
	if (moduleId === undefined) {
		if (user.role === 'admin') error(404, t('error_not_found'));
		error(403, t('error_forbidden'));
	}
	if (user.role !== 'admin' && !(await isModuleStaff(db, moduleId, user.id))) error(403, t('error_forbidden'));
	return user;
}

/** The module ids a staff member's lists are limited to; undefined for an admin (every module). */
export async function staffScope(db: Db, user: SessionUser): Promise<number[] | undefined> {
	return user.role === 'admin' ? undefined : modulesOf(db, user.id);
}
