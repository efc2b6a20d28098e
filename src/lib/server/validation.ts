import * as v from 'valibot';
import { Invalid } from './errors';
import { cleanName, hasLetter } from './users/names';

/** Parse input with a schema whose messages are catalogue keys; all field errors at once. */
export function validate<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
	const result = v.safeParse(schema, input);
	if (result.success) return result.output;
	const fields: Record<string, string> = {};
	let formKey: string | undefined;
	for (const issue of result.issues) {
		const path = v.getDotPath(issue);
		if (path) fields[path] ??= issue.message;
		else formKey ??= issue.message;
	}
	throw new Invalid(formKey ?? 'error_invalid_form', fields);
}

export const text = (max: number, required = true) =>
	v.pipe(
		v.optional(v.string(), ''),
		v.transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim()),
		required ? v.nonEmpty('error_required') : v.string(),
		v.maxLength(max, 'error_too_long')
	);

/** A person's name: cleaned to its visible text (users/names.ts), and it must have a letter. */
export const personName = (max: number) =>
	v.pipe(
		v.optional(v.string(), ''),
		v.transform(cleanName),
		v.nonEmpty('error_required'),
		v.check(hasLetter, 'name_no_letter'),
		v.maxLength(max, 'error_too_long')
	);
