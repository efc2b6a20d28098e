import type { ColumnType, Generated } from 'kysely';
import type { Locale } from '../../i18n/index';
import type { Localized } from '../../localized';

type JsonCol<T> = ColumnType<T, string, string>;

export interface ProgrammeTable {
	id: Generated<number>;
	slug: string;
	title: JsonCol<Localized>;
	created_at: ColumnType<Date, undefined, never>;
}

export type ModuleStatus = 'draft' | 'published' | 'unpublished';

export interface ModuleTable {
	id: Generated<number>;
	programme_id: number | null;
	slug: string;
	position: ColumnType<number, number | undefined, number>;
	title: JsonCol<Localized>;
	summary: ColumnType<Localized, string | undefined, string>;
	hours: ColumnType<number, number | undefined, number>;
	pass_mark: ColumnType<number, number | undefined, number>;
	attendance_threshold: ColumnType<number, number | undefined, number>;
	cover_file_id: number | null;
	self_enrol_key: string | null;
	status: ColumnType<ModuleStatus, ModuleStatus | undefined, ModuleStatus>;
	published_content: ColumnType<unknown, string | null | undefined, string | null>;
	published_at: Date | null;
	has_unpublished_changes: ColumnType<boolean, boolean | undefined, boolean>;
	created_by: number | null;
	created_at: ColumnType<Date, undefined, never>;
	updated_at: ColumnType<Date, undefined, Date>;
	cert_require_lessons: ColumnType<boolean, boolean | undefined, boolean>;
	cert_require_quiz: ColumnType<boolean, boolean | undefined, boolean>;
	cert_require_attendance: ColumnType<boolean, boolean | undefined, boolean>;
	cert_required_for_programme: ColumnType<boolean, boolean | undefined, boolean>;
	/** Attendance (issue 5): excused absences are left out of the rate when true. */
	excused_not_counted: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface LessonTable {
	id: Generated<number>;
	module_id: number;
	position: number;
	title: JsonCol<Localized>;
	body: ColumnType<Localized, string | undefined, string>;
	video_url: string | null;
	deleted_at: Date | null;
	created_at: ColumnType<Date, undefined, never>;
	updated_at: ColumnType<Date, undefined, Date>;
}

export interface LessonMediaTable {
	id: Generated<number>;
	lesson_id: number;
	file_id: number;
	role: 'image' | 'narration' | 'handout';
	locale: Locale | null;
	position: ColumnType<number, number | undefined, number>;
}

export interface LessonProgressTable {
	user_id: number;
	lesson_id: number;
	last_viewed_at: ColumnType<Date, Date | undefined, Date>;
	completed_at: Date | null;
}

export interface ContentTables {
	programme: ProgrammeTable;
	module: ModuleTable;
	lesson: LessonTable;
	lesson_media: LessonMediaTable;
	lesson_progress: LessonProgressTable;
}
