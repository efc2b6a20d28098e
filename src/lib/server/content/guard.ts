import type { RequestEvent } from '@sveltejs/kit';
import { requireRole } from '../auth/guards';

/** Learners read their modules; staff may open any module to see what learners see. */
export function requireReader(event: Pick<RequestEvent, 'locals' | 'url'>) {
	return requireRole(event, 'learner', 'trainer', 'admin');
}
