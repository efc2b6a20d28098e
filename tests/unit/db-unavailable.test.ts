import { describe, expect, it } from 'vitest';
import { DatabaseUnavailable, isConnectionError } from '../../src/lib/server/db/unavailable';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('which database failures mean "come back in a moment" (503)', () => {
	it('the connection ended or could not be opened', () => {
		expect(isConnectionError(pgError('57P01', 'terminating connection due to administrator command'))).toBe(true);
		expect(isConnectionError(pgError('57P03', 'the database system is starting up'))).toBe(true);
		expect(isConnectionError(pgError('08006'))).toBe(true);
		expect(isConnectionError(pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'))).toBe(true);
		expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
		expect(isConnectionError(new Error('Client has encountered a connection error and is not queryable'))).toBe(true);
		expect(isConnectionError(new DatabaseUnavailable(new Error('down')))).toBe(true);
	});

	it('not a statement the database refused: those stay the caller’s to handle', () => {
		expect(isConnectionError(pgError('23505', 'duplicate key value violates unique constraint'))).toBe(false);
		expect(isConnectionError(pgError('40001', 'could not serialize access'))).toBe(false);
		expect(isConnectionError(pgError('42P01', 'relation "x" does not exist'))).toBe(false);
		expect(isConnectionError('Connection terminated')).toBe(false);
	});
});
