import type { Db } from '../db/index';
import { currentKey, insertKeyIfNone, type StoredKey } from './certificates.repository';
import { generateKeyPair } from './signing';

const cached = new WeakMap<object, StoredKey>();

/** The current signing key, created on first use (the server also calls this at start); kept per database handle. */
export async function signingKey(db: Db): Promise<StoredKey> {
	const hit = cached.get(db);
	if (hit) return hit;
	let key = await currentKey(db);
	if (!key) {
		await insertKeyIfNone(db, generateKeyPair());
		key = await currentKey(db);
	}
	if (!key) throw new Error('no certificate signing key');
	cached.set(db, key);
	return key;
}
