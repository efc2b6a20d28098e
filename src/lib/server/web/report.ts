// HTTP glue of the report downloads: the admin guard, the period and language from the query, the audit entry, the response.
import type { RequestEvent } from '@sveltejs/kit';
import { requireRole } from './guards';
import { recordAudit } from '../audit/audit.repository';
import type { Db } from '../db/index';
import { raise } from '../http';
import { contentDisposition } from '../media/serve';
import type { Period } from '../results/indicators.service';
import { parseLang, parsePeriod, type ReportLang } from '../results/report/tables';

export function reportRequest(event: Pick<RequestEvent, 'locals' | 'url'>, needsLang = true): { actor: { id: number }; period: Period; lang: ReportLang } {
	const actor = requireRole(event, 'admin');
	const q = event.url.searchParams;
	try {
		const period = parsePeriod(q.get('from'), q.get('to'));
		const lang = needsLang ? parseLang(q.get('lang')) : q.get('lang') === 'ar' ? 'ar' : 'fr';
		return { actor, period, lang };
	} catch (e) {
		raise(e);
	}
}

/** Every export is audited: who took which figures, for which period, in which format. */
export async function auditExport(db: Db, actorId: number, format: string, period: Period, lang: ReportLang | null, extra: Record<string, unknown> = {}) {
	await recordAudit(db, { actorId, action: 'report.export', subjectType: 'report', subjectId: format, after: { format, from: period.from, to: period.to, lang, ...extra } });
}

export function download(body: Uint8Array | string, type: string, name: string): Response {
	return new Response(body as BodyInit, {
		headers: { 'content-type': type, 'content-disposition': contentDisposition('attachment', name), 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' }
	});
}
