/** Kysely table interfaces of the coaching domain (issue 14). */
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Localized } from '../../localized';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type DateOnly = ColumnType<string, string, string>;

export type CoachingMode = 'in_person' | 'video' | 'phone' | 'hybrid';
export type CoachingStatus = 'planned' | 'held' | 'missed' | 'cancelled';
export type ActionOwner = 'learner' | 'coach';
export type ActionStatus = 'open' | 'done' | 'dropped';
export type ContactMode = 'call' | 'whatsapp' | 'sms' | 'visit' | 'preparation' | 'other';
export type PlanStatus = 'draft' | 'active' | 'completed';
export type EvidenceKind = 'session' | 'module' | 'certificate' | 'link' | 'intervention';

export interface CoachingSettingsTable {
	id: number;
	no_contact_weeks: ColumnType<number, number | undefined, number>;
	target_sessions: ColumnType<number, number | undefined, number>;
	updated_at: ColumnType<Date, undefined, Date>;
}

export interface CoachingNeedTable {
	id: Generated<number>;
	code: string;
	name: ColumnType<Localized, string, string>;
	position: ColumnType<number, number | undefined, number>;
	created_at: CreatedAt;
}

export interface CoachAssignmentTable {
	coach_id: number;
	learner_id: number;
	assigned_by: number | null;
	assigned_at: CreatedAt;
}

export interface CoachingSessionTable {
	id: Generated<number>;
	learner_id: number;
	coach_id: number;
	starts_at: ColumnType<Date, Date, Date>;
	minutes: number;
	mode: CoachingMode;
	place: string | null;
	meeting_url: string | null;
	status: ColumnType<CoachingStatus, CoachingStatus | undefined, CoachingStatus>;
	status_reason: string | null;
	summary: ColumnType<string, string | undefined, string>;
	/** Coach and admins only: never in the learner's view, exports, figures or CLI output. */
	private_notes: ColumnType<string, string | undefined, string>;
	next_at: Date | null;
	created_by: number | null;
	created_at: CreatedAt;
	updated_at: ColumnType<Date, undefined, Date>;
}

export interface CoachingSessionNeedTable {
	session_id: number;
	need_id: number;
}

export interface CoachingActionTable {
	id: Generated<number>;
	learner_id: number;
	session_id: number | null;
	owner: ActionOwner;
	text: string;
	due_on: ColumnType<string | null, string | null | undefined, string | null>;
	status: ColumnType<ActionStatus, ActionStatus | undefined, ActionStatus>;
	closed_at: Date | null;
	created_at: CreatedAt;
}

export interface SupportContactTable {
	id: Generated<number>;
	learner_id: number;
	coach_id: number;
	mode: ContactMode;
	note: ColumnType<string, string | undefined, string>;
	at: ColumnType<Date, Date, Date>;
	created_at: CreatedAt;
}

export interface DevelopmentPlanTable {
	id: Generated<number>;
	learner_id: number;
	status: ColumnType<PlanStatus, PlanStatus | undefined, PlanStatus>;
	approved_by: number | null;
	approved_at: Date | null;
	created_at: CreatedAt;
	updated_at: ColumnType<Date, undefined, Date>;
}

export interface PlanGoalTable {
	id: Generated<number>;
	plan_id: number;
	need_id: number | null;
	text: string;
	baseline: number;
	target: number;
	status: ColumnType<PlanStatus, PlanStatus | undefined, PlanStatus>;
	position: ColumnType<number, number | undefined, number>;
	created_at: CreatedAt;
}

export interface GoalReviewTable {
	id: Generated<number>;
	goal_id: number;
	learner_rating: number | null;
	coach_rating: number | null;
	comment: ColumnType<string, string | undefined, string>;
	author_id: number | null;
	approved_by: number | null;
	approved_at: Date | null;
	created_at: CreatedAt;
}

export interface GoalEvidenceTable {
	id: Generated<number>;
	goal_id: number;
	kind: EvidenceKind;
	session_id: number | null;
	module_id: number | null;
	certificate_id: number | null;
	/** A verified council intervention that serves the goal (issue 15). */
	intervention_id: ColumnType<number | null, number | null | undefined, number | null>;
	url: string | null;
	note: ColumnType<string, string | undefined, string>;
	added_by: number | null;
	created_at: CreatedAt;
}

export interface CoachingTables {
	coaching_settings: CoachingSettingsTable;
	coaching_need: CoachingNeedTable;
	coach_assignment: CoachAssignmentTable;
	coaching_session: CoachingSessionTable;
	coaching_session_need: CoachingSessionNeedTable;
	coaching_action: CoachingActionTable;
	support_contact: SupportContactTable;
	development_plan: DevelopmentPlanTable;
	plan_goal: PlanGoalTable;
	goal_review: GoalReviewTable;
	goal_evidence: GoalEvidenceTable;
}

export type CoachingNeedRow = Selectable<CoachingNeedTable>;
export type CoachingSessionRow = Selectable<CoachingSessionTable>;
