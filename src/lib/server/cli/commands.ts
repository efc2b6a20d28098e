import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { seedDemo } from '../demo/seed';
import { seedScale } from '../demo/scale';
import { displayLogin, normaliseLogin } from '../users/login-id';
import { listUsers } from '../users/users.repository';
import { createUser, ROLES } from '../users/users.service';
import { tr } from './messages';
import { findCohortByName, listCohorts } from '../enrolment/cohort.repository';
import { findModuleBySlug, listModules } from '../enrolment/enrolment.repository';
import { enrolCohort, enrolUsers } from '../enrolment/enrolment.service';
import { invitationsCsv } from '../enrolment/exports';
import { ImportRejected, runImport } from '../enrolment/import.service';
import { problemParams, type Problem } from '../enrolment/csv';
import { CliError, domainError, origin, readInputFile, withDb, type Command } from './shared';
import { quizCommands } from './quizzes';
import { giftCommands } from './gift';
import { attendanceCommands } from './attendance';
import { certificateCommands } from './certificates';
import { backupCommands } from './backup';
import { councilCommands } from './council';
import { coachingCommands } from './coaching';
import { reportCommands } from './report';
import { resultsCommands } from './results';
import { notificationCommands } from './notifications';

export { CliError };

/** A problem of an import file in the CLI's language, its parameters translated too. */
function problemText(p: Problem): string {
	return tr(p.key, problemParams(p));
}

export const commands: Record<string, Command> = {
	help: {
		summary: 'List the commands.',
		run() {
			console.log('Amssawas LMS — admin command line\n\nUsage: npm run cli -- <command> [options]\n');
			for (const [name, c] of Object.entries(commands)) console.log(`  ${(name + ' ' + (c.usage ?? '')).padEnd(58)} ${c.summary}`);
			console.log('\nDatabase: DATABASE_URL=postgres://… for PostgreSQL, else the embedded one in DATA_DIR (default ./data).');
		}
	},

	migrate: {
		summary: 'Bring the database schema up to date.',
		async run() {
			await withDb(async (db) => {
				const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
				console.log(`Schema up to date (${rows.rows.length} migrations applied).`);
			});
		}
	},

	'user:create': {
		summary: 'Create an account; without --password, print a one-time invitation link.',
		usage: '--role admin|trainer|learner --login L --name "…" [--name-ar "…"] [--locale ar|fr|zgh] [--password P]',
		options: {
			role: { type: 'string' },
			login: { type: 'string' },
			name: { type: 'string' },
			'name-ar': { type: 'string' },
			locale: { type: 'string' },
			password: { type: 'string' },
			json: { type: 'boolean' }
		},
		async run({ values: v }) {
			const role = String(v.role ?? '');
			if (!ROLES.includes(role as never)) throw new CliError(`--role must be one of ${ROLES.join(', ')}`, 2);
			const name = String(v.name ?? '');
			const created = await withDb((db) =>
				createUser(db, { id: null }, {
					login: String(v.login ?? ''),
					nameLatin: name,
					nameAr: String(v['name-ar'] ?? name),
					role: role as 'admin',
					locale: String(v.locale ?? 'ar') as 'ar',
					communeId: null,
					password: String(v.password ?? '')
				}).catch((e) => domainError(e, { nameLatin: '--name', nameAr: '--name-ar', login: '--login', locale: '--locale', password: '--password' }))
			);
			const link = created.invitationToken ? `${origin()}/invite/${created.invitationToken}` : null;
			if (v.json) console.log(JSON.stringify({ id: created.id, login: created.login, role, invitationLink: link }));
			else {
				console.log(`Created ${role} #${created.id}: ${displayLogin(created.login)}`);
				if (link) console.log(`Invitation link (valid 7 days, one use):\n${link}`);
			}
		}
	},

	'users:list': {
		summary: 'List accounts.',
		usage: '[--role R] [--search TEXT] [--json]',
		options: { role: { type: 'string' }, search: { type: 'string' }, json: { type: 'boolean' } },
		async run({ values: v }) {
			const role = v.role === undefined ? undefined : ROLES.find((r) => r === v.role);
			if (v.role !== undefined && !role) throw new CliError(`--role must be one of ${ROLES.join(', ')}`, 2);
			const { items } = await withDb((db) => listUsers(db, { q: v.search ? String(v.search) : undefined, role, page: 1, pageSize: 100_000 }));
			const users = items.map((u) => ({
				id: u.id,
				login: u.login,
				role: u.role,
				nameAr: u.name_ar,
				nameLatin: u.name_latin,
				locale: u.locale,
				commune: u.commune_fr,
				disabled: Boolean(u.disabled_at),
				activated: u.has_password
			}));
			if (v.json) console.log(JSON.stringify(users, null, 2));
			else for (const u of users) console.log([u.id, u.role.padEnd(7), displayLogin(u.login).padEnd(22), u.nameLatin, u.disabled ? '(disabled)' : ''].join('  '));
		}
	},

	'users:import': {
		summary: 'Import councillors from a CSV file: all lines or none; prints the invitation links.',
		usage: 'FILE.csv [--dry-run] [--invitations OUT.csv] [--json]',
		options: { 'dry-run': { type: 'boolean' }, invitations: { type: 'string' }, json: { type: 'boolean' } },
		async run({ values: v, positionals }) {
			const file = positionals[0];
			if (!file || positionals.length > 1) throw new CliError('give one CSV file: users:import FILE.csv [--dry-run]', 2);
			const bytes = readInputFile(file);
			const dryRun = Boolean(v['dry-run']);
			let result;
			try {
				result = await withDb((db) => runImport(db, { id: null }, bytes, { dryRun }));
			} catch (e) {
				if (!(e instanceof ImportRejected)) throw e;
				if (v.json) console.log(JSON.stringify({ ok: false, problems: e.problems.map((p) => ({ ...p, message: problemText(p) })) }, null, 2));
				else for (const p of e.problems) console.error(`${file}:${p.line}${p.column ? ` [${p.column}]` : ''}: ${problemText(p)}`);
				throw new CliError(`${e.problems.length} problem(s): nothing imported.`);
			}
			const people = result.created.map((p) => ({ ...p, link: dryRun ? null : `${origin()}/invite/${p.token}` }));
			if (v.invitations && !dryRun) writeFileSync(String(v.invitations), invitationsCsv(origin(), result.created));
			if (v.json) {
				console.log(JSON.stringify({ ok: true, dryRun, created: people.map(({ token: _, ...p }) => p), existing: result.existing, cohortsCreated: result.cohortsCreated, membershipsAdded: result.membershipsAdded }, null, 2));
				return;
			}
			console.log(
				`${dryRun ? 'Dry run (nothing written): would create' : 'Created'} ${result.created.length} account(s); ${result.existing} already there` +
					(result.cohortsCreated.length ? `; new cohort(s): ${result.cohortsCreated.join(', ')}` : '') +
					(dryRun ? '.' : `; ${result.membershipsAdded} cohort membership(s) added.`)
			);
			if (dryRun) return;
			if (v.invitations) console.log(`Invitation links (valid 7 days, one use each) written to ${v.invitations}`);
			else for (const p of people) console.log(`${displayLogin(p.login)}\t${p.nameLatin}\t${p.link}`);
		}
	},

	enrol: {
		summary: 'Enrol every member of a cohort (or one person) in a module.',
		usage: '(--cohort NAME | --login L) --module SLUG [--json]',
		options: { cohort: { type: 'string' }, login: { type: 'string' }, module: { type: 'string' }, json: { type: 'boolean' } },
		async run({ values: v }) {
			if (!v.module || (!v.cohort && !v.login) || (v.cohort && v.login)) throw new CliError('usage: enrol --cohort NAME --module SLUG (or --login L instead of --cohort)', 2);
			const r = await withDb(async (db) => {
				const m = await findModuleBySlug(db, String(v.module));
				if (!m) throw new CliError(`no module with slug "${v.module}" (see modules:list)`);
				try {
					if (v.cohort) {
						const c = await findCohortByName(db, String(v.cohort));
						if (!c) throw new CliError(`no cohort named "${v.cohort}" (see cohorts:list)`);
						return { ...(await enrolCohort(db, { id: null }, c.id, { moduleId: m.id }, 'cli')), module: m.slug, cohort: c.name };
					}
					const id = normaliseLogin(String(v.login));
					const u = id && (await db.selectFrom('app_user').select('id').where('login', '=', id.login).executeTakeFirst());
					if (!u) throw new CliError(`no account with login "${v.login}"`);
					return { ...(await enrolUsers(db, { id: null }, [u.id], { moduleId: m.id }, 'cli')), module: m.slug, login: id.login };
				} catch (e) {
					if (e instanceof CliError) throw e;
					return domainError(e, { target: '--module' });
				}
			});
			if (v.json) console.log(JSON.stringify(r));
			else console.log(`Enrolled in ${r.module}: ${r.enrolled} new or renewed enrolment(s) for ${r.people} person(s).`);
		}
	},

	'modules:list': {
		summary: 'List modules: slug, titles per language, status, lessons, hours.',
		usage: '[--json]',
		options: { json: { type: 'boolean' } },
		async run({ values: v }) {
			const modules = await withDb((db) => listModules(db));
			const out = modules.map((m) => ({ slug: m.slug, title: m.title, status: m.status, lessons: m.lessons, hours: m.hours, selfEnrol: m.selfEnrol }));
			if (v.json) console.log(JSON.stringify(out, null, 2));
			else if (out.length === 0) console.log('No module yet.');
			else for (const m of out) console.log([m.slug.padEnd(24), m.status.padEnd(11), `${m.lessons} lessons`.padEnd(11), `${m.hours} h`.padEnd(7), m.title.fr ?? m.title.ar ?? ''].join('  '));
		}
	},

	'cohorts:list': {
		summary: 'List cohorts with their dates and member counts.',
		usage: '[--json]',
		options: { json: { type: 'boolean' } },
		async run({ values: v }) {
			const { items } = await withDb((db) => listCohorts(db));
			const out = items.map((c) => ({ id: c.id, name: c.name, startsOn: c.starts_on, endsOn: c.ends_on, members: c.members }));
			if (v.json) console.log(JSON.stringify(out, null, 2));
			else if (out.length === 0) console.log('No cohort yet.');
			else for (const c of out) console.log([String(c.id).padStart(4), c.name.padEnd(30), `${c.members} member(s)`, c.startsOn ?? '', c.endsOn ?? ''].join('  '));
		}
	},

	'demo:seed': {
		summary: 'Create the demo (accounts, content, sessions…) if not there yet; --learners N then adds N learners in cohorts of 40 with their records, to measure at scale.',
		usage: '[--learners N] [--json]',
		options: { learners: { type: 'string' }, json: { type: 'boolean' } },
		async run({ values: v }) {
			const n = v.learners === undefined ? 0 : Number(v.learners);
			if (!Number.isInteger(n) || n < 0 || n > 1_000_000) throw new CliError('--learners must be a whole number from 0 to 1000000', 2);
			await withDb(async (db) => {
				const r = await seedDemo(db);
				if (!v.json) console.log(r.seeded ? `Demo data created: ${r.users} accounts.` : 'Demo data already present: nothing changed.');
				if (!n) {
					if (v.json) console.log(JSON.stringify({ seeded: r.seeded, users: r.users }));
					return;
				}
				const s = await seedScale(db, n);
				if (v.json) console.log(JSON.stringify({ seeded: r.seeded, users: r.users, scale: s }));
				else
					console.log(
						`Added ${s.learners} learners in ${s.cohorts} cohorts in ${(s.ms / 1000).toFixed(1)} s: ${s.enrolments} enrolments, ${s.classSessions} class sessions, ` +
							`${s.attendance} attendance marks, ${s.attempts} quiz attempts with ${s.answers} answers, ${s.coachingSessions} coaching sessions, ${s.interventions} interventions.`
					);
			});
		}
	},

	serve: {
		summary: 'Build if needed, then serve (migrates, seeds the demo into an empty database).',
		async run() {
			// src/serve.js is what `npm start` runs: the app in plain JavaScript, without this CLI's TypeScript loader.
			const child = spawn(process.execPath, [resolve('src/serve.js')], { stdio: 'inherit' });
			for (const sig of ['SIGTERM', 'SIGINT'] as const) process.on(sig, () => child.kill(sig));
			const code = await new Promise<number>((done) => child.on('exit', (c, signal) => done(c ?? (signal ? 0 : 1))));
			if (code !== 0) throw new CliError(`the server ended with code ${code}`);
		}
	},

	...quizCommands,
	...giftCommands,
	...attendanceCommands,
	...certificateCommands,
	...backupCommands,
	...councilCommands,
	...coachingCommands,
	...reportCommands,
	...resultsCommands,
	...notificationCommands
};
