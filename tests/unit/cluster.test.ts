import { describe, expect, it } from 'vitest';
import { workerCount } from '../../src/lib/server/cluster';

describe('how many app processes', () => {
	it('one on the embedded database, which allows a single process', () => {
		expect(workerCount({ WEB_CONCURRENCY: '4' })).toBe(1);
	});

	it('on PostgreSQL, WEB_CONCURRENCY or the cores (at most 4)', () => {
		expect(workerCount({ DATABASE_URL: 'postgres://x', WEB_CONCURRENCY: '3' })).toBe(3);
		const auto = workerCount({ DATABASE_URL: 'postgres://x' });
		expect(auto).toBeGreaterThanOrEqual(1);
		expect(auto).toBeLessThanOrEqual(4);
		expect(workerCount({ DATABASE_URL: 'postgres://x', WEB_CONCURRENCY: 'zero' })).toBe(auto);
	});
});
