import type { Expect, Persona } from './types';

/**
 * Expectations in the order of PERSONAS (anon, learner, otherLearner, otherTrainer,
 * moduleTrainer, admin), one letter each: a = allow, d = deny, l = login.
 */
export function ex(letters: string): Record<Persona, Expect> {
	const map: Record<string, Expect> = { a: 'allow', d: 'deny', l: 'login' };
	const v = letters.replace(/\s+/g, '').split('').map((c) => map[c]);
	if (v.length !== 6 || v.some((x) => !x)) throw new Error(`bad expectation "${letters}"`);
	return { anon: v[0], learner: v[1], otherLearner: v[2], otherTrainer: v[3], moduleTrainer: v[4], admin: v[5] };
}

/** Everyone, signed in or not. */
export const PUBLIC = ex('aaaaaa');
/** Anyone signed in. */
export const SIGNED_IN = ex('laaaaa');
/** Learners only. */
export const LEARNERS = ex('laaddd');
/** Trainers and admins, whatever the module. */
export const STAFF = ex('lddaaa');
/** The module's staff and admins. */
export const MODULE_STAFF = ex('ldddaa');
/** Admins only. */
export const ADMIN = ex('ldddda');
