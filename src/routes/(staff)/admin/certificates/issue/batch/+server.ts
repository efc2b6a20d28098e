import { error, json } from '@sveltejs/kit';
import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { t } from '$lib/server/i18n';
import { AppError } from '$lib/server/errors';
import { issueCertificates, parseTarget } from '$lib/server/certificates/certificates.service';
import type { RequestHandler } from './$types';

// Each batch decides everyone's eligibility again (one pass of a few statements) and draws up to this many PDFs.
const BATCH = 20;

/** One batch of "issue to all eligible", for the progress bar: how many were issued now and how many remain. */
export const POST: RequestHandler = async (event) => {
	const actor = requireRole(event, 'admin');
	const target = parseTarget(event.url.searchParams.get('target'));
	if (!target) error(404, t('error_not_found'));
	try {
		const r = await issueCertificates(db(), { id: actor.id }, target, { origin: event.url.origin, limit: BATCH });
		return json({ issued: r.issued.length, pending: r.pending.length });
	} catch (e) {
		if (e instanceof AppError) return json({ message: t(e.key, e.params) }, { status: e.status });
		throw e;
	}
};
