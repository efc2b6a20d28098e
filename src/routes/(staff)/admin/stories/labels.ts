import { m } from '$lib/paraglide/messages';

export const SCOPE_LABEL: Record<string, () => string> = {
	internal: m.story_scope_internal,
	report: m.story_scope_report,
	public: m.story_scope_public
};

export const KIND_LABEL: Record<string, () => string> = {
	intervention: m.story_kind_intervention,
	memo: m.story_kind_memo,
	plan_goal: m.story_kind_plan_goal
};
