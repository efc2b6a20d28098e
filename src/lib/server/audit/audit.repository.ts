import { sql } from 'kysely';
import type { Db } from '../db/index';

export interface AuditInput {
	actorId: number | null;
	action: string;
	subjectType: string;
	subjectId?: string | number | null;
	before?: unknown;
	after?: unknown;
}

export async function recordAudit(db: Db, e: AuditInput): Promise<void> {
	await db
		.insertInto('audit_event')
		.values({
			actor_id: e.actorId,
			action: e.action,
			subject_type: e.subjectType,
			subject_id: e.subjectId == null ? null : String(e.subjectId),
			before: e.before === undefined ? null : JSON.stringify(e.before),
			after: e.after === undefined ? null : JSON.stringify(e.after)
		})
		.execute();
}

/** The last 50 events on a subject; `mentioning`: only those whose before or after has that value under that key. */
export async function auditFor(db: Db, subjectType: string, subjectId: string | number, mentioning?: { key: string; value: string }) {
	let q = db
		.selectFrom('audit_event as a')
		.leftJoin('app_user as u', 'u.id', 'a.actor_id')
		.select(['a.id', 'a.action', 'a.before', 'a.after', 'a.at', 'u.name_latin as actor_name', 'u.name_ar as actor_name_ar'])
		.where('a.subject_type', '=', subjectType)
		.where('a.subject_id', '=', String(subjectId));
	if (mentioning) {
		const { key, value } = mentioning;
		q = q.where((eb) => eb.or([eb(sql<string>`a.after ->> ${key}::text`, '=', value), eb(sql<string>`a.before ->> ${key}::text`, '=', value)]));
	}
	return q
		.orderBy('a.id', 'desc')
		.limit(50)
		.execute();
}
