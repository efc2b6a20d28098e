import { writeFileSync } from 'node:fs';
import { findModuleBySlug } from '../enrolment/enrolment.repository';
import { normaliseLogin } from '../users/login-id';
import { issueCertificates, revokeCertificate } from '../certificates/certificates.service';
import { pdfOf } from '../certificates/certificates.repository';
import { parseSerial, SERIAL_EXAMPLE } from '../certificates/serial';
import { tr } from './messages';
import { CliError, domainError, origin, withDb, type Command } from './shared';

function serialArg(positionals: string[], usage: string): string {
	if (positionals.length !== 1) throw new CliError(`usage: ${usage}`, 2);
	const p = parseSerial(positionals[0]);
	if (!p.ok) throw new CliError(tr(p.reason === 'check' ? 'cert_serial_check' : 'cert_serial_format', { example: SERIAL_EXAMPLE }));
	return p.serial;
}

/** Command-line commands of the certificates domain (registered in commands.ts). */
export const certificateCommands: Record<string, Command> = {
	'certificates:issue': {
		summary: 'Issue module certificates to every eligible learner (or one); prints each serial with its holder’s login.',
		usage: '--module SLUG [--learner LOGIN] [--override "reason"] [--dry-run] [--json]',
		options: { module: { type: 'string' }, learner: { type: 'string' }, override: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
		async run({ values: v }) {
			if (!v.module) throw new CliError('usage: certificates:issue --module SLUG [--learner LOGIN] [--override "reason"] [--dry-run] [--json]', 2);
			if (v.override !== undefined && !v.learner) throw new CliError('--override needs --learner: a rule is waived for one person at a time, with a reason', 2);
			const r = await withDb(async (db) => {
				const m = await findModuleBySlug(db, String(v.module));
				if (!m) throw new CliError(`no module with slug "${v.module}" (see modules:list)`);
				let userIds: number[] | undefined;
				if (v.learner) {
					const id = normaliseLogin(String(v.learner));
					const u = id && (await db.selectFrom('app_user').select('id').where('login', '=', id.login).executeTakeFirst());
					if (!u) throw new CliError(`no account with login "${v.learner}"`);
					userIds = [u.id];
				}
				try {
					return await issueCertificates(db, { id: null }, { moduleId: m.id }, {
						userIds,
						override: v.override === undefined ? undefined : String(v.override),
						dryRun: Boolean(v['dry-run']),
						origin: origin()
					});
				} catch (e) {
					return domainError(e, { reason: '--override' });
				}
			});
			const reasons = (rs: { key: string; params: Record<string, string | number> }[]) => rs.map((x) => tr(x.key, x.params));
			if (v.json) {
				console.log(
					JSON.stringify(
						{
							dryRun: Boolean(v['dry-run']),
							issued: r.issued.map((x) => ({ serial: x.serial, login: x.login })),
							wouldIssue: r.pending.map((x) => ({ login: x.login })),
							already: r.already.map((x) => ({ serial: x.serial, login: x.login })),
							notEligible: r.notEligible.map((x) => ({ login: x.login, reasons: reasons(x.reasons) }))
						},
						null,
						2
					)
				);
				return;
			}
			for (const x of r.issued) console.log(`${x.serial}\t${x.login}`);
			if (v['dry-run']) for (const x of r.pending) console.log(`(dry run) would issue\t${x.login}`);
			for (const x of r.notEligible) console.error(`not eligible\t${x.login}\t${reasons(x.reasons).join('; ')}`);
			console.error(`${v['dry-run'] ? `Dry run: would issue ${r.pending.length}` : `Issued ${r.issued.length}`}; already held: ${r.already.length}; not eligible: ${r.notEligible.length}.`);
		}
	},

	'certificate:pdf': {
		summary: 'Write a certificate’s stored PDF (the bytes issued, unchanged) to a file.',
		usage: 'SERIAL --out FILE.pdf',
		options: { out: { type: 'string' } },
		async run({ values: v, positionals }) {
			const serial = serialArg(positionals, 'certificate:pdf SERIAL --out FILE.pdf');
			if (!v.out) throw new CliError('usage: certificate:pdf SERIAL --out FILE.pdf', 2);
			const pdf = await withDb((db) => pdfOf(db, serial));
			if (!pdf) throw new CliError(tr('cert_unknown'));
			try {
				writeFileSync(String(v.out), pdf.bytes);
			} catch (e) {
				throw new CliError(`${v.out}: ${(e as Error).message}`);
			}
			console.log(`${serial}: ${pdf.bytes.length} bytes written to ${v.out} (sha256 ${pdf.pdf_sha256})`);
		}
	},

	'certificate:revoke': {
		summary: 'Revoke a certificate; the reason is kept in the audit log, the public page shows the date only.',
		usage: 'SERIAL --reason "…"',
		options: { reason: { type: 'string' } },
		async run({ values: v, positionals }) {
			const serial = serialArg(positionals, 'certificate:revoke SERIAL --reason "…"');
			if (!v.reason || !String(v.reason).trim()) throw new CliError('usage: certificate:revoke SERIAL --reason "…" (a reason is required)', 2);
			await withDb((db) => revokeCertificate(db, { id: null }, serial, String(v.reason)).catch((e) => domainError(e, { reason: '--reason' })));
			console.log(`${serial} revoked.`);
		}
	}
};
