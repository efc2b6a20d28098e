import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { problemParams, type Problem } from '../enrolment/csv';
import { communeMatcher } from '../enrolment/match';
import { listInterventions } from '../council/intervention.repository';
import { engagementReport, memoRegister } from '../council/engagement.service';
import { ImportRejected, importInterventions, type CodeLabels } from '../council/import.service';
import { KINDS, OUTCOMES, SITTING_TYPES, STATUSES, type InterventionStatus } from '../council/tables';
import { tr } from './messages';
import { CliError, readInputFile, withDb, type Command } from './shared';

/** The French and Arabic labels of the codes, from the catalogue, so a spreadsheet may use either. */
function codeLabels(): CodeLabels {
	const labels: CodeLabels = {};
	for (const locale of ['fr', 'ar']) {
		const cat = JSON.parse(readFileSync(join(resolve('src/lib/i18n/messages'), 'council', `${locale}.json`), 'utf8')) as Record<string, unknown>;
		const add = (code: string, key: string) => {
			if (typeof cat[key] === 'string') (labels[code] ??= []).push(cat[key] as string);
		};
		for (const c of SITTING_TYPES) add(c, `council_type_${c}`);
		for (const c of KINDS) add(c, `council_kind_${c}`);
		for (const c of OUTCOMES) add(c, `council_outcome_${c}`);
	}
	return labels;
}

const problemLine = (file: string, p: Problem) => `${file}:${p.line}${p.column ? ` [${p.column}]` : ''}: ${tr(p.key, problemParams(p))}`;

/** Command-line commands of the council domain (registered in commands.ts). */
export const councilCommands: Record<string, Command> = {
	'interventions:list': {
		summary: 'List councillors’ interventions in council sittings (all, or of a commune / a status).',
		usage: '[--commune NAME] [--status draft|submitted|verified|returned] [--json]',
		options: { commune: { type: 'string' }, status: { type: 'string' }, json: { type: 'boolean' } },
		async run({ values: v }) {
			const status = v.status === undefined ? undefined : String(v.status);
			if (status !== undefined && !(STATUSES as readonly string[]).includes(status)) throw new CliError(`--status must be one of ${STATUSES.join(', ')}`, 2);
			const items = await withDb(async (db) => {
				let communeId: number | undefined;
				if (v.commune !== undefined) {
					const found = communeMatcher(await db.selectFrom('commune').select(['id', 'name_ar', 'name_fr']).execute())(String(v.commune));
					if (found === 'unknown') throw new CliError(`${tr('council_import_unknown_commune')} (${v.commune})`, 1);
					if (found === 'ambiguous') throw new CliError(`${tr('council_import_ambiguous_commune')} (${v.commune})`, 1);
					communeId = found.id;
				}
				return listInterventions(db, { communeId, status: status as InterventionStatus | undefined }, { limit: 100_000, offset: 0 });
			});
			const rows = items.map((i) => ({ learner: i.login, commune: i.communeFr, sittingDate: i.sittingDate, sittingType: i.sittingType, kind: i.kind, outcome: i.outcome, status: i.status, gender: i.gender }));
			if (v.json) console.log(JSON.stringify(rows, null, 2));
			else for (const r of rows) console.log([r.sittingDate, r.learner.padEnd(14), r.commune.padEnd(22), r.sittingType.padEnd(13), r.kind.padEnd(17), r.outcome.padEnd(14), r.status, r.gender ? 'gender' : ''].join('  '));
		}
	},

	'interventions:import': {
		summary: 'Import interventions from a CSV (login, commune, sitting_date, sitting_type, kind, summary, outcome): all or nothing, as submitted.',
		usage: 'FILE.csv [--dry-run]',
		options: { 'dry-run': { type: 'boolean' } },
		async run({ values: v, positionals }) {
			const file = positionals[0];
			if (!file || positionals.length > 1) throw new CliError('give one CSV file: interventions:import FILE.csv [--dry-run]', 2);
			const bytes = readInputFile(file);
			const labels = codeLabels();
			const result = await withDb(async (db) => {
				try {
					return await importInterventions(db, bytes, { dryRun: Boolean(v['dry-run']), labels });
				} catch (e) {
					if (!(e instanceof ImportRejected)) throw e;
					console.error(tr('council_cli_rejected'));
					for (const p of e.problems) console.error(problemLine(file, p));
					throw new CliError(`${e.problems.length} problem(s): nothing imported.`);
				}
			});
			console.log(tr(v['dry-run'] ? 'council_cli_dry_run' : 'council_cli_imported', { count: result.count }));
		}
	},

	'memos:list': {
		summary: 'List the advisory memos with their stage, dates, examining body and outcome.',
		usage: '[--json]',
		options: { json: { type: 'boolean' } },
		async run({ values: v }) {
			const { memos } = await withDb((db) => memoRegister(db));
			const rows = memos.map((m) => ({
				title: m.titleFr,
				communes: m.communes.map((c) => c.nameFr),
				status: m.status,
				submittedOn: m.submittedOn,
				examinedOn: m.examinedOn,
				examinedBy: m.examinedBy,
				outcome: m.outcome
			}));
			if (v.json) console.log(JSON.stringify(rows, null, 2));
			else for (const r of rows) console.log([r.status.padEnd(10), (r.submittedOn ?? '-').padEnd(10), (r.examinedOn ?? '-').padEnd(10), (r.examinedBy ?? '-').padEnd(15), r.outcome.padEnd(14), r.title, `(${r.communes.join(', ')})`].join('  '));
		}
	},

	'communes:engagement': {
		summary: 'List the programme’s communes with their engagement status, activities and whether they count as engaged (by the admin’s rule).',
		usage: '[--json]',
		options: { json: { type: 'boolean' } },
		async run({ values: v }) {
			const report = await withDb((db) => engagementReport(db));
			const rows = report.communes.map((c) => ({ commune: c.nameFr, province: c.provinceFr, status: c.status, activities: c.activities, engaged: c.engaged }));
			if (v.json) console.log(JSON.stringify(rows, null, 2));
			else {
				for (const r of rows) console.log([r.commune.padEnd(24), r.province.padEnd(16), (r.status ?? '-').padEnd(17), String(r.activities).padStart(3), r.engaged ? 'engaged' : ''].join('  '));
				console.log(`${report.engaged}/${rows.length} engaged; rule: ${JSON.stringify(report.rule)}`);
			}
		}
	}
};
