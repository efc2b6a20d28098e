import type { ColumnType } from 'kysely';

/** One trainer on one module: she edits it, runs its sessions and reads its results. */
export interface ModuleStaffTable {
	module_id: number;
	user_id: number;
	added_by: number | null;
	added_at: ColumnType<Date, undefined, never>;
}

export interface StaffingTables {
	module_staff: ModuleStaffTable;
}
