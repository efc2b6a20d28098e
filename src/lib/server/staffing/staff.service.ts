import type { Db } from '../db/index';
import { Conflict, Invalid, NotFound } from '../errors';
import { recordAudit } from '../audit/audit.repository';
import { deleteStaff, insertStaff } from './staff.repository';
import type { Actor as ActorOf } from '../actor';

type Actor = ActorOf<number>;

async function mustFindModule(db: Db, moduleId: number) {
	const m = await db.selectFrom('module').select(['id', 'slug']).where('id', '=', moduleId).forUpdate().executeTakeFirst();
	if (!m) throw new NotFound();
	return m;
}

/** An admin puts a trainer on a module's staff (audited). */
export async function assignTrainer(db: Db, actor: Actor, moduleId: number, userId: number): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const mod = await mustFindModule(trx, moduleId);
		const user = await trx.selectFrom('app_user').select(['id', 'role', 'disabled_at', 'login']).where('id', '=', userId).executeTakeFirst();
		if (!user || user.role !== 'trainer' || user.disabled_at) throw new Invalid('staff_not_a_trainer', { trainer: 'staff_not_a_trainer' });
		if (!(await insertStaff(trx, moduleId, userId, actor.id))) throw new Conflict('staff_already');
		await recordAudit(trx, { actorId: actor.id, action: 'module.staff.add', subjectType: 'module', subjectId: moduleId, after: { slug: mod.slug, userId, login: user.login } });
	});
}

/** An admin takes a trainer off a module's staff (audited). */
export async function removeTrainer(db: Db, actor: Actor, moduleId: number, userId: number): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const mod = await mustFindModule(trx, moduleId);
		const user = await trx.selectFrom('app_user').select(['id', 'login']).where('id', '=', userId).executeTakeFirst();
		if (!user || !(await deleteStaff(trx, moduleId, userId))) throw new Invalid('staff_not_on_module', { trainer: 'staff_not_on_module' });
		await recordAudit(trx, { actorId: actor.id, action: 'module.staff.remove', subjectType: 'module', subjectId: moduleId, before: { slug: mod.slug, userId, login: user.login } });
	});
}
