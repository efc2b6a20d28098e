import type { Db } from '../db/index';
import { recordAudit } from '../audit/audit.repository';
import { createInvitation } from '../users/invitations';
import { addMembers } from './cohort.repository';
import { auditMembership, type Actor } from './cohort.service';
import type { Problem } from './csv';
import { checkImportFile, type ImportColumn, type ImportRow } from './import-rows';
import { communeMatcher } from './match';

/** Uploads above this are refused before parsing (a file of 40 councillors is about 4 KB). */
export const MAX_IMPORT_BYTES = 256 * 1024;

export type LineStatus = 'new' | 'existing' | 'error';

export interface ImportPreview {
	problems: Problem[];
	lines: { line: number; values: Partial<Record<ImportColumn, string>>; status: LineStatus }[];
	counts: { new: number; existing: number; error: number; cohortsNew: string[] };
}

export interface ImportedPerson {
	id: number;
	nameAr: string;
	nameLatin: string;
	login: string;
	token: string;
}

export interface ImportResult {
	created: ImportedPerson[];
	existing: number;
	cohortsCreated: string[];
	membershipsAdded: number;
}

export class ImportRejected extends Error {
	constructor(readonly problems: Problem[]) {
		super('import rejected');
	}
}

function tooLarge(bytes: Uint8Array | string): Problem | null {
	const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength;
	return size > MAX_IMPORT_BYTES ? { line: 1, column: null, key: 'import_too_large', params: { max: MAX_IMPORT_BYTES / 1024 } } : null;
}

async function check(db: Db, bytes: Uint8Array | string) {
	const big = tooLarge(bytes);
	if (big) return { rows: [] as ImportRow[], problems: [big], lines: [], existing: new Map<string, number>() };
	const communes = await db.selectFrom('commune').select(['id', 'name_ar', 'name_fr']).execute();
	const checked = checkImportFile(bytes, communeMatcher(communes));
	const logins = [...new Set(checked.rows.map((r) => r.login))];
	const found = logins.length ? await db.selectFrom('app_user').select(['id', 'login']).where('login', 'in', logins).execute() : [];
	return { ...checked, existing: new Map(found.map((u) => [u.login, u.id])) };
}

/**
 * What an import would do, line by line, without writing anything. A login
 * that already has an account is not changed: only her cohort membership is
 * added (so importing the same file twice creates no one twice).
 */
export async function previewImport(db: Db, bytes: Uint8Array | string): Promise<ImportPreview> {
	const { rows, problems, lines, existing } = await check(db, bytes);
	const bad = new Set(problems.map((p) => p.line));
	const byLine = new Map(rows.map((r) => [r.line, r]));
	const cohorts = new Set((await db.selectFrom('cohort').select('name').execute()).map((c) => c.name.toLowerCase()));
	const cohortsNew = [...new Set(rows.map((r) => r.cohort).filter((c): c is string => !!c && !cohorts.has(c.toLowerCase())))];
	const out = lines.map((l) => {
		const row = byLine.get(l.line);
		const status: LineStatus = bad.has(l.line) || !row ? 'error' : existing.has(row.login) ? 'existing' : 'new';
		return { ...l, status };
	});
	const count = (s: LineStatus) => out.filter((l) => l.status === s).length;
	return { problems, lines: out, counts: { new: count('new'), existing: count('existing'), error: count('error'), cohortsNew } };
}

/** Imports the whole file in one transaction, or nothing when any line has a problem (ImportRejected). */
export async function runImport(db: Db, actor: Actor, bytes: Uint8Array | string, opts: { dryRun?: boolean } = {}): Promise<ImportResult> {
	const first = await check(db, bytes);
	if (first.problems.length) throw new ImportRejected(first.problems);
	if (opts.dryRun) {
		const cohorts = new Set((await db.selectFrom('cohort').select('name').execute()).map((c) => c.name.toLowerCase()));
		return {
			created: first.rows.filter((r) => !first.existing.has(r.login)).map((r) => ({ id: 0, nameAr: r.nameAr, nameLatin: r.nameLatin, login: r.login, token: '' })),
			existing: first.rows.filter((r) => first.existing.has(r.login)).length,
			cohortsCreated: [...new Set(first.rows.map((r) => r.cohort).filter((c): c is string => !!c && !cohorts.has(c.toLowerCase())))],
			membershipsAdded: 0
		};
	}
	return db.transaction().execute(async (trx) => {
		// Read again inside the transaction: someone may have created one of these logins meanwhile.
		const { rows, existing, problems } = await check(trx, bytes);
		if (problems.length) throw new ImportRejected(problems);
		const cohortIds = new Map<string, number>();
		const cohortsCreated: string[] = [];
		for (const name of new Set(rows.map((r) => r.cohort).filter((c): c is string => !!c))) {
			const key = name.toLowerCase();
			if (cohortIds.has(key)) continue;
			let found = await trx.selectFrom('cohort').select('id').where((eb) => eb(eb.fn('lower', ['name']), '=', key)).executeTakeFirst();
			if (!found) {
				found = await trx.insertInto('cohort').values({ name }).returning('id').executeTakeFirstOrThrow();
				cohortsCreated.push(name);
				await recordAudit(trx, { actorId: actor.id, action: 'cohort.create', subjectType: 'cohort', subjectId: found.id, after: { name, source: 'import' } });
			}
			cohortIds.set(key, found.id);
		}
		const created: ImportedPerson[] = [];
		const members = new Map<number, number[]>();
		for (const r of rows) {
			let userId = existing.get(r.login);
			if (userId === undefined) {
				const user = await trx
					.insertInto('app_user')
					.values({ login: r.login, login_kind: r.loginKind, name_ar: r.nameAr, name_latin: r.nameLatin, role: 'learner', locale: r.locale, commune_id: r.communeId })
					.returning('id')
					.executeTakeFirstOrThrow();
				userId = user.id;
				await recordAudit(trx, {
					actorId: actor.id,
					action: 'user.create',
					subjectType: 'user',
					subjectId: userId,
					after: { login: r.login, role: 'learner', nameLatin: r.nameLatin, communeId: r.communeId, source: 'import' }
				});
				const token = await createInvitation(trx, userId, actor.id);
				created.push({ id: userId, nameAr: r.nameAr, nameLatin: r.nameLatin, login: r.login, token });
			}
			if (r.cohort) {
				const cohortId = cohortIds.get(r.cohort.toLowerCase())!;
				members.set(cohortId, [...(members.get(cohortId) ?? []), userId]);
			}
		}
		let membershipsAdded = 0;
		for (const [cohortId, userIds] of members) {
			const added = await addMembers(trx, cohortId, userIds);
			membershipsAdded += added.length;
			await auditMembership(trx, actor, cohortId, added, 'add');
		}
		const result = { created, existing: rows.length - created.length, cohortsCreated, membershipsAdded };
		await recordAudit(trx, {
			actorId: actor.id,
			action: 'users.import',
			subjectType: 'import',
			after: { rows: rows.length, created: created.length, existing: result.existing, cohortsCreated, membershipsAdded }
		});
		return result;
	});
}
