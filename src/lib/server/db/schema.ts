import type { QuizTables } from '../quizzes/tables';
import type { AttendanceTables } from '../attendance/tables';
import type { CertificateTables } from '../certificates/tables';
import type { FileStorageTables } from '../media/tables';
import type { CouncilTables } from '../council/tables';
import type { StaffingTables } from '../staffing/tables';
import type { OfflineTables } from '../offline/tables';
import type { CoachingTables } from '../coaching/tables';
import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, never, never>;
type Json = ColumnType<unknown, string | null, string | null>;

export type Role = 'learner' | 'trainer' | 'admin';
import type { Locale } from '../../i18n/index';
import type { Localized } from '../../localized';
export type { Locale, Localized };
export type LoginKind = 'email' | 'phone';

export interface CommuneTable {
	id: Generated<number>;
	name_ar: string;
	name_fr: string;
	province_ar: string;
	province_fr: string;
	kind: 'urban' | 'rural';
}

export interface AppUserTable {
	id: Generated<number>;
	login: string;
	login_kind: LoginKind;
	name_ar: string;
	name_latin: string;
	role: Role;
	locale: ColumnType<Locale, Locale | undefined, Locale>;
	commune_id: number | null;
	password_hash: string | null;
	is_demo: ColumnType<boolean, boolean | undefined, boolean>;
	disabled_at: Date | null;
	created_at: CreatedAt & Generated<Date>;
	updated_at: ColumnType<Date, undefined, Date | string>;
}

export interface AuthSessionTable {
	id: string;
	user_id: number;
	expires_at: Date;
	created_at: ColumnType<Date, undefined, never>;
}

export interface InvitationTable {
	id: Generated<number>;
	token_hash: string;
	user_id: number;
	created_by: number | null;
	created_at: ColumnType<Date, undefined, never>;
	expires_at: Date;
	used_at: Date | null;
	revoked_at: Date | null;
}

export interface RateLimitCounterTable {
	bucket: string;
	key: string;
	window_start: Date;
	n: number;
}

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

export interface Database extends ContentTables, QuizTables, AttendanceTables, CertificateTables, FileStorageTables, CouncilTables, StaffingTables, OfflineTables, CoachingTables {
	commune: CommuneTable;
	app_user: AppUserTable;
	auth_session: AuthSessionTable;
	invitation: InvitationTable;
	rate_limit_counter: RateLimitCounterTable;
	audit_event: AuditEventTable;
}

export type UserRow = Selectable<AppUserTable>;
export type CommuneRow = Selectable<CommuneTable>;

type JsonCol<T> = ColumnType<T, string, string>;

export interface StoredFileTable {
	id: Generated<number>;
	storage_key: string;
	kind: 'image' | 'audio' | 'pdf';
	mime: string;
	size: number;
	sha256: string;
	original_name: string;
	width: number | null;
	height: number | null;
	uploaded_by: number | null;
	created_at: ColumnType<Date, undefined, never>;
}

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

export interface ContentTables {
	stored_file: StoredFileTable;
	programme: ProgrammeTable;
	module: ModuleTable;
	lesson: LessonTable;
	lesson_media: LessonMediaTable;
	lesson_progress: LessonProgressTable;
	cohort: CohortTable;
	cohort_member: CohortMemberTable;
	enrolment: EnrolmentTable;
}
