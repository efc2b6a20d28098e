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

export async function auditFor(db: Db, subjectType: string, subjectId: string | number) {
	return db
		.selectFrom('audit_event as a')
		.leftJoin('app_user as u', 'u.id', 'a.actor_id')
		.select(['a.id', 'a.action', 'a.before', 'a.after', 'a.at', 'u.name_latin as actor_name', 'u.name_ar as actor_name_ar'])
		.where('a.subject_type', '=', subjectType)
		.where('a.subject_id', '=', String(subjectId))
		.orderBy('a.id', 'desc')
		.limit(50)
		.execute();
}
