import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * Statements with more parameters than this stay unnamed: they are mostly
 * `in (…)` lists and bulk inserts, whose text changes with their length, and
 * naming them would grow each connection's set of prepared statements.
 */
const MAX_PARAMS = 16;
const names = new Map<string, string>();
const MAX_NAMES = 2_000;

/** A stable name per statement text ("k" + 20 hex characters of its SHA-1). */
export function statementName(text: string): string {
	let name = names.get(text);
	if (!name) {
		if (names.size >= MAX_NAMES) names.clear();
		name = `k${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
		names.set(text, name);
	}
	return name;
}

type Query = (...args: unknown[]) => unknown;

/**
 * Makes a pooled client send Kysely's parameterised statements as named
 * prepared statements: PostgreSQL then parses each once per connection and,
 * after a few runs, reuses its plan. Planning the module and roll-call queries
 * cost more than running them (0.55 ms against 0.14 ms for the roster), so
 * this is most of the database's share of a page. Queries without parameters
 * (migrations, several statements at once) and cursors are left alone.
 */
export function prepareStatements(client: pg.PoolClient): void {
	const query = client.query.bind(client) as Query;
	(client as unknown as { query: Query }).query = (text: unknown, values?: unknown, ...rest: unknown[]) => {
		if (typeof text === 'string' && Array.isArray(values) && values.length > 0 && values.length <= MAX_PARAMS && rest.length === 0) {
			return query({ name: statementName(text), text, values });
		}
		return query(text, values, ...rest);
	};
}
