import { error, type RequestEvent } from '@sveltejs/kit';
import { requireRole } from './guards';
import type { Db } from '../db/index';
import { t } from '../i18n';
import { isStaffOfSlug } from '../staffing/staff.repository';

/**
 * Learners read their modules (the domain checks the enrolment); a trainer opens the
 * modules she teaches to see what learners see; admins open any.
 */
export async function requireReader(event: Pick<RequestEvent, 'locals' | 'url'>, db: Db, slug: string) {
	const user = requireRole(event, 'learner', 'trainer', 'admin');
	if (user.role === 'trainer' && !(await isStaffOfSlug(db, slug, user.id))) error(403, t('error_forbidden'));
	return user;
}
