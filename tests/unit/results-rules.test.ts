import { describe, expect, it } from 'vitest';
import { inPeriod, monthsBetween, parsePeriod, percentOf, presetPeriod, RULE_KIND, RULES, targetMet } from '../../src/lib/server/results/rules';

describe('percent of a target', () => {
	it('reads "more than 20" as met at 21', () => {
		expect(percentOf(21, 20, true)).toBe(100);
		expect(percentOf(20, 20, true)).toBe(95);
		expect(targetMet(20, 20, true)).toBe(false);
		expect(targetMet(21, 20, true)).toBe(true);
	});
	it('is the plain share for an ordinary target, and null without one', () => {
		expect(percentOf(4, 8, false)).toBe(50);
		expect(percentOf(10, 8, false)).toBe(125);
		expect(targetMet(8, 8, false)).toBe(true);
		expect(percentOf(3, null, false)).toBeNull();
		expect(percentOf(3, 0, false)).toBeNull();
	});
});

describe('periods', () => {
	it('reads empty bounds as open and refuses impossible or reversed dates', () => {
		expect(parsePeriod('', ' ')).toEqual({ period: { from: null, to: null }, errors: [] });
		expect(parsePeriod('2026-02-30', '2026-13-01').errors).toEqual(['from', 'to']);
		expect(parsePeriod('2026-06-01', '2026-05-01').errors).toEqual(['order']);
		expect(parsePeriod('2026-01-01', '2026-06-30')).toEqual({ period: { from: '2026-01-01', to: '2026-06-30' }, errors: [] });
	});
	it('includes both bound days', () => {
		const p = { from: '2026-01-01', to: '2026-03-31' };
		expect(inPeriod('2026-01-01', p)).toBe(true);
		expect(inPeriod('2026-03-31', p)).toBe(true);
		expect(inPeriod('2026-04-01', p)).toBe(false);
		expect(inPeriod('1990-01-01', { from: null, to: '2026-01-01' })).toBe(true);
	});
	it('gives the quarter and the semester around a day', () => {
		expect(presetPeriod('quarter', '2026-12-07')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
		expect(presetPeriod('semester', '2026-02-15')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
		expect(presetPeriod('quarter', '2024-02-10')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
		expect(presetPeriod('all', '2026-12-07')).toEqual({ from: null, to: null });
	});
	it('lists months across a year end', () => {
		expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
	});
});

it('documents every rule and says how it combines', () => {
	expect(Object.keys(RULE_KIND).sort()).toEqual(Object.keys(RULES).sort());
	for (const text of Object.values(RULES)) expect(text.length).toBeGreaterThan(30);
});
