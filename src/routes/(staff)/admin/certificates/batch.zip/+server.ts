import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { filterFrom, registerZip } from '$lib/server/certificates/register';
import type { RequestHandler } from './$types';

/** The stored PDFs of the register's current filter, in one ZIP. */
export const GET: RequestHandler = async (event) => {
	requireRole(event, 'admin');
	const zip = await registerZip(db(), filterFrom(event.url, 1));
	return new Response(zip as Uint8Array<ArrayBuffer>, {
		headers: {
			'content-type': 'application/zip',
			'content-disposition': `attachment; filename="certificates-${new Date().toISOString().slice(0, 10)}.zip"`,
			'cache-control': 'no-store'
		}
	});
};
