import type { Db } from '../db/index';
import { NotFound } from '../errors';
import { activeLessons } from './content.service';

/** Modules for the trainers' list, newest work first; `ids`: only these (a trainer's own). */
export function staffModules(db: Db, ids?: number[]) {
	let q = db
		.selectFrom('module as m')
		.leftJoin('lesson as l', (j) => j.onRef('l.module_id', '=', 'm.id').on('l.deleted_at', 'is', null))
		.select((eb) => ['m.id', 'm.slug', 'm.title', 'm.status', 'm.has_unpublished_changes', 'm.hours', 'm.updated_at', eb.fn.count<number>('l.id').as('lessons')])
		.groupBy('m.id')
		.orderBy('m.position')
		.orderBy('m.id');
	if (ids) q = q.where('m.id', 'in', ids.length ? ids : [0]);
	return q.execute();
}

export async function staffModule(db: Db, id: number) {
	const m = await db.selectFrom('module').selectAll().where('id', '=', id).executeTakeFirst();
	if (!m) throw new NotFound();
	return { module: m, lessons: await activeLessons(db, id) };
}
