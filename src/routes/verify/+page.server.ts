import { redirect } from '@sveltejs/kit';
import { parseSerial, SERIAL_EXAMPLE } from '$lib/server/certificates/serial';
import type { PageServerLoad } from './$types';

/** The form sends ?serial=…; a well-formed serial goes to its page, a mistyped one is explained here. */
export const load: PageServerLoad = ({ url }) => {
	const raw = url.searchParams.get('serial');
	if (raw === null || !raw.trim()) return { serial: '', problem: null, example: SERIAL_EXAMPLE };
	const p = parseSerial(raw);
	if (p.ok) redirect(303, `/verify/${p.serial}`);
	return { serial: raw, problem: p.reason, example: SERIAL_EXAMPLE };
};
