import type { Db } from '../../src/lib/server/db/index';
import type { Role } from '../../src/lib/server/db/schema';
import { createUser } from '../../src/lib/server/users/users.service';

let n = 0;

/** A person with a unique phone login; with a password unless `invite` is asked for. */
export async function makeUser(db: Db, opts: { role?: Role; password?: string; invite?: boolean; login?: string } = {}) {
	n += 1;
	const login = opts.login ?? `06${String(10_000_000 + n * 7919).slice(-8)}`;
	const created = await createUser(db, { id: null }, {
		login,
		nameAr: `مستعملة ${n}`,
		nameLatin: `Person ${n}`,
		role: opts.role ?? 'learner',
		locale: 'ar',
		communeId: null,
		password: opts.invite ? '' : (opts.password ?? 'a long enough passphrase')
	});
	return { ...created, password: opts.invite ? null : (opts.password ?? 'a long enough passphrase') };
}
