import { db } from '$lib/server/db/runtime';
import { fileStorage } from '$lib/server/media/storage';
import { renderEvidenceZip } from '$lib/server/results/report/evidence-zip';
import { reportFileName } from '$lib/server/results/report/tables';
import { auditExport, download, reportRequest } from '$lib/server/web/report';
import type { RequestHandler } from './$types';

/** The evidence files behind the period's figures, one folder per indicator. */
export const GET: RequestHandler = async (event) => {
	const { actor, period } = reportRequest(event, false);
	const { bytes, names } = await renderEvidenceZip(db(), period, fileStorage());
	await auditExport(db(), actor.id, 'zip', period, null, { files: names.length });
	return download(bytes, 'application/zip', reportFileName(period, null, 'zip', 'evidence'));
};
