// Pure rules of coaching: no database, no clock (the caller passes "now").
import type { ActionStatus, PlanStatus } from './tables';

const DAY_MS = 86_400_000;

/** An action is overdue when it is still open and its due day (Morocco) is before today. */
export function isOverdue(a: { status: ActionStatus; dueOn: string | null }, today: string): boolean {
	return a.status === 'open' && a.dueOn !== null && a.dueOn < today;
}

/**
 * No contact for N weeks: nothing held and no support contact since now − N weeks.
 * A councillor never contacted since she was assigned is flagged once N weeks have passed
 * since the assignment.
 */
export function noContact(lastContact: Date | null, weeks: number, now: Date, assignedAt?: Date | null): boolean {
	const since = now.getTime() - weeks * 7 * DAY_MS;
	const ref = lastContact ?? assignedAt ?? null;
	return ref === null || ref.getTime() < since;
}

export interface GoalForProgress {
	status: PlanStatus;
	baseline: number;
	target: number;
	/** The latest rating: the coach's where given, else hers. */
	latest: number | null;
}

/** How far a goal has come, 0…1: completed counts 1; otherwise (latest − baseline) / (target − baseline). */
export function goalProgress(g: GoalForProgress): number {
	if (g.status === 'completed') return 1;
	if (g.latest === null) return 0;
	if (g.target <= g.baseline) return g.latest >= g.target ? 1 : 0;
	return Math.min(1, Math.max(0, (g.latest - g.baseline) / (g.target - g.baseline)));
}

/** A plan's progress in whole percent: the mean of its goals' progress; null without goals. */
export function planProgress(goals: GoalForProgress[]): number | null {
	if (goals.length === 0) return null;
	return Math.round((goals.reduce((s, g) => s + goalProgress(g), 0) / goals.length) * 100);
}

/** Which rating a review contributes: the coach's when she gave one, else the learner's. */
export function reviewRating(r: { coachRating: number | null; learnerRating: number | null }): number | null {
	return r.coachRating ?? r.learnerRating;
}

/** Remote modes for the "supported both in person and remotely" share; hybrid counts as both. */
export function modeKinds(mode: string): { inPerson: boolean; remote: boolean } {
	return { inPerson: mode === 'in_person' || mode === 'hybrid' || mode === 'visit', remote: mode !== 'in_person' && mode !== 'visit' };
}
