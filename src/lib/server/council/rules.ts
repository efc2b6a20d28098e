/**
 * Pure rules of the council domain: who may move an intervention from one
 * status to another, when a commune counts as engaged, when a memo counts as
 * examined. No database here: the services read the facts and ask these.
 */
import { localDay } from '../time';
import type { Audience, EngagementStatus, InterventionStatus, MemoBody } from './tables';
import type { PersonActor } from '../actor';

export type InterventionAction = 'edit' | 'submit' | 'verify' | 'return' | 'delete';

export type Actor = PersonActor;

export interface InterventionFacts {
	learnerId: number;
	status: InterventionStatus;
}

/**
 * May this person do this to this intervention?
 * - The councillor edits, submits or deletes only her own, and only while it is a
 *   draft or was returned to her (editing a returned one makes it a draft again).
 * - Staff may enter or edit one for a councillor (her coach does it for her) in
 *   the same states, and submit it.
 * - Staff verify or return a submitted one. Until coach assignments exist
 *   (the coaching issue), any trainer may verify, not only her coach.
 * - Nobody changes a verified one: only verified records count.
 */
export function mayAct(actor: Actor, action: InterventionAction, it: InterventionFacts): boolean {
	const own = actor.role === 'learner' && actor.id === it.learnerId;
	const staff = actor.role === 'trainer' || actor.role === 'admin';
	const open = it.status === 'draft' || it.status === 'returned';
	switch (action) {
		case 'edit':
		case 'submit':
			return (own || staff) && open;
		case 'delete':
			return own && it.status === 'draft';
		case 'verify':
		case 'return':
			return staff && it.status === 'submitted';
	}
}

/** The status an action leads to. */
export function nextStatus(action: InterventionAction, current: InterventionStatus): InterventionStatus {
	switch (action) {
		case 'edit':
			return current === 'returned' ? 'draft' : current;
		case 'submit':
			return 'submitted';
		case 'verify':
			return 'verified';
		case 'return':
			return 'returned';
		case 'delete':
			return current;
	}
}

/** Only verified interventions count in the programme's figures. */
export const counts = (status: InterventionStatus) => status === 'verified';

export interface EngagedRule {
	/** An agreement signed (or a later status) is enough. */
	byAgreement: boolean;
	/** This many activities held with one of the audiences below is enough (0: activities alone never are). */
	minActivities: number;
	audiences: Audience[];
}

export const DEFAULT_ENGAGED_RULE: EngagedRule = { byAgreement: true, minActivities: 1, audiences: ['elected', 'staff'] };

export interface EngagementFacts {
	status: EngagementStatus | null;
	agreementOn: string | null;
	activities: { audience: Audience }[];
}

const AFTER_AGREEMENT: EngagementStatus[] = ['agreement_signed', 'engaged', 'active'];

/** Is the commune engaged by the rule? Default: an agreement signed, or at least one activity with elected officials or staff. */
export function isEngaged(rule: EngagedRule, facts: EngagementFacts): boolean {
	const signed = facts.agreementOn !== null || (facts.status !== null && AFTER_AGREEMENT.includes(facts.status));
	if (rule.byAgreement && signed) return true;
	if (rule.minActivities <= 0 || rule.audiences.length === 0) return false;
	return facts.activities.filter((a) => rule.audiences.includes(a.audience)).length >= rule.minActivities;
}

export interface MemoExamFacts {
	examinedOn: string | null;
	examinedBy: MemoBody | null;
	/** An attachment (minutes, letter) on the "examined" step. */
	examEvidence: boolean;
	verified: boolean;
}

/** A memo counts as examined when the date and the body of its examination are recorded, with evidence, and verified. */
export function isExamined(m: MemoExamFacts): boolean {
	return m.examinedOn !== null && m.examinedBy !== null && m.examEvidence && m.verified;
}

/** 'YYYY-MM-DD' of a moment in Morocco. */
export function moroccoDay(at: Date): string {
	return localDay(at);
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** An http(s) link, or null. */
export function cleanUrl(raw: string): string | null | 'invalid' {
	const s = raw.trim();
	if (!s) return null;
	try {
		const u = new URL(s);
		return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : 'invalid';
	} catch {
		return 'invalid';
	}
}
