/** Kysely table interfaces of success stories and consent (issue 16). */
import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export type StoryLinkKind = 'intervention' | 'memo' | 'plan_goal';
export type ConsentScope = 'internal' | 'report' | 'public';

export interface SuccessStoryTable {
	id: Generated<number>;
	learner_id: number;
	title_ar: string;
	title_fr: string;
	body_ar: string;
	body_fr: string;
	created_by: number | null;
	created_at: CreatedAt;
	updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface StoryLinkTable {
	story_id: number;
	kind: StoryLinkKind;
	record_id: number;
}

export interface StoryPhotoTable {
	id: Generated<number>;
	story_id: number;
	file_id: number;
	caption: ColumnType<string, string | undefined, string>;
	position: ColumnType<number, number | undefined, number>;
	added_by: number | null;
	created_at: CreatedAt;
}

export interface StoryConsentTable {
	id: Generated<number>;
	story_id: number;
	scope: ConsentScope;
	given_on: ColumnType<string, string, string>;
	recorded_by: number | null;
	recorded_at: CreatedAt;
	withdrawn_on: ColumnType<string | null, string | null | undefined, string | null>;
	withdrawn_by: number | null;
	withdrawn_at: Date | null;
}

export interface StoryTables {
	success_story: SuccessStoryTable;
	story_link: StoryLinkTable;
	story_photo: StoryPhotoTable;
	story_consent: StoryConsentTable;
}
