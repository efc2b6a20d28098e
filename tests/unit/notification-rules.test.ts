import { describe, expect, it } from 'vitest';
import { backoffMs, inQuietHours, normaliseEmail, normalisePhone, parseClock, quietUntil, validPushEndpoint, whatsappLink } from '../../src/lib/server/notifications/rules';

describe('reminder rules', () => {
	it('quiet hours 21:00–08:00 Morocco time span midnight and end in the morning', () => {
		// December: Morocco is UTC+1.
		expect(inQuietHours(new Date('2026-12-07T20:30:00Z'), 1260, 480)).toBe(true); // 21:30
		expect(inQuietHours(new Date('2026-12-07T06:30:00Z'), 1260, 480)).toBe(true); // 07:30
		expect(inQuietHours(new Date('2026-12-07T07:00:00Z'), 1260, 480)).toBe(false); // 08:00
		expect(inQuietHours(new Date('2026-12-07T12:00:00Z'), 1260, 480)).toBe(false);
		expect(quietUntil(new Date('2026-12-07T22:10:00Z'), 1260, 480).toISOString()).toBe('2026-12-08T07:00:00.000Z');
		expect(inQuietHours(new Date('2026-12-07T22:10:00Z'), 600, 600)).toBe(false);
	});
	it('backs off exponentially up to an hour', () => {
		expect([1, 2, 3, 4, 20].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000, 3600_000]);
	});
	it('accepts Moroccan and international numbers, refuses the rest', () => {
		expect(normalisePhone('06 12 34 56 78')).toBe('+212612345678');
		expect(normalisePhone('٠٦١٢٣٤٥٦٧٨')).toBe('+212612345678');
		expect(normalisePhone('0033 6 12 34 56 78')).toBe('+33612345678');
		expect(normalisePhone('+1 (415) 555-0100')).toBe('+14155550100');
		for (const bad of ['0612', '12345678', '+0123456789', 'abc', '+12']) expect(normalisePhone(bad)).toBeNull();
	});
	it('checks e-mail addresses and clock times', () => {
		expect(normaliseEmail(' A@Example.ORG ')).toBe('a@example.org');
		for (const bad of ['a@b', 'a b@c.org', 'x@y.z', '<a@b.org>']) expect(normaliseEmail(bad)).toBeNull();
		expect(parseClock('8:00')).toBe(480);
		expect(parseClock('24:00')).toBeNull();
	});
	it('builds wa.me links with her digits and the text encoded', () => {
		expect(whatsappLink('+212612345678', 'غدًا & 9:00')).toBe(`https://wa.me/212612345678?text=${encodeURIComponent('غدًا & 9:00')}`);
	});
	it('lets the server post only to public https push services', () => {
		expect(validPushEndpoint('https://fcm.googleapis.com/fcm/send/abc')).toBe(true);
		for (const bad of ['http://fcm.googleapis.com/x', 'https://127.0.0.1/x', 'https://10.0.0.2/x', 'https://localhost/x', 'https://user:pw@push.example.org/x', 'javascript:alert(1)', 'https://intranet/x'])
			expect(validPushEndpoint(bad)).toBe(false);
		expect(validPushEndpoint('http://127.0.0.1:9000/x', true)).toBe(true);
	});
});
