import { describe, expect, it } from 'vitest';
import { generateToken, hashToken } from '../../src/lib/server/auth/tokens';

describe('tokens', () => {
	it('are 20 random bytes in base32 and only their SHA-256 is kept', () => {
		const a = generateToken();
		const b = generateToken();
		expect(a).toMatch(/^[a-z2-7]{32}$/);
		expect(a).not.toBe(b);
		expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
		expect(hashToken(a)).toBe(hashToken(a));
		expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	});
});
