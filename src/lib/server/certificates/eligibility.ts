/**
 * Who earns a certificate: pure rules, facts in, decision and reasons out.
 * Reasons are message keys with parameters (`cert_reason_*` in the catalogue),
 * e.g. "attendance 60 % < 75 %".
 */

export interface ModuleRules {
	requireLessons: boolean;
	requireQuiz: boolean;
	requireAttendance: boolean;
	/** The module's attendance threshold, in percent. */
	attendanceThreshold: number;
}

export interface QuizResult {
	scorePct: number;
	passed: boolean;
	passMark: number;
}

export interface AttendanceRate {
	attended: number;
	held: number;
	excused: number;
	/** null when no session counted yet: the rule cannot apply. */
	ratePct: number | null;
}

export interface ModuleFacts {
	lessonsDone: number;
	lessonsTotal: number;
	/** 'no-quiz': the module has no graded quiz; null: she has no graded result yet. */
	quiz: QuizResult | null | 'no-quiz';
	attendance: AttendanceRate | null;
}

export interface Reason {
	key: string;
	params: Record<string, number | string>;
}

export interface Eligibility {
	eligible: boolean;
	reasons: Reason[];
}

/** Percentages shown to people: one decimal, rounded down so 74.96 % never reads as 75 %. */
const pct = (n: number) => Math.floor(n * 10) / 10;

export function moduleEligibility(rules: ModuleRules, f: ModuleFacts): Eligibility {
	const reasons: Reason[] = [];
	if (rules.requireLessons && f.lessonsDone < f.lessonsTotal) {
		reasons.push({ key: 'cert_reason_lessons', params: { done: f.lessonsDone, total: f.lessonsTotal } });
	}
	if (rules.requireQuiz && f.quiz !== 'no-quiz') {
		if (f.quiz === null) reasons.push({ key: 'cert_reason_quiz_missing', params: {} });
		else if (!f.quiz.passed) reasons.push({ key: 'cert_reason_quiz_failed', params: { score: pct(f.quiz.scorePct), mark: f.quiz.passMark } });
	}
	if (rules.requireAttendance && f.attendance && f.attendance.ratePct !== null && f.attendance.ratePct < rules.attendanceThreshold) {
		reasons.push({ key: 'cert_reason_attendance', params: { rate: pct(f.attendance.ratePct), threshold: rules.attendanceThreshold } });
	}
	return { eligible: reasons.length === 0, reasons };
}

export interface RequiredModule {
	title: string;
	/** She holds a live certificate for it. */
	earned: boolean;
}

/** A programme's certificate: every module required for it earned (and at least one required). */
export function programmeEligibility(required: RequiredModule[]): Eligibility {
	if (required.length === 0) return { eligible: false, reasons: [{ key: 'cert_reason_programme_empty', params: {} }] };
	const reasons = required.filter((m) => !m.earned).map((m) => ({ key: 'cert_reason_module_missing', params: { module: m.title } }));
	return { eligible: reasons.length === 0, reasons };
}
