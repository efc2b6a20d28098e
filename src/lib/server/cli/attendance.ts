import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findModuleBySlug } from '../enrolment/enrolment.repository';
import { listSessions } from '../attendance/sessions.service';
import { sheetData, sheetPdf, type SheetText } from '../attendance/sheet';
import { NotFound } from '../errors';
import { tr } from './messages';
import { CliError, withDb, type Command } from './shared';

/** The sheet prints Arabic and French whatever the CLI's language: read both catalogues. */
const catalogues: Partial<Record<'ar' | 'fr', Record<string, string>>> = {};
const sheetText: SheetText = (locale, key, params = {}) => {
	catalogues[locale] ??= JSON.parse(readFileSync(join(resolve('src/lib/i18n/messages'), 'attendance', `${locale}.json`), 'utf8'));
	return (catalogues[locale]![key] ?? key).replace(/\{(\w+)\}/g, (_, k) => String(params[k] ?? `{${k}}`));
};

/** Command-line commands of the attendance domain (registered in commands.ts). */
export const attendanceCommands: Record<string, Command> = {
	'sessions:list': {
		summary: 'List class sessions (all, or of one module), soonest first.',
		usage: '[--module SLUG] [--json]',
		options: { module: { type: 'string' }, json: { type: 'boolean' } },
		async run({ values: v }) {
			const slug = v.module === undefined ? undefined : String(v.module);
			const items = await withDb(async (db) => {
				let moduleId: number | undefined;
				if (slug !== undefined) {
					const mod = await findModuleBySlug(db, slug);
					if (!mod) throw new CliError(tr('att_cli_module_not_found', { slug }), 1);
					moduleId = mod.id;
				}
				return (await listSessions(db, { moduleId })).items;
			});
			const rows = items.map((s) => ({
				id: s.id,
				module: s.moduleSlug,
				cohort: s.cohortName,
				title: s.title,
				startsAt: s.startsAt.toISOString(),
				endsAt: s.endsAt.toISOString(),
				mode: s.mode,
				place: s.place,
				meetingUrl: s.meetingUrl,
				trainer: s.trainerNameLatin,
				cancelled: s.cancelledAt !== null,
				cancelReason: s.cancelReason
			}));
			if (v.json) console.log(JSON.stringify(rows, null, 2));
			else for (const r of rows) console.log([r.id, r.startsAt.slice(0, 16).replace('T', ' ') + 'Z', r.module.padEnd(24), r.mode.padEnd(9), r.title, r.cancelled ? '(cancelled)' : ''].join('  '));
		}
	},

	'attendance:sheet': {
		summary: 'Write the sign-in sheet PDF of a session (names in Arabic and Latin script, commune, signature).',
		usage: 'SESSION_ID --out FILE.pdf',
		options: { out: { type: 'string' } },
		async run({ values: v, positionals }) {
			const id = Number(positionals[0]);
			const out = typeof v.out === 'string' ? v.out : '';
			if (positionals.length !== 1 || !Number.isSafeInteger(id) || id <= 0 || !out) throw new CliError('give a session id and a file: attendance:sheet SESSION_ID --out FILE.pdf', 2);
			const { pdf, count } = await withDb(async (db) => {
				const data = await sheetData(db, id).catch((e) => {
					if (e instanceof NotFound) throw new CliError(tr('att_cli_session_not_found', { id }), 1);
					throw e;
				});
				return { pdf: await sheetPdf(data, sheetText), count: data.learners.length };
			});
			try {
				writeFileSync(out, pdf);
			} catch (e) {
				throw new CliError(`${out}: ${(e as Error).message}`, 1);
			}
			console.log(tr('att_cli_sheet_written', { file: out, count }));
		}
	}
};
