import { describe, expect, it } from 'vitest';
import { workerCount } from '../../src/supervisor.js';

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

describe('the supervising primary', () => {
	it('runs on PostgreSQL whatever the number of app processes; the embedded database has none', async () => {
		const { supervised } = await import('../../src/supervisor.js');
		expect(supervised({ DATABASE_URL: 'postgres://x', WEB_CONCURRENCY: '1' })).toBe(true);
		expect(supervised({})).toBe(false);
	});

	it('replaces a process that ran a while at once, and waits longer each time one dies young', async () => {
		const { restartDelay } = await import('../../src/supervisor.js');
		expect(restartDelay(60_000, 8_000)).toBe(0);
		expect(restartDelay(500, 0)).toBe(1_000);
		expect(restartDelay(500, 1_000)).toBe(2_000);
		expect(restartDelay(500, 20_000)).toBe(30_000);
	});
});
