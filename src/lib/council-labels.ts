/** Message functions for the council domain's codes (explicit, so bundles keep only what they use). */
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n';
import { formatDate } from '$lib/i18n/format';

type Label = () => string;

export const SITTING_TYPE_LABEL: Record<string, Label> = {
	ordinary: m.council_type_ordinary,
	extraordinary: m.council_type_extraordinary,
	committee: m.council_type_committee
};

export const KIND_LABEL: Record<string, Label> = {
	question: m.council_kind_question,
	agenda_proposal: m.council_kind_agenda_proposal,
	amendment: m.council_kind_amendment,
	committee_report: m.council_kind_committee_report,
	statement: m.council_kind_statement,
	vote_explanation: m.council_kind_vote_explanation
};

export const OUTCOME_LABEL: Record<string, Label> = {
	adopted: m.council_outcome_adopted,
	deferred: m.council_outcome_deferred,
	rejected: m.council_outcome_rejected,
	no_decision: m.council_outcome_no_decision,
	not_applicable: m.council_outcome_not_applicable
};

export const STATUS_LABEL: Record<string, Label> = {
	draft: m.council_status_draft,
	submitted: m.council_status_submitted,
	verified: m.council_status_verified,
	returned: m.council_status_returned
};

export const MEMO_STATUS_LABEL: Record<string, Label> = {
	drafted: m.council_memo_status_drafted,
	submitted: m.council_memo_status_submitted,
	registered: m.council_memo_status_registered,
	examined: m.council_memo_status_examined
};

export const MEMO_STEP_LABEL: Record<string, Label> = {
	drafted: m.council_memo_step_drafted,
	submitted: m.council_memo_step_submitted,
	registered: m.council_memo_step_registered,
	examined: m.council_memo_step_examined,
	outcome: m.council_memo_step_outcome,
	verified: m.council_memo_step_verified
};

export const MEMO_BODY_LABEL: Record<string, Label> = {
	council_session: m.council_memo_body_council_session,
	committee: m.council_memo_body_committee,
	bureau: m.council_memo_body_bureau,
	parity_body: m.council_memo_body_parity_body
};

export const MEMO_OUTCOME_LABEL: Record<string, Label> = {
	adopted: m.council_memo_outcome_adopted,
	partly_adopted: m.council_memo_outcome_partly_adopted,
	rejected: m.council_memo_outcome_rejected,
	pending: m.council_memo_outcome_pending
};

export const MEMO_SUBJECT_LABEL: Record<string, Label> = {
	action_programme: m.council_memo_subject_action_programme,
	budget: m.council_memo_subject_budget,
	project_design: m.council_memo_subject_project_design,
	other: m.council_memo_subject_other
};

export const ENGAGEMENT_LABEL: Record<string, Label> = {
	none: m.council_engagement_status_none,
	contacted: m.council_engagement_status_contacted,
	agreement_signed: m.council_engagement_status_agreement_signed,
	engaged: m.council_engagement_status_engaged,
	active: m.council_engagement_status_active
};

export const AUDIENCE_LABEL: Record<string, Label> = {
	elected: m.council_audience_elected,
	staff: m.council_audience_staff,
	civil_society: m.council_audience_civil_society
};

export const ACTIVITY_LABEL: Record<string, Label> = {
	awareness: m.council_activity_type_awareness,
	mobilisation: m.council_activity_type_mobilisation,
	workshop: m.council_activity_type_workshop,
	meeting: m.council_activity_type_meeting
};

/** A 'YYYY-MM-DD' day in the reader's language (noon UTC: the same day in Morocco). */
export function dayLabel(day: string, locale: Locale): string {
	return formatDate(new Date(`${day}T12:00:00Z`), locale);
}

/** The engaged rule in words, shown beside the count. */
export function ruleText(rule: { byAgreement: boolean; minActivities: number; audiences: string[] }): string {
	const parts: string[] = [];
	if (rule.byAgreement) parts.push(m.council_communes_rule_agreement());
	if (rule.minActivities > 0 && rule.audiences.length) {
		parts.push(m.council_communes_rule_activities({ count: rule.minActivities, audiences: rule.audiences.map((a) => AUDIENCE_LABEL[a]()).join(', ') }));
	}
	return parts.length ? parts.join(m.council_communes_rule_or()) : m.council_communes_rule_none();
}
