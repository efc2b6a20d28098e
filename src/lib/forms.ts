/** What a failed form action sends back: translated messages and the typed values (never secrets). */
export interface FormFailure {
	form: { message: string; errors: Record<string, string> };
	values: Record<string, string>;
}

/** Narrows a page's `form` prop to a failure, whatever else the action can return. */
export function failure(form: unknown): FormFailure | null {
	return form && typeof form === 'object' && 'form' in form && (form as FormFailure).form ? (form as FormFailure) : null;
}
