/** Kysely table interfaces of the quizzes domain (quiz, question bank, attempts). */
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { AnswerValue, QuestionContent, QuestionType, Texts } from './model';

type JsonCol<T> = ColumnType<T, string, string>;
type CreatedAt = ColumnType<Date, undefined, never>;
type UpdatedAt = ColumnType<Date, undefined, Date>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type QuizKind = 'pre' | 'post' | 'practice' | 'graded';
export type FeedbackTiming = 'immediate' | 'after_submit' | 'after_close';
export type QuizLayout = 'one_per_page' | 'all_on_one';
export type AttemptStatus = 'in_progress' | 'submitted';

export interface QuestionCategoryTable {
	id: Generated<number>;
	module_id: number;
	name: string;
	created_at: CreatedAt;
}

export interface QuestionTable {
	id: Generated<number>;
	module_id: number;
	category_id: number | null;
	type: QuestionType;
	content: JsonCol<QuestionContent>;
	points: ColumnType<number, number | undefined, number>;
	created_by: number | null;
	created_at: CreatedAt;
	updated_at: UpdatedAt;
	deleted_at: Timestamp | null;
}

export interface QuizTable {
	id: Generated<number>;
	module_id: number;
	kind: QuizKind;
	title: JsonCol<Texts>;
	intro: ColumnType<Texts, string | undefined, string>;
	status: ColumnType<'draft' | 'published', 'draft' | 'published' | undefined, 'draft' | 'published'>;
	pass_mark: number | null;
	attempts_allowed: number | null;
	time_limit_minutes: number | null;
	opens_at: Timestamp | null;
	closes_at: Timestamp | null;
	shuffle_questions: ColumnType<boolean, boolean | undefined, boolean>;
	shuffle_options: ColumnType<boolean, boolean | undefined, boolean>;
	feedback: ColumnType<FeedbackTiming, FeedbackTiming | undefined, FeedbackTiming>;
	layout: ColumnType<QuizLayout, QuizLayout | undefined, QuizLayout>;
	position: ColumnType<number, number | undefined, number>;
	created_by: number | null;
	created_at: CreatedAt;
	updated_at: UpdatedAt;
}

export interface QuizItemTable {
	id: Generated<number>;
	quiz_id: number;
	position: number;
	question_id: number | null;
	category_id: number | null;
	random_count: number | null;
}

/** One question as drawn into an attempt: its content frozen, options in the order shown. */
export interface AttemptQuestion {
	id: number;
	points: number;
	content: QuestionContent;
	/** Option ids (choice) or right-hand pair ids (matching) in the order shown to this learner. */
	order?: string[];
}

export interface QuizAttemptTable {
	id: Generated<number>;
	quiz_id: number;
	user_id: number;
	attempt_no: number;
	status: ColumnType<AttemptStatus, AttemptStatus | undefined, AttemptStatus>;
	questions: JsonCol<AttemptQuestion[]>;
	started_at: ColumnType<Date, Date | string | undefined, Date | string>;
	deadline_at: Timestamp | null;
	submitted_at: Timestamp | null;
	auto_submitted: ColumnType<boolean, boolean | undefined, boolean>;
	score: number | null;
	max_score: number | null;
	score_pct: number | null;
	pass_mark: number | null;
	passed: boolean | null;
	/** Computed by PostgreSQL from `questions` (ids and points in the order shown), small enough to stay in the row. */
	question_ids: ColumnType<number[], never, never>;
	question_points: ColumnType<number[], never, never>;
}

export interface AttemptAnswerTable {
	attempt_id: number;
	question_id: number;
	answer: JsonCol<AnswerValue>;
	saved_at: ColumnType<Date, Date | string | undefined, Date | string>;
	fraction: number | null;
	points: number | null;
}

export interface QuizTables {
	question_category: QuestionCategoryTable;
	question: QuestionTable;
	quiz: QuizTable;
	quiz_item: QuizItemTable;
	quiz_attempt: QuizAttemptTable;
	attempt_answer: AttemptAnswerTable;
}

export type QuizRow = Selectable<QuizTable>;
/** An attempt as the taking code reads it (the computed question arrays are for the statistics). */
export type AttemptRow = Omit<Selectable<QuizAttemptTable>, 'question_ids' | 'question_points'>;
