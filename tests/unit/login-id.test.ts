import { describe, expect, it } from 'vitest';
import { displayLogin, normaliseLogin } from '../../src/lib/server/users/login-id';

describe('normaliseLogin', () => {
	it.each([
		'0612345678',
		'06 12 34 56 78',
		'06.12.34.56.78',
		'06-12-34-56-78',
		'+212612345678',
		'+212 6 12 34 56 78',
		'+212 (0)6 12 34 56 78',
		'00212612345678',
		'212612345678',
		'٠٦١٢٣٤٥٦٧٨',
		'۰۶۱۲۳۴۵۶۷۸',
		' \u200f0612345678 '
	])('reads %j as the Moroccan mobile +212612345678', (raw) => {
		expect(normaliseLogin(raw)).toEqual({ login: '+212612345678', kind: 'phone' });
	});

	it('keeps fixed lines and 07 numbers', () => {
		expect(normaliseLogin('0523 48 12 34')).toEqual({ login: '+212523481234', kind: 'phone' });
		expect(normaliseLogin('0712345678')).toEqual({ login: '+212712345678', kind: 'phone' });
	});

	it('lower-cases and trims e-mail addresses', () => {
		expect(normaliseLogin('  Salma.Berrada@Example.MA ')).toEqual({ login: 'salma.berrada@example.ma', kind: 'email' });
	});

	it.each(['', '   ', '12345', '061234567', '06123456789', '0112345678', '+33612345678', 'a@b', 'no at sign', `${'a'.repeat(250)}@example.ma`])(
		'refuses %j',
		(raw) => {
			expect(normaliseLogin(raw)).toBeNull();
		}
	);
});

describe('displayLogin', () => {
	it('shows phones the Moroccan way and leaves e-mails alone', () => {
		expect(displayLogin('+212612345678')).toBe('06 12 34 56 78');
		expect(displayLogin('a@b.ma')).toBe('a@b.ma');
	});
});
