import { describe, expect, it } from 'vitest';
import { allowsReport, isDay, parseLink } from '../../src/lib/server/stories/rules';

describe('which consent lets a story into the report', () => {
	it('report and public do, internal does not, a withdrawn one never does, no consent never does', () => {
		expect(allowsReport({ scope: 'report', withdrawnOn: null })).toBe(true);
		expect(allowsReport({ scope: 'public', withdrawnOn: null })).toBe(true);
		expect(allowsReport({ scope: 'internal', withdrawnOn: null })).toBe(false);
		expect(allowsReport({ scope: 'public', withdrawnOn: '2026-03-01' })).toBe(false);
		expect(allowsReport(null)).toBe(false);
	});
});

describe('form values', () => {
	it('a day must exist', () => {
		expect(isDay('2026-02-28')).toBe(true);
		expect(isDay('2026-02-30')).toBe(false);
		expect(isDay('2026-2-3')).toBe(false);
	});
	it('a linked record is kind:id of a known kind', () => {
		expect(parseLink('intervention:12')).toEqual({ kind: 'intervention', recordId: 12 });
		expect(parseLink('plan_goal:3')).toEqual({ kind: 'plan_goal', recordId: 3 });
		expect(parseLink('certificate:3')).toBeNull();
		expect(parseLink('memo:')).toBeNull();
	});
});
