import { requireSessionStaff } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { parseId, raise } from '$lib/server/http';
import { sheetData, sheetPdf, type SheetText } from '$lib/server/attendance/sheet';
import * as messages from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

type Message = (inputs: Record<string, unknown>, options: { locale: 'ar' | 'fr' }) => string;
const text: SheetText = (locale, key, params = {}) => (messages as unknown as Record<string, Message>)[key](params, { locale });

export const GET: RequestHandler = async (event) => {
	await requireSessionStaff(event, db(), parseId(event.params.id));
	const id = parseId(event.params.id);
	const data = await sheetData(db(), id).catch(raise);
	const pdf = await sheetPdf(data, text);
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="sign-in-sheet-${id}.pdf"`,
			'cache-control': 'no-store'
		}
	});
};
