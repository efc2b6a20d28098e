import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db/runtime';
import { certificatesOfUser } from '$lib/server/certificates/certificates.repository';
import { pick } from '$lib/localized';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const rows = await certificatesOfUser(db(), user.id);
	return {
		certificates: rows
			.filter((c) => !c.revoked_at && !c.replaced_at)
			.map((c) => ({ serial: c.serial, what: pick(c.title, event.locals.locale), hours: Number(c.hours), issuedAt: c.issued_at.toISOString(), size: c.pdf_size }))
	};
};
