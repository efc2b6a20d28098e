// The database as Kysely sees it: each domain's tables.ts, assembled. Tables are defined in their domain, never here.
import type { UserTables } from '../users/tables';
import type { AuthTables } from '../auth/tables';
import type { AuditTables } from '../audit/tables';
import type { ContentTables } from '../content/tables';
import type { EnrolmentTables } from '../enrolment/tables';
import type { QuizTables } from '../quizzes/tables';
import type { AttendanceTables } from '../attendance/tables';
import type { CertificateTables } from '../certificates/tables';
import type { FileStorageTables } from '../media/tables';
import type { CouncilTables } from '../council/tables';
import type { StaffingTables } from '../staffing/tables';
import type { OfflineTables } from '../offline/tables';
import type { CoachingTables } from '../coaching/tables';
import type { ResultsTables } from '../results/tables';
import type { StoryTables } from '../stories/tables';
import type { NotificationTables } from '../notifications/tables';

export interface Database
	extends UserTables,
		AuthTables,
		AuditTables,
		ContentTables,
		EnrolmentTables,
		QuizTables,
		AttendanceTables,
		CertificateTables,
		FileStorageTables,
		CouncilTables,
		StaffingTables,
		OfflineTables,
		CoachingTables,
		ResultsTables,
		StoryTables,
		NotificationTables {}

// Shared types, re-exported so `import type { Role } from '../db/schema'` keeps working.
export type { Locale } from '../../i18n/index';
export type { Localized } from '../../localized';
export type { Role, LoginKind, UserRow, CommuneRow } from '../users/tables';
export type { ModuleStatus } from '../content/tables';
export type { EnrolmentSource } from '../enrolment/tables';
