import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from '../../src/lib/server/quizzes/local-time';

describe("quiz open/close dates are read and shown in Morocco's time", () => {
	it('reads a datetime-local value as Casablanca time, Ramadan (UTC+0) included', () => {
		expect(fromLocalInput('2026-12-01T09:30')?.toISOString()).toBe('2026-12-01T08:30:00.000Z');
		expect(fromLocalInput('2027-02-20T10:00')?.toISOString()).toBe('2027-02-20T10:00:00.000Z');
	});
	it('gives back the value the trainer typed', () => {
		for (const v of ['2026-12-01T09:30', '2027-02-20T10:00', '2026-06-30T23:59']) expect(toLocalInput(fromLocalInput(v))).toBe(v);
	});
	it('refuses blanks and impossible dates', () => {
		for (const v of ['', 'x', '2026-13-01T09:00', '2026-02-30T10:00', '2026-12-01']) expect(fromLocalInput(v)).toBeNull();
		expect(toLocalInput(null)).toBe('');
	});
});
