import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Localized } from '../../localized';

/** Kysely table interfaces of the attendance domain (class sessions, marks, their history, calendar feeds). */
export type SessionMode = 'in_person' | 'remote' | 'hybrid';
export type AttendanceStatus = 'present' | 'late' | 'excused' | 'absent';
export type AttendanceHow = 'in_person' | 'remote';
export type MarkSource = 'roll_call' | 'self_check_in';

export interface ClassSessionTable {
	id: Generated<number>;
	module_id: number;
	cohort_id: number;
	/** The title shown when no language has one (sessions made before titles had languages). */
	title: string;
	titles: ColumnType<Localized, string | undefined, string>;
	starts_at: ColumnType<Date, Date | string, Date | string>;
	ends_at: ColumnType<Date, Date | string, Date | string>;
	mode: SessionMode;
	place: string | null;
	places: ColumnType<Localized, string | undefined, string>;
	meeting_url: string | null;
	trainer_id: number | null;
	late_after_minutes: ColumnType<number, number | undefined, number>;
	check_in_secret: string;
	cancelled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
	cancel_reason: string | null;
	sheet_file_id: number | null;
	created_by: number | null;
	created_at: ColumnType<Date, undefined, never>;
	updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface AttendanceTable {
	id: Generated<number>;
	class_session_id: number;
	user_id: number;
	status: AttendanceStatus;
	how: AttendanceHow | null;
	remark: string | null;
	source: MarkSource;
	marked_by: number | null;
	marked_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface AttendanceChangeTable {
	id: Generated<number>;
	class_session_id: number;
	user_id: number;
	old_status: AttendanceStatus | null;
	new_status: AttendanceStatus;
	old_how: AttendanceHow | null;
	new_how: AttendanceHow | null;
	remark: string | null;
	source: MarkSource;
	changed_by: number | null;
	changed_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface CalendarFeedTable {
	user_id: number;
	token_hash: string;
	created_at: ColumnType<Date, undefined, never>;
}

export interface AttendanceTables {
	class_session: ClassSessionTable;
	attendance: AttendanceTable;
	attendance_change: AttendanceChangeTable;
	calendar_feed: CalendarFeedTable;
}

export type ClassSessionRow = Selectable<ClassSessionTable>;
export type AttendanceRow = Selectable<AttendanceTable>;
