import type { AttendanceStatus } from './tables';

export const STATUSES: AttendanceStatus[] = ['present', 'late', 'excused', 'absent'];

export interface RateInput {
	/** Sessions of her cohort held so far: not cancelled, already started. */
	held: number;
	/** Of those, marked present or late. */
	attended: number;
	/** Of those, marked excused. */
	excused: number;
	/** The module's setting: excused absences are left out of the count. */
	excusedNotCounted: boolean;
}

export interface Rate {
	attended: number;
	/** Sessions counted: held, less the excused ones when the module leaves them out. */
	held: number;
	excused: number;
	/** attended / held in percent, one decimal; null when no session counts. */
	ratePct: number | null;
}

/** The attendance rate rule: present or late over sessions held, excused left out when the module says so. */
export function attendanceRate(input: RateInput): Rate {
	const held = Math.max(0, input.held - (input.excusedNotCounted ? input.excused : 0));
	const attended = Math.min(input.attended, held);
	return { attended, held, excused: input.excused, ratePct: held === 0 ? null : Math.round((attended * 1000) / held) / 10 };
}

/** Below the module's threshold (a learner with nothing held yet is not flagged). */
export function belowThreshold(rate: Pick<Rate, 'ratePct'>, thresholdPct: number): boolean {
	return rate.ratePct !== null && rate.ratePct < thresholdPct;
}

/** A session counts once it has started and was not cancelled. */
export function isHeld(s: { starts_at: Date; cancelled_at: Date | null }, now: Date): boolean {
	return !s.cancelled_at && s.starts_at.getTime() <= now.getTime();
}

// Self check-in only ever raises a mark: present over late over excused over absent.
const RANK: Record<AttendanceStatus, number> = { absent: 0, excused: 1, late: 2, present: 3 };

export function isUpgrade(from: AttendanceStatus | null, to: AttendanceStatus): boolean {
	return from === null || RANK[to] > RANK[from];
}

/** How long before the start and after the end the check-in is open (ms). */
export const CHECK_IN_OPENS_BEFORE_MS = 30 * 60_000;
export const CHECK_IN_CLOSES_AFTER_MS = 30 * 60_000;

export function checkInOpen(s: { starts_at: Date; ends_at: Date; cancelled_at: Date | null }, now: Date): boolean {
	const t = now.getTime();
	return !s.cancelled_at && t >= s.starts_at.getTime() - CHECK_IN_OPENS_BEFORE_MS && t <= s.ends_at.getTime() + CHECK_IN_CLOSES_AFTER_MS;
}

/** Present, or late once `lateAfterMinutes` have passed since the start. */
export function checkInStatus(s: { starts_at: Date; late_after_minutes: number }, now: Date): 'present' | 'late' {
	return now.getTime() > s.starts_at.getTime() + s.late_after_minutes * 60_000 ? 'late' : 'present';
}
