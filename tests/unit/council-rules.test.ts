import { describe, expect, it } from 'vitest';
import { cleanUrl, counts, DEFAULT_ENGAGED_RULE, isEngaged, isExamined, isIsoDate, mayAct, moroccoDay, nextStatus } from '../../src/lib/server/council/rules';

const her = { id: 1, role: 'learner' as const };
const other = { id: 2, role: 'learner' as const };
const trainer = { id: 9, role: 'trainer' as const };
const admin = { id: 10, role: 'admin' as const };
const rec = (status: 'draft' | 'submitted' | 'verified' | 'returned') => ({ learnerId: 1, status });

describe('intervention transitions', () => {
	it('the councillor edits and submits only her own drafts and returned ones', () => {
		expect(mayAct(her, 'edit', rec('draft'))).toBe(true);
		expect(mayAct(her, 'edit', rec('returned'))).toBe(true);
		expect(mayAct(her, 'edit', rec('submitted'))).toBe(false);
		expect(mayAct(her, 'edit', rec('verified'))).toBe(false);
		expect(mayAct(her, 'submit', rec('draft'))).toBe(true);
		expect(mayAct(other, 'edit', rec('draft'))).toBe(false);
		expect(mayAct(other, 'submit', rec('draft'))).toBe(false);
		expect(mayAct(her, 'delete', rec('draft'))).toBe(true);
		expect(mayAct(her, 'delete', rec('returned'))).toBe(false);
	});

	it('a councillor never verifies or returns, not even her own', () => {
		expect(mayAct(her, 'verify', rec('submitted'))).toBe(false);
		expect(mayAct(her, 'return', rec('submitted'))).toBe(false);
	});

	it('a trainer or an admin verifies or returns a submitted one, and nothing else', () => {
		for (const s of [trainer, admin]) {
			expect(mayAct(s, 'verify', rec('submitted'))).toBe(true);
			expect(mayAct(s, 'return', rec('submitted'))).toBe(true);
			expect(mayAct(s, 'verify', rec('draft'))).toBe(false);
			expect(mayAct(s, 'verify', rec('verified'))).toBe(false);
			expect(mayAct(s, 'edit', rec('verified'))).toBe(false);
		}
	});

	it('editing a returned record makes it a draft again; only verified ones count', () => {
		expect(nextStatus('edit', 'returned')).toBe('draft');
		expect(nextStatus('edit', 'draft')).toBe('draft');
		expect(nextStatus('submit', 'draft')).toBe('submitted');
		expect(nextStatus('return', 'submitted')).toBe('returned');
		expect(nextStatus('verify', 'submitted')).toBe('verified');
		expect(['draft', 'submitted', 'returned', 'verified'].filter((s) => counts(s as never))).toEqual(['verified']);
	});
});

describe('the engaged rule', () => {
	const none = { status: null, agreementOn: null, activities: [] };
	it('by default: an agreement signed, or one activity with elected officials or staff', () => {
		expect(isEngaged(DEFAULT_ENGAGED_RULE, none)).toBe(false);
		expect(isEngaged(DEFAULT_ENGAGED_RULE, { ...none, status: 'contacted' })).toBe(false);
		expect(isEngaged(DEFAULT_ENGAGED_RULE, { ...none, status: 'agreement_signed' })).toBe(true);
		expect(isEngaged(DEFAULT_ENGAGED_RULE, { ...none, status: 'contacted', agreementOn: '2025-11-03' })).toBe(true);
		expect(isEngaged(DEFAULT_ENGAGED_RULE, { ...none, status: 'contacted', activities: [{ audience: 'staff' }] })).toBe(true);
		expect(isEngaged(DEFAULT_ENGAGED_RULE, { ...none, activities: [{ audience: 'elected' }] })).toBe(true);
		expect(isEngaged(DEFAULT_ENGAGED_RULE, { ...none, activities: [{ audience: 'civil_society' }, { audience: 'civil_society' }] })).toBe(false);
	});

	it('follows what the admin sets', () => {
		const strict = { byAgreement: false, minActivities: 2, audiences: ['elected' as const] };
		expect(isEngaged(strict, { ...none, status: 'active' })).toBe(false);
		expect(isEngaged(strict, { ...none, activities: [{ audience: 'elected' }] })).toBe(false);
		expect(isEngaged(strict, { ...none, activities: [{ audience: 'elected' }, { audience: 'elected' }] })).toBe(true);
		expect(isEngaged({ byAgreement: true, minActivities: 0, audiences: ['staff'] }, { ...none, activities: [{ audience: 'staff' }] })).toBe(false);
	});
});

describe('a memo examined', () => {
	const full = { examinedOn: '2026-02-10', examinedBy: 'committee' as const, examEvidence: true, verified: true };
	it('needs the date, the body, evidence and verification', () => {
		expect(isExamined(full)).toBe(true);
		expect(isExamined({ ...full, examinedOn: null })).toBe(false);
		expect(isExamined({ ...full, examinedBy: null })).toBe(false);
		expect(isExamined({ ...full, examEvidence: false })).toBe(false);
		expect(isExamined({ ...full, verified: false })).toBe(false);
	});
});

describe('input helpers', () => {
	it('dates and links', () => {
		expect(isIsoDate('2026-02-29')).toBe(false);
		expect(isIsoDate('2026-02-28')).toBe(true);
		expect(isIsoDate('28/02/2026')).toBe(false);
		expect(moroccoDay(new Date('2026-05-01T23:30:00Z'))).toBe('2026-05-02');
		expect(cleanUrl('')).toBeNull();
		expect(cleanUrl('javascript:alert(1)')).toBe('invalid');
		expect(cleanUrl('https://commune.ma/pv.pdf')).toBe('https://commune.ma/pv.pdf');
	});
});
