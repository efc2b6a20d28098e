import * as v from 'valibot';
import type { Db } from '../db/index';
import { recordAudit } from '../audit/audit.repository';
import { Invalid, NotFound } from '../errors';
import { normaliseLogin } from '../users/login-id';
import { text, validate } from '../validation';
import { addMembers, cohortModules, cohortNameTaken, findCohort } from './cohort.repository';
import { auditEnrolments, upsertEnrolments } from './enrolment.repository';
import type { Actor } from '../actor';

export type { Actor };

const dateField = v.pipe(
	v.optional(v.string(), ''),
	v.trim(),
	v.check((s) => s === '' || (/^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))), 'cohort_date_invalid'),
	v.transform((s) => s || null)
);

const CohortInput = v.pipe(
	v.object({ name: text(120), startsOn: dateField, endsOn: dateField }),
	v.forward(
		v.check((c) => !c.startsOn || !c.endsOn || c.endsOn >= c.startsOn, 'cohort_dates_order'),
		['endsOn']
	)
);
export type CohortInput = v.InferInput<typeof CohortInput>;

export async function mustFindCohort(db: Db, id: number) {
	const c = await findCohort(db, id);
	if (!c) throw new NotFound();
	return c;
}

export async function createCohort(db: Db, actor: Actor, input: CohortInput): Promise<number> {
	const data = validate(CohortInput, input);
	return db.transaction().execute(async (trx) => {
		if (await cohortNameTaken(trx, data.name)) throw new Invalid('error_invalid_form', { name: 'cohort_name_taken' });
		const row = await trx.insertInto('cohort').values({ name: data.name, starts_on: data.startsOn, ends_on: data.endsOn }).returning('id').executeTakeFirstOrThrow();
		await recordAudit(trx, { actorId: actor.id, action: 'cohort.create', subjectType: 'cohort', subjectId: row.id, after: data });
		return row.id;
	});
}

export async function updateCohort(db: Db, actor: Actor, id: number, input: CohortInput): Promise<void> {
	const data = validate(CohortInput, input);
	await db.transaction().execute(async (trx) => {
		const before = await mustFindCohort(trx, id);
		if (await cohortNameTaken(trx, data.name, id)) throw new Invalid('error_invalid_form', { name: 'cohort_name_taken' });
		await trx.updateTable('cohort').set({ name: data.name, starts_on: data.startsOn, ends_on: data.endsOn }).where('id', '=', id).execute();
		await recordAudit(trx, {
			actorId: actor.id,
			action: 'cohort.update',
			subjectType: 'cohort',
			subjectId: id,
			before: { name: before.name, startsOn: before.starts_on, endsOn: before.ends_on },
			after: data
		});
	});
}

/**
 * Adds a person found by login (typed any usual way) to a cohort; with
 * `enrolInModules`, also enrols her in the modules the cohort's members follow
 * (a councillor who joins late then sees the same modules and is on the same
 * roll calls). One transaction, audited.
 */
export async function addMemberByLogin(
	db: Db,
	actor: Actor,
	cohortId: number,
	rawLogin: string,
	opts: { enrolInModules?: boolean } = {}
): Promise<{ userId: number; added: boolean; enrolled: number }> {
	const id = normaliseLogin(rawLogin ?? '');
	if (!id) throw new Invalid('error_invalid_form', { login: rawLogin?.trim() ? 'login_invalid' : 'error_required' });
	return db.transaction().execute(async (trx) => {
		await mustFindCohort(trx, cohortId);
		const user = await trx.selectFrom('app_user').select('id').where('login', '=', id.login).executeTakeFirst();
		if (!user) throw new Invalid('error_invalid_form', { login: 'cohort_member_unknown' });
		const moduleIds = opts.enrolInModules ? (await cohortModules(trx, cohortId)).map((m) => m.id) : [];
		const added = (await addMembers(trx, cohortId, [user.id])).length > 0;
		if (added) await auditMembership(trx, actor, cohortId, [user.id], 'add');
		const rows = await upsertEnrolments(trx, [user.id], moduleIds, 'cohort');
		await auditEnrolments(trx, actor, rows, 'enrolment.add', 'cohort');
		return { userId: user.id, added, enrolled: rows.length };
	});
}

export async function addMember(db: Db, actor: Actor, cohortId: number, userId: number): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		await mustFindCohort(trx, cohortId);
		const added = (await addMembers(trx, cohortId, [userId])).length > 0;
		if (added) await auditMembership(trx, actor, cohortId, [userId], 'add');
		return added;
	});
}

/** Removing a member keeps her enrolments: they were made per person. */
export async function removeMember(db: Db, actor: Actor, cohortId: number, userId: number): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await mustFindCohort(trx, cohortId);
		const gone = await trx.deleteFrom('cohort_member').where('cohort_id', '=', cohortId).where('user_id', '=', userId).returning('user_id').execute();
		if (gone.length) await auditMembership(trx, actor, cohortId, [userId], 'remove');
	});
}

/** One event on the cohort and one in each person's history. */
export async function auditMembership(db: Db, actor: Actor, cohortId: number, userIds: number[], change: 'add' | 'remove') {
	if (userIds.length === 0) return;
	const action = change === 'add' ? 'cohort.member_add' : 'cohort.member_remove';
	await recordAudit(db, { actorId: actor.id, action, subjectType: 'cohort', subjectId: cohortId, after: { userIds } });
	for (const userId of userIds) await recordAudit(db, { actorId: actor.id, action, subjectType: 'user', subjectId: userId, after: { cohortId } });
}
