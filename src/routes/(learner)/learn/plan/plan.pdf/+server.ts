import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { learnerCoachingExport } from '$lib/server/coaching/plan.service';
import { renderPlanPdf } from '$lib/server/coaching/plan-pdf';
import { listNeeds } from '$lib/server/coaching/coaching.repository';
import { needLabel } from '$lib/server/web/coaching';
import type { RequestHandler } from './$types';

/** Her plan as a PDF, in Arabic (?lang=ar) or French (?lang=fr); the page's language otherwise when it is one of them. */
export const GET: RequestHandler = async (event) => {
	const user = requireRole(event, 'learner');
	const asked = event.url.searchParams.get('lang');
	const locale = asked === 'ar' || asked === 'fr' ? asked : event.locals.locale === 'fr' ? 'fr' : 'ar';
	const [data, needs] = await Promise.all([learnerCoachingExport(db(), user.id), listNeeds(db())]);
	const pdf = await renderPlanPdf(data, locale, new Map(needs.map((n) => [n.code, needLabel(n.name, n.code, locale)])));
	return new Response(new Uint8Array(pdf), {
		headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="my-plan-${locale}.pdf"`, 'cache-control': 'no-store' }
	});
};
