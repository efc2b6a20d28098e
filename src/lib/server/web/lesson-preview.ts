import type { RequestEvent } from '@sveltejs/kit';
import { isLocale } from '../../i18n';
import { field, formValues } from '../http';
import { renderMarkdown } from '../content/markdown';

/** The editor's no-JavaScript preview: render one language and give the form back as typed. */
export async function previewAction(event: RequestEvent) {
	const data = await event.request.formData();
	const locale = field(data, 'previewLocale');
	const l = isLocale(locale) ? locale : 'ar';
	return { preview: { locale: l, html: renderMarkdown(field(data, `body_${l}`)) }, values: formValues(data) };
}
