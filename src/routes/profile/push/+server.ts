import { error, json } from '@sveltejs/kit';
import { requireUser } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { AppError } from '$lib/server/errors';
import { t } from '$lib/server/i18n';
import { subscribePush } from '$lib/server/notifications/preferences.service';
import type { RequestHandler } from './$types';

// Cross-origin posts are refused before this runs (the hooks' origin check covers JSON bodies too).
async function body(request: Request): Promise<Record<string, unknown>> {
	if (!(request.headers.get('content-type') ?? '').startsWith('application/json')) error(415, t('error_push_endpoint'));
	const text = await request.text();
	if (text.length > 4096) error(413, t('error_push_endpoint'));
	try {
		const parsed = JSON.parse(text);
		return parsed && typeof parsed === 'object' ? parsed : {};
	} catch {
		return {};
	}
}

export const POST: RequestHandler = async (event) => {
	const me = requireUser(event);
	try {
		await subscribePush(db(), me.id, await body(event.request));
	} catch (e) {
		if (e instanceof AppError) return json({ error: t(e.key) }, { status: e.status });
		throw e;
	}
	return json({ ok: true }, { status: 201 });
};
