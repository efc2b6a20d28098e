import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from '../../src/lib/server/auth/password';

describe('password rules', () => {
	it('asks for 10 to 256 characters, counting letters not bytes', () => {
		expect(passwordProblem('nine chrs')).toBe('password_too_short');
		expect(passwordProblem('كلمة سر طويلة')).toBeNull();
		expect(passwordProblem('ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ')).toBeNull();
		expect(passwordProblem('x'.repeat(256).replace(/x/g, (_, i) => String.fromCharCode(97 + (i % 26))))).toBeNull();
		expect(passwordProblem('a'.repeat(257))).toBe('password_too_long');
	});

	it('refuses common passwords, whatever their case', () => {
		expect(passwordProblem('password123')).toBe('password_too_common');
		expect(passwordProblem('PASSWORD123')).toBe('password_too_common');
		expect(passwordProblem('1234567890')).toBe('password_too_common');
	});

	it('has no composition rules', () => {
		expect(passwordProblem('only lower case words here')).toBeNull();
	});

	it('hashes with argon2id (19 MiB, t=2) and verifies', async () => {
		const h = await hashPassword('a long enough passphrase');
		expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(await verifyPassword(h, 'a long enough passphrase')).toBe(true);
		expect(await verifyPassword(h, 'a long enough passphrasE')).toBe(false);
		expect(await verifyPassword('not a hash', 'x')).toBe(false);
	});
});
