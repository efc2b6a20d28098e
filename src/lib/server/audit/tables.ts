import type { ColumnType, Generated } from 'kysely';

type Json = ColumnType<unknown, string | null, string | null>;

export interface AuditEventTable {
	id: Generated<number>;
	actor_id: number | null;
	action: string;
	subject_type: string;
	subject_id: string | null;
	before: Json;
	after: Json;
	at: ColumnType<Date, undefined, never>;
}

export interface AuditTables {
	audit_event: AuditEventTable;
}
