import type { ColumnType, Generated } from 'kysely';

export interface CohortTable {
	id: Generated<number>;
	name: string;
	starts_on: ColumnType<Date | null, string | null | undefined, string | null>;
	ends_on: ColumnType<Date | null, string | null | undefined, string | null>;
	created_at: ColumnType<Date, undefined, never>;
}

export interface CohortMemberTable {
	cohort_id: number;
	user_id: number;
	added_at: ColumnType<Date, undefined, never>;
}

export type EnrolmentSource = 'admin' | 'cohort' | 'programme' | 'self' | 'import' | 'cli';

export interface EnrolmentTable {
	id: Generated<number>;
	user_id: number;
	module_id: number;
	source: EnrolmentSource;
	status: ColumnType<'active' | 'withdrawn', 'active' | 'withdrawn' | undefined, 'active' | 'withdrawn'>;
	enrolled_at: ColumnType<Date, Date | undefined, Date>;
	withdrawn_at: Date | null;
}

export interface EnrolmentTables {
	cohort: CohortTable;
	cohort_member: CohortMemberTable;
	enrolment: EnrolmentTable;
}
