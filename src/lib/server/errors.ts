/**
 * Typed domain errors. Services throw them with a message key from the
 * catalogue; routes map them to HTTP once (see ./http.ts).
 */
export type Params = Record<string, string | number>;

export class AppError extends Error {
	readonly status: number = 400;
	constructor(
		readonly key: string,
		readonly params: Params = {}
	) {
		super(key);
	}
}

export class NotFound extends AppError {
	override readonly status = 404;
	constructor(key = 'error_not_found', params?: Params) {
		super(key, params);
	}
}

export class Forbidden extends AppError {
	override readonly status = 403;
	constructor(key = 'error_forbidden', params?: Params) {
		super(key, params);
	}
}

export class Conflict extends AppError {
	override readonly status = 409;
}

/** Bad input: a form-level message and/or messages per field (all keys). */
export class Invalid extends AppError {
	override readonly status = 400;
	constructor(
		key = 'error_invalid_form',
		readonly fields: Record<string, string> = {},
		params?: Params
	) {
		super(key, params);
	}
}

export class RateLimited extends AppError {
	override readonly status = 429;
	constructor(readonly retryAfterSeconds: number) {
		super('error_rate_limited', { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });
	}
}
