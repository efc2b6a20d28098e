import { requireModuleStaff } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { parseId, raise } from '$lib/server/http';
import { exportGift } from '$lib/server/quizzes/gift/import.service';
import type { QuizLocale } from '$lib/server/quizzes/model';
import { LOCALES } from '$lib/i18n';
import type { RequestHandler } from './$types';

/** The module's bank as a GIFT file, texts in the chosen language (another one where a translation is missing). */
export const GET: RequestHandler = async (event) => {
	await requireModuleStaff(event, db(), parseId(event.params.id));
	const id = parseId(event.params.id);
	const asked = event.url.searchParams.get('lang') ?? '';
	const lang = ((LOCALES as readonly string[]).includes(asked) ? asked : event.locals.locale) as QuizLocale;
	const { slug, text } = await exportGift(db(), id, lang).catch(raise);
	return new Response(text, {
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'content-disposition': `attachment; filename="${slug}-questions-${lang}.gift.txt"`,
			'cache-control': 'no-store'
		}
	});
};
