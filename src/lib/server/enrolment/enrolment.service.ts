import type { Db } from '../db/index';
import type { EnrolmentSource } from '../db/schema';
import { recordAudit } from '../audit/audit.repository';
import { clearAttempts, reserveAttempt, type Limit } from '../auth/rate-limit';
import { Invalid, NotFound, RateLimited } from '../errors';
import { memberIds } from './cohort.repository';
import { mustFindCohort, type Actor } from './cohort.service';
import { auditEnrolments, findModuleBySlug, upsertEnrolments, withdrawEnrolments } from './enrolment.repository';

export { isEnrolled, activeModuleIdsFor } from './enrolment.repository';

/** Wrong self-enrolment keys per learner: enough for typos, too few to guess a key. */
export const SELF_ENROL_KEY: Limit = { bucket: 'enrol:key', max: 10, windowMs: 15 * 60 * 1000 };

/** What to enrol in: one module, or every module of a programme. */
export type Target = { moduleId: number } | { programmeId: number };

/** Reads "module:12" / "programme:3", as the enrol forms send them. */
export function parseTarget(raw: string): Target | null {
	const m = /^(module|programme):(\d{1,9})$/.exec(raw ?? '');
	if (!m) return null;
	return m[1] === 'module' ? { moduleId: Number(m[2]) } : { programmeId: Number(m[2]) };
}

async function moduleIdsOf(db: Db, target: Target): Promise<number[]> {
	if ('moduleId' in target) {
		const m = await db.selectFrom('module').select('id').where('id', '=', target.moduleId).executeTakeFirst();
		if (!m) throw new Invalid('error_invalid_form', { target: 'error_invalid_choice' });
		return [m.id];
	}
	const p = await db.selectFrom('programme').select('id').where('id', '=', target.programmeId).executeTakeFirst();
	if (!p) throw new Invalid('error_invalid_form', { target: 'error_invalid_choice' });
	const ms = await db.selectFrom('module').select('id').where('programme_id', '=', p.id).orderBy('position').execute();
	if (ms.length === 0) throw new Invalid('error_invalid_form', { target: 'enrol_programme_empty' });
	return ms.map((m) => m.id);
}

export interface EnrolResult {
	/** Enrolments created or reactivated (those already active are left as they were). */
	enrolled: number;
	modules: number;
	people: number;
}

/** Enrols people in a module or a programme's modules; re-enrolling a withdrawn person reactivates her enrolment. */
export async function enrolUsers(db: Db, actor: Actor, userIds: number[], target: Target, source: EnrolmentSource): Promise<EnrolResult> {
	return db.transaction().execute(async (trx) => {
		const moduleIds = await moduleIdsOf(trx, target);
		const found = userIds.length ? await trx.selectFrom('app_user').select('id').where('id', 'in', userIds).execute() : [];
		if (found.length !== new Set(userIds).size) throw new NotFound();
		const rows = await upsertEnrolments(trx, [...new Set(userIds)], moduleIds, source);
		await auditEnrolments(trx, actor, rows, 'enrolment.add', source);
		return { enrolled: rows.length, modules: moduleIds.length, people: found.length };
	});
}

export async function enrolCohort(db: Db, actor: Actor, cohortId: number, target: Target, source: EnrolmentSource = 'cohort'): Promise<EnrolResult> {
	return db.transaction().execute(async (trx) => {
		await mustFindCohort(trx, cohortId);
		const moduleIds = await moduleIdsOf(trx, target);
		const members = await memberIds(trx, cohortId);
		if (members.length === 0) throw new Invalid('enrol_cohort_empty');
		const rows = await upsertEnrolments(trx, members, moduleIds, source);
		await auditEnrolments(trx, actor, rows, 'enrolment.add', source);
		await recordAudit(trx, { actorId: actor.id, action: 'cohort.enrol', subjectType: 'cohort', subjectId: cohortId, after: { moduleIds, enrolled: rows.length, source } });
		return { enrolled: rows.length, modules: moduleIds.length, people: members.length };
	});
}

/** Ends access to a module; progress is kept. Returns how many enrolments were active. */
export async function withdrawUser(db: Db, actor: Actor, userId: number, moduleId: number): Promise<number> {
	return db.transaction().execute(async (trx) => {
		const rows = await withdrawEnrolments(trx, [userId], moduleId);
		await auditEnrolments(trx, actor, rows, 'enrolment.withdraw');
		return rows.length;
	});
}

export async function withdrawCohort(db: Db, actor: Actor, cohortId: number, moduleId: number): Promise<number> {
	return db.transaction().execute(async (trx) => {
		await mustFindCohort(trx, cohortId);
		const rows = await withdrawEnrolments(trx, await memberIds(trx, cohortId), moduleId);
		await auditEnrolments(trx, actor, rows, 'enrolment.withdraw');
		await recordAudit(trx, { actorId: actor.id, action: 'cohort.withdraw', subjectType: 'cohort', subjectId: cohortId, after: { moduleId, withdrawn: rows.length } });
		return rows.length;
	});
}

/**
 * A learner joins a published module with its key. A wrong slug and a wrong key
 * give the same answer, and wrong tries are limited per learner.
 */
export async function selfEnrol(db: Db, userId: number, slug: string, key: string, now = new Date()): Promise<{ moduleId: number; slug: string }> {
	const limitKey = String(userId);
	const fields: Record<string, string> = {};
	if (!slug?.trim()) fields.module = 'error_required';
	if (!key?.trim()) fields.key = 'error_required';
	if (Object.keys(fields).length) throw new Invalid('error_invalid_form', fields);
	// Counted before the key is compared: a concurrent burst gets at most `max` comparisons.
	const wait = await reserveAttempt(db, SELF_ENROL_KEY, limitKey, now);
	if (wait > 0) throw new RateLimited(wait);
	const m = await findModuleBySlug(db, slug.trim().toLowerCase());
	const expected = m?.status === 'published' ? m.self_enrol_key?.trim() : null;
	if (!m || !expected || !sameKey(expected, key)) throw new Invalid('enrol_key_wrong', { key: 'enrol_key_wrong' });
	await db.transaction().execute(async (trx) => {
		const rows = await upsertEnrolments(trx, [userId], [m.id], 'self', now);
		await auditEnrolments(trx, { id: userId }, rows, 'enrolment.add', 'self');
	});
	await clearAttempts(db, SELF_ENROL_KEY, limitKey);
	return { moduleId: m.id, slug: m.slug };
}

/** Keys are typed on phones: case and surrounding spaces do not count. */
function sameKey(expected: string, given: string): boolean {
	const a = Buffer.from(expected.normalize('NFC').toLowerCase());
	const b = Buffer.from(given.normalize('NFC').trim().toLowerCase());
	let diff = a.length ^ b.length;
	for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
	return diff === 0;
}
