import type { Db } from '../db/index';
import type { DemoContext } from './context';

/** Who teaches what in the demo: trainer1 (0) and trainer2 (1); both share participatory planning. */
export const DEMO_STAFF: Record<string, (0 | 1)[]> = {
	leadership: [0],
	negotiation: [0],
	'gender-budgeting': [1],
	'participatory-planning': [1, 0]
};

export async function seedModuleStaff(db: Db, ctx: DemoContext): Promise<void> {
	const modules = await db.selectFrom('module').select(['id', 'slug']).where('slug', 'in', Object.keys(DEMO_STAFF)).execute();
	// The demo's authors are replaced by the plan above, so a module never keeps a trainer it does not list.
	if (modules.length) await db.deleteFrom('module_staff').where('module_id', 'in', modules.map((m) => m.id)).execute();
	const rows = modules.flatMap((m) => DEMO_STAFF[m.slug].map((k) => ({ module_id: m.id, user_id: ctx.trainerIds[k], added_by: ctx.adminId })));
	if (rows.length) await db.insertInto('module_staff').values(rows).execute();
}
