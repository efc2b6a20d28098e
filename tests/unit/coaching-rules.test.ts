import { describe, expect, it } from 'vitest';
import { goalProgress, isOverdue, noContact, planProgress, reviewRating } from '../../src/lib/server/coaching/rules';

describe('overdue actions', () => {
	it('is an open action whose due day is before today', () => {
		expect(isOverdue({ status: 'open', dueOn: '2026-12-06' }, '2026-12-07')).toBe(true);
		expect(isOverdue({ status: 'open', dueOn: '2026-12-07' }, '2026-12-07')).toBe(false);
	});
	it('never flags a done or dropped action, nor one without a due day', () => {
		expect(isOverdue({ status: 'done', dueOn: '2026-01-01' }, '2026-12-07')).toBe(false);
		expect(isOverdue({ status: 'dropped', dueOn: '2026-01-01' }, '2026-12-07')).toBe(false);
		expect(isOverdue({ status: 'open', dueOn: null }, '2026-12-07')).toBe(false);
	});
});

describe('no contact for N weeks', () => {
	const now = new Date('2026-12-07T10:00:00Z');
	const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
	it('flags a councillor whose last contact is older than N weeks', () => {
		expect(noContact(daysAgo(42), 4, now)).toBe(true);
		expect(noContact(daysAgo(27), 4, now)).toBe(false);
		expect(noContact(daysAgo(27), 3, now)).toBe(true);
	});
	it('counts from the assignment when she was never contacted', () => {
		expect(noContact(null, 4, now, daysAgo(3))).toBe(false);
		expect(noContact(null, 4, now, daysAgo(40))).toBe(true);
		expect(noContact(null, 4, now)).toBe(true);
	});
});

describe('plan progress', () => {
	it('measures each goal from its baseline to its target with the latest rating', () => {
		expect(goalProgress({ status: 'active', baseline: 2, target: 4, latest: 3 })).toBe(0.5);
		expect(goalProgress({ status: 'active', baseline: 2, target: 4, latest: 5 })).toBe(1);
		expect(goalProgress({ status: 'active', baseline: 2, target: 4, latest: 1 })).toBe(0);
		expect(goalProgress({ status: 'active', baseline: 2, target: 4, latest: null })).toBe(0);
	});
	it('counts a completed goal as reached and averages the goals in whole percent', () => {
		expect(goalProgress({ status: 'completed', baseline: 1, target: 5, latest: 2 })).toBe(1);
		expect(planProgress([{ status: 'completed', baseline: 1, target: 5, latest: null }, { status: 'active', baseline: 1, target: 4, latest: 2 }])).toBe(67);
		expect(planProgress([])).toBeNull();
	});
	it("takes the coach's rating before the learner's", () => {
		expect(reviewRating({ coachRating: 3, learnerRating: 5 })).toBe(3);
		expect(reviewRating({ coachRating: null, learnerRating: 4 })).toBe(4);
	});
});
