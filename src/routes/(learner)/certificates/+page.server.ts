import { requireUser } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { certificatesOfUser } from '$lib/server/certificates/certificates.repository';
import { learnerOutlook } from '$lib/server/certificates/certificates.service';
import { reasonText } from '$lib/server/certificates/reasons';
import { pick } from '$lib/localized';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const locale = event.locals.locale;
	const [rows, outlook] = await Promise.all([certificatesOfUser(db(), user.id), learnerOutlook(db(), user.id)]);
	return {
		certificates: rows
			.filter((c) => !c.revoked_at && !c.replaced_at)
			.map((c) => ({ serial: c.serial, what: pick(c.title, locale), hours: Number(c.hours), issuedAt: c.issued_at.toISOString(), size: c.pdf_size })),
		inProgress: outlook.map((o) => ({ slug: o.slug, title: pick(o.title, locale), eligible: o.eligibility.eligible, reasons: o.eligibility.reasons.map((r) => reasonText(r, locale)) }))
	};
};
