/** Kysely table interfaces of the council domain (issue 15). */
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Localized } from '../../localized';

/**
 * A `date` column, 'YYYY-MM-DD'. pg and PGlite parse dates differently (local or UTC
 * midnight), so the repositories always select them as `col::text`.
 */
type DateCol = string;
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;
type CreatedAt = ColumnType<Date, Date | undefined, never>;

export const SITTING_TYPES = ['ordinary', 'extraordinary', 'committee'] as const;
export const KINDS = ['question', 'agenda_proposal', 'amendment', 'committee_report', 'statement', 'vote_explanation'] as const;
export const OUTCOMES = ['adopted', 'deferred', 'rejected', 'no_decision', 'not_applicable'] as const;
export const STATUSES = ['draft', 'submitted', 'verified', 'returned'] as const;
export const SUMMARY_LANGS = ['ar', 'fr'] as const;
export const MEMO_STATUSES = ['drafted', 'submitted', 'registered', 'examined'] as const;
export const MEMO_BODIES = ['council_session', 'committee', 'bureau', 'parity_body'] as const;
export const MEMO_OUTCOMES = ['adopted', 'partly_adopted', 'rejected', 'pending'] as const;
export const MEMO_SUBJECTS = ['action_programme', 'budget', 'project_design', 'other'] as const;
export const MEMO_STEPS = ['drafted', 'submitted', 'registered', 'examined', 'outcome', 'verified'] as const;
export const ENGAGEMENT_STATUSES = ['contacted', 'agreement_signed', 'engaged', 'active'] as const;
export const ACTIVITY_TYPES = ['awareness', 'mobilisation', 'workshop', 'meeting'] as const;
export const AUDIENCES = ['elected', 'staff', 'civil_society'] as const;

export type SittingType = (typeof SITTING_TYPES)[number];
export type InterventionKind = (typeof KINDS)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type InterventionStatus = (typeof STATUSES)[number];
export type SummaryLang = (typeof SUMMARY_LANGS)[number];
export type MemoStatus = (typeof MEMO_STATUSES)[number];
export type MemoBody = (typeof MEMO_BODIES)[number];
export type MemoOutcome = (typeof MEMO_OUTCOMES)[number];
export type MemoSubject = (typeof MEMO_SUBJECTS)[number];
export type MemoStep = (typeof MEMO_STEPS)[number];
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type Audience = (typeof AUDIENCES)[number];

export interface CouncilTopicTable {
	id: Generated<number>;
	code: string;
	label: ColumnType<Localized, string, string>;
	position: ColumnType<number, number | undefined, number>;
	archived_at: Date | null;
}

export interface CouncilSittingTable {
	id: Generated<number>;
	commune_id: number;
	sitting_date: DateCol;
	type: SittingType;
	agenda: string | null;
	source_url: string | null;
	source_file_id: number | null;
	created_by: number | null;
	created_at: CreatedAt;
}

export interface InterventionTable {
	id: Generated<number>;
	learner_id: number;
	sitting_id: number;
	agenda_item: ColumnType<string, string | undefined, string>;
	kind: InterventionKind;
	summary: string;
	summary_lang: SummaryLang;
	gender: ColumnType<boolean, boolean | undefined, boolean>;
	outcome: Outcome;
	evidence_file_id: number | null;
	evidence_url: string | null;
	status: ColumnType<InterventionStatus, InterventionStatus | undefined, InterventionStatus>;
	return_reason: string | null;
	out_of_commune_reason: string | null;
	/** The development-plan goal it serves (issue 14), picked when entering. */
	goal_id: ColumnType<number | null, number | null | undefined, number | null>;
	created_by: number | null;
	created_at: CreatedAt;
	updated_at: ColumnType<Date, Date | undefined, Date>;
	verified_at: Date | null;
	verified_by: number | null;
}

export interface InterventionTopicTable {
	intervention_id: number;
	topic_id: number;
}

export interface InterventionEventTable {
	id: Generated<number>;
	intervention_id: number;
	actor_id: number | null;
	at: CreatedAt;
	from_status: InterventionStatus | null;
	to_status: InterventionStatus;
	reason: string | null;
}

export interface MemoTable {
	id: Generated<number>;
	title_ar: string;
	title_fr: string;
	organisation: string;
	subject: MemoSubject;
	status: ColumnType<MemoStatus, MemoStatus | undefined, MemoStatus>;
	drafted_on: NullableDate;
	submitted_on: NullableDate;
	registered_on: NullableDate;
	examined_on: NullableDate;
	examined_by: MemoBody | null;
	outcome: ColumnType<MemoOutcome, MemoOutcome | undefined, MemoOutcome>;
	outcome_on: NullableDate;
	verified_at: Date | null;
	verified_by: number | null;
	created_by: number | null;
	created_at: CreatedAt;
}

export interface MemoCommuneTable {
	memo_id: number;
	commune_id: number;
}

export interface MemoCarrierTable {
	memo_id: number;
	learner_id: number;
}

export interface MemoEventTable {
	id: Generated<number>;
	memo_id: number;
	step: MemoStep;
	on_date: DateCol;
	body: MemoBody | null;
	outcome: MemoOutcome | null;
	file_id: number | null;
	url: string | null;
	note: string | null;
	actor_id: number | null;
	at: CreatedAt;
}

export interface CommuneEngagementTable {
	commune_id: number;
	status: EngagementStatus;
	contacted_on: NullableDate;
	agreement_on: NullableDate;
	engaged_on: NullableDate;
	active_on: NullableDate;
	evidence_file_id: number | null;
	evidence_url: string | null;
	updated_by: number | null;
	updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface EngagementActivityTable {
	id: Generated<number>;
	commune_id: number;
	held_on: DateCol;
	type: ActivityType;
	audience: Audience;
	women: ColumnType<number, number | undefined, number>;
	men: ColumnType<number, number | undefined, number>;
	evidence_file_id: number | null;
	evidence_url: string | null;
	note: string | null;
	created_by: number | null;
	created_at: CreatedAt;
}

export interface CouncilSettingsTable {
	id: ColumnType<boolean, boolean | undefined, never>;
	engaged_by_agreement: ColumnType<boolean, boolean | undefined, boolean>;
	engaged_min_activities: ColumnType<number, number | undefined, number>;
	engaged_audience_elected: ColumnType<boolean, boolean | undefined, boolean>;
	engaged_audience_staff: ColumnType<boolean, boolean | undefined, boolean>;
	engaged_audience_civil_society: ColumnType<boolean, boolean | undefined, boolean>;
	updated_by: number | null;
	updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface CouncilTables {
	council_topic: CouncilTopicTable;
	council_sitting: CouncilSittingTable;
	intervention: InterventionTable;
	intervention_topic: InterventionTopicTable;
	intervention_event: InterventionEventTable;
	memo: MemoTable;
	memo_commune: MemoCommuneTable;
	memo_carrier: MemoCarrierTable;
	memo_event: MemoEventTable;
	commune_engagement: CommuneEngagementTable;
	engagement_activity: EngagementActivityTable;
	council_settings: CouncilSettingsTable;
}

export type InterventionRow = Selectable<InterventionTable>;
export type SittingRow = Selectable<CouncilSittingTable>;
export type MemoRow = Selectable<MemoTable>;
export type SettingsRow = Selectable<CouncilSettingsTable>;
