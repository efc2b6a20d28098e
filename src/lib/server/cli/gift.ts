import type { Db } from '../db/index';
import { findModuleBySlug } from '../enrolment/enrolment.repository';
import { exportGift, GiftRejected, importGift } from '../quizzes/gift/import.service';
import type { QuizLocale } from '../quizzes/model';
import { pick } from '../quizzes/gift/export';
import { tr } from './messages';
import { CliError, readInputFile, withDb, type Command, type Parsed } from './shared';

const LANGS: QuizLocale[] = ['ar', 'fr', 'zgh'];

function langOf(v: Parsed['values']): QuizLocale {
	const lang = String(v.lang ?? 'ar');
	if (!LANGS.includes(lang as QuizLocale)) throw new CliError(`--lang must be one of ${LANGS.join(', ')}`, 2);
	return lang as QuizLocale;
}

async function moduleId(db: Db, slug: string): Promise<number> {
	const m = await findModuleBySlug(db, slug);
	if (!m) throw new CliError(`no module with slug "${slug}" (see modules:list)`);
	return m.id;
}

const snippet = (s: string) => {
	const one = s.replace(/\s+/g, ' ').trim();
	return one.length > 70 ? `${one.slice(0, 69)}…` : one;
};

/** gift:import and gift:export (registered in commands.ts). */
export const giftCommands: Record<string, Command> = {
	'gift:import': {
		summary: "Import a GIFT file (Moodle's text format) into a module's question bank: all questions or none.",
		usage: '--module SLUG [--lang ar|fr|zgh] [--dry-run] FILE',
		options: { module: { type: 'string' }, lang: { type: 'string' }, 'dry-run': { type: 'boolean' } },
		async run({ values: v, positionals }) {
			const file = positionals[0];
			if (!v.module || !file || positionals.length > 1) throw new CliError('usage: gift:import --module SLUG [--lang ar|fr|zgh] [--dry-run] FILE', 2);
			const lang = langOf(v);
			const bytes = readInputFile(file);
			const dryRun = Boolean(v['dry-run']);
			let r;
			try {
				r = await withDb(async (db) => importGift(db, { id: null }, await moduleId(db, String(v.module)), bytes, lang, { dryRun }));
			} catch (e) {
				if (!(e instanceof GiftRejected)) throw e;
				for (const err of e.errors) console.error(`${file}:${err.line}: ${tr(err.key, err.params)}`);
				throw new CliError(`${e.errors.length} error(s): nothing imported.`);
			}
			console.log(`${dryRun ? 'Dry run (nothing written): would import' : 'Imported'} ${r.questions.length} question(s) into ${v.module} (${lang}).`);
			for (const q of r.questions) {
				console.log(`  ${file}:${q.line}\t${tr(`gift_type_${q.content.type}`)}\t${q.category ?? '-'}\t${snippet(q.content.title ?? pick(q.content.text, lang))}`);
			}
			if (r.newCategories.length) console.log(`New categor${r.newCategories.length > 1 ? 'ies' : 'y'}: ${r.newCategories.join(', ')}`);
			if (r.unsupported.length) {
				console.log(`Not imported, type not supported (${r.unsupported.length}):`);
				for (const u of r.unsupported) console.log(`  ${file}:${u.line}\t${tr(`gift_kind_${u.kind}`)}${u.title ? `\t${u.title}` : ''}`);
			}
		}
	},

	'gift:export': {
		summary: "Write a module's question bank as GIFT on standard output.",
		usage: '--module SLUG [--lang ar|fr|zgh]',
		options: { module: { type: 'string' }, lang: { type: 'string' } },
		async run({ values: v, positionals }) {
			if (!v.module || positionals.length) throw new CliError('usage: gift:export --module SLUG [--lang ar|fr|zgh]', 2);
			const lang = langOf(v);
			const r = await withDb(async (db) => exportGift(db, await moduleId(db, String(v.module)), lang));
			process.stdout.write(r.text);
			// On stderr, so that `> file` keeps only the GIFT.
			console.error(`Exported ${r.count} question(s) from ${v.module} (${lang}).`);
		}
	}
};
