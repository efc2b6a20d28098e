import { hash, verify } from '@node-rs/argon2';
import { createRequire } from 'node:module';

const commonPasswords: { test(pw: string): boolean } = createRequire(import.meta.url)('fxa-common-password-list');

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
	try {
		return await verify(hashed, password);
	} catch {
		return false;
	}
}

/** Length and common-password rules only: no composition rules (NIST 800-63B). Returns a message key. */
export function passwordProblem(password: string): string | null {
	const length = [...password].length;
	if (length < PASSWORD_MIN) return 'password_too_short';
	if (length > PASSWORD_MAX) return 'password_too_long';
	if (commonPasswords.test(password) || commonPasswords.test(password.toLowerCase())) return 'password_too_common';
	return null;
}

// A real hash to verify against when the login is unknown, so both paths take as long.
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
	dummy ??= hashPassword('not-a-real-password-for-timing');
	return dummy;
}
