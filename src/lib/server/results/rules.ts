/**
 * Pure rules of the results framework: how each indicator is computed (documented once here, by rule id),
 * what "percent of target" means, and how a period is read. No database here.
 */
import { isIsoDate } from '../council/rules';

export interface Period {
	from: string | null;
	to: string | null;
}

/**
 * The rules, by the `rule_id` stored on each indicator. Every value is computed from records, never typed in;
 * days are days in Africa/Casablanca; a record counts in a period when its day falls within [from, to].
 */
export const RULES = {
	communes_engaged:
		'Communes engaged by the rule an administrator sets on the council settings page (agreement signed, or N activities with the chosen audiences); the day is the agreement date, or the day of the Nth qualifying activity, whichever comes first.',
	interventions_verified: 'Interventions in council sittings with status "verified"; the day is the sitting date. Drafts, submitted and returned ones never count.',
	women_intervening: 'Distinct women with at least one verified intervention (day: the sitting date), so the figure is not carried by a few people.',
	memos_examined:
		'Memos whose examination is recorded (date and body) with an attachment on the "examined" step, and verified; the day is the examination date.',
	women_completed_programme:
		'Distinct women holding a live (not revoked, not replaced) certificate for every published module that counts for the programme; the day is the last of those certificates.',
	coaching_sessions_held: 'Individual coaching sessions with status "held"; the day is the session day.',
	women_active_plan: 'Women whose development plan is active and approved; the day is its approval.',
	women_hybrid_coached:
		'Distinct women with at least one held session in person and one held remotely (video or phone; a hybrid session is both); the day she first had both. Extra: share of contacts (held sessions and follow-up contacts) by mode.',
	certificates_issued: 'Live module certificates (not revoked, not replaced); the day of issue.',
	quiz_gain: "Mean, over women and modules, of the best post-test score minus the best pre-test score (in points of %); the day of the last post-test.",
	attendance_rate: 'Present or late marks as a share of the marks of held (not cancelled) training sessions, excused absences left out where the module says so.'
} as const;

export type RuleId = keyof typeof RULES;

/**
 * Rules whose records belong to one woman each and can pile up on a few: the dashboard shows how many
 * women have 0, 1, 2, 3–4, 5 or more of them beside the figure.
 */
export const PER_WOMAN_RULES: readonly RuleId[] = ['interventions_verified', 'coaching_sessions_held'];
export const isRuleId = (s: string): s is RuleId => s in RULES;

/** How a rule's values combine: a count of distinct records or people, a mean, or a rate. */
export const RULE_KIND: Record<RuleId, 'count' | 'mean' | 'rate'> = {
	communes_engaged: 'count',
	interventions_verified: 'count',
	women_intervening: 'count',
	memos_examined: 'count',
	women_completed_programme: 'count',
	coaching_sessions_held: 'count',
	women_active_plan: 'count',
	women_hybrid_coached: 'count',
	certificates_issued: 'count',
	quiz_gain: 'mean',
	attendance_rate: 'rate'
};

/**
 * The value as a percentage of the target, rounded to a whole number. "More than 20" is met at 21,
 * so it is the percentage of target + 1. No target (or a zero one): null.
 */
export function percentOf(value: number, target: number | null, moreThan: boolean): number | null {
	if (target === null || !Number.isFinite(target)) return null;
	const goal = moreThan ? target + 1 : target;
	if (goal <= 0) return null;
	return Math.round((value / goal) * 100);
}

/** Is the target met? */
export function targetMet(value: number, target: number | null, moreThan: boolean): boolean {
	if (target === null) return false;
	return moreThan ? value > target : value >= target;
}

export type PeriodError = 'from' | 'to' | 'order';

/** Reads a period from text (empty = open); returns the errors per field. */
export function parsePeriod(from: string | null | undefined, to: string | null | undefined): { period: Period; errors: PeriodError[] } {
	const f = (from ?? '').trim() || null;
	const t = (to ?? '').trim() || null;
	const errors: PeriodError[] = [];
	if (f !== null && !isIsoDate(f)) errors.push('from');
	if (t !== null && !isIsoDate(t)) errors.push('to');
	if (!errors.length && f !== null && t !== null && f > t) errors.push('order');
	return { period: { from: f, to: t }, errors };
}

/** Does a day (YYYY-MM-DD in Morocco) fall within the period? Bounds are inclusive; null is open. */
export function inPeriod(day: string, p: Period): boolean {
	return (p.from === null || day >= p.from) && (p.to === null || day <= p.to);
}

export type Preset = 'all' | 'quarter' | 'semester';

/** The presets of the period picker, around today (a day in Morocco). */
export function presetPeriod(preset: Preset, today: string): Period {
	if (preset === 'all') return { from: null, to: null };
	const year = Number(today.slice(0, 4));
	const month = Number(today.slice(5, 7));
	const span = preset === 'quarter' ? 3 : 6;
	const start = Math.floor((month - 1) / span) * span + 1;
	const end = start + span - 1;
	const last = new Date(Date.UTC(year, end, 0)).getUTCDate();
	const pad = (n: number) => String(n).padStart(2, '0');
	return { from: `${year}-${pad(start)}-01`, to: `${year}-${pad(end)}-${pad(last)}` };
}

/** Months 'YYYY-MM' from the first to the last, inclusive. */
export function monthsBetween(first: string, last: string): string[] {
	const out: string[] = [];
	let y = Number(first.slice(0, 4));
	let m = Number(first.slice(5, 7));
	const ly = Number(last.slice(0, 4));
	const lm = Number(last.slice(5, 7));
	while (y < ly || (y === ly && m <= lm)) {
		out.push(`${y}-${String(m).padStart(2, '0')}`);
		m += 1;
		if (m > 12) {
			m = 1;
			y += 1;
		}
		if (out.length > 240) break;
	}
	return out;
}
