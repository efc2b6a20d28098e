import { findModuleBySlug } from '../enrolment/enrolment.repository';
import { moduleQuizzes } from '../quizzes/quiz.service';
import { CliError, withDb, type Command } from './shared';

/** Command-line commands of the quizzes domain (registered in commands.ts). */
export const quizCommands: Record<string, Command> = {
	'quizzes:list': {
		summary: 'List the quizzes of a module: id, kind (pre|post|practice|graded), status, questions, submitted attempts, titles.',
		usage: '--module SLUG [--json]',
		options: { module: { type: 'string' }, json: { type: 'boolean' } },
		async run({ values: v }) {
			if (!v.module) throw new CliError('--module SLUG is required (see modules:list)');
			const out = await withDb(async (db) => {
				const m = await findModuleBySlug(db, String(v.module));
				if (!m) throw new CliError(`no module with slug "${v.module}" (see modules:list)`);
				return (await moduleQuizzes(db, m.id)).map((q) => ({ id: q.id, kind: q.kind, status: q.status, items: q.items, submitted: q.submitted, title: q.title }));
			});
			if (v.json) console.log(JSON.stringify(out, null, 2));
			else if (out.length === 0) console.log('No quiz in this module yet.');
			else for (const q of out) console.log([String(q.id).padStart(5), q.kind.padEnd(9), q.status.padEnd(10), `${q.items} item(s)`.padEnd(11), `${q.submitted} submitted`.padEnd(14), q.title.fr ?? q.title.ar ?? ''].join('  '));
		}
	}
};
