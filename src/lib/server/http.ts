import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { AppError, Invalid, RateLimited } from './errors';
import { t } from './i18n';
import type { FormFailure } from '$lib/forms';
import type { Role } from './db/schema';
import { requireRole } from './web/guards';
import type { SessionUser } from './auth/session';

export type FormValues = Record<string, string>;


/** Form data as plain strings; secrets are never echoed back to the page. */
export function formValues(data: FormData, omit: string[] = ['password', 'confirm', 'current']): FormValues {
	const values: FormValues = {};
	for (const [k, v] of data) if (typeof v === 'string' && !omit.includes(k)) values[k] = v;
	return values;
}

export function field(data: FormData, name: string): string {
	const v = data.get(name);
	return typeof v === 'string' ? v : '';
}

/** Maps a domain error to a form failure with translated messages; anything else is rethrown. */
export function failWith(e: unknown, values: FormValues, event?: Pick<RequestEvent, 'setHeaders'>) {
	if (!(e instanceof AppError)) throw e;
	if (e instanceof RateLimited) event?.setHeaders({ 'retry-after': String(e.retryAfterSeconds) });
	const errors: Record<string, string> = {};
	if (e instanceof Invalid) for (const [k, key] of Object.entries(e.fields)) errors[k] = t(key);
	return fail<FormFailure>(e.status, { form: { message: t(e.key, e.params), errors }, values });
}

/** For loads: a domain error becomes the matching HTTP error page. */
export function raise(e: unknown): never {
	if (e instanceof AppError) error(e.status as 400, t(e.key, e.params));
	throw e;
}

export function parseId(raw: string): number {
	const n = Number(raw);
	if (!Number.isSafeInteger(n) || n <= 0) error(404, t('error_not_found'));
	return n;
}

type ActionEvent = RequestEvent & { params: Partial<Record<string, string>> };

/**
 * A form action on the page's `[id]`: role guard first (a layout guard does not
 * protect actions), then the id and the form, and domain errors as a form
 * failure that keeps what was typed.
 */
export async function idAction<T extends object>(
	event: ActionEvent,
	roles: Role[],
	run: (actor: SessionUser, id: number, data: FormData) => Promise<T>,
	extraValues: FormValues = {}
) {
	const actor = requireRole(event, ...roles);
	const id = parseId(event.params.id ?? '');
	const data = await event.request.formData();
	try {
		return await run(actor, id, data);
	} catch (e) {
		return failWith(e, { ...formValues(data), ...extraValues });
	}
}
