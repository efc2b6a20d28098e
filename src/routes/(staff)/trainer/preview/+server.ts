import { json } from '@sveltejs/kit';
import { requireRole } from '$lib/server/web/guards';
import { renderMarkdown } from '$lib/server/content/markdown';
import type { RequestHandler } from './$types';

/** Live preview for the lesson editor: the same sanitised HTML learners will get. */
export const POST: RequestHandler = async (event) => {
	requireRole(event, 'trainer', 'admin');
	const { markdown } = (await event.request.json().catch(() => ({}))) as { markdown?: unknown };
	const text = typeof markdown === 'string' ? markdown.slice(0, 50_000) : '';
	return json({ html: renderMarkdown(text) });
};
