import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { statementName } from '../../src/lib/server/db/prepared';
import { freshDb } from './db';
import { makeUser } from './factories';

let h: DbHandle;
let people: { id: number; login: string }[];

beforeAll(async () => {
	h = await freshDb();
	people = [];
	for (let i = 0; i < 20; i++) people.push(await makeUser(h.db, { invite: true }));
});
afterAll(() => h.close());

const byId = (id: number) => h.db.selectFrom('app_user').select(['id', 'login']).where('id', '=', id);

describe('statements sent to the database', () => {
	it('give the right row every time one statement is reused with new values (past the plans PostgreSQL caches)', async () => {
		for (const p of [...people, ...people]) expect(await byId(p.id).executeTakeFirst()).toEqual({ id: p.id, login: p.login });
		const ids = people.map((p) => p.id);
		// 20 values: more than are ever prepared, so this one goes unnamed.
		const many = await h.db.selectFrom('app_user').select('id').where('id', 'in', ids).orderBy('id').execute();
		expect(many.map((r) => r.id)).toEqual([...ids].sort((a, b) => a - b));
	});

	it('are prepared once per connection on PostgreSQL (named by their text); unnamed on PGlite', async () => {
		const name = statementName(byId(0).compile().sql);
		const prepared = await h.db.transaction().execute(async (trx) => {
			await trx.selectFrom('app_user').select(['id', 'login']).where('id', '=', people[0].id).execute();
			await trx.selectFrom('app_user').select(['id', 'login']).where('id', '=', people[1].id).execute();
			return (await sql<{ name: string }>`select name from pg_prepared_statements`.execute(trx)).rows.map((r) => r.name);
		});
		if (h.kind === 'postgres') expect(prepared.filter((n) => n === name)).toEqual([name]);
		else expect(prepared).not.toContain(name);
	});

	it('names a statement the same way every time, and two statements differently', () => {
		const a = byId(1).compile().sql;
		expect(statementName(a)).toBe(statementName(`${a}`));
		expect(statementName(a)).not.toBe(statementName(`${a} limit 1`));
		expect(statementName(a)).toMatch(/^k[0-9a-f]{20}$/);
	});
});
