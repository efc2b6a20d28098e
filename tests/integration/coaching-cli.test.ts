import { describe, expect, it } from 'vitest';
import { cliEnvironment } from './cli-env';

const { cli } = cliEnvironment('coaching-cli');

interface Row { learner: string; coach: string; startsAt: string; minutes: number; mode: string; status: string; needs: string[] }

describe('coaching from the command line', () => {
	it('coaching:list and plans:list keep their contract and never print the private notes', { timeout: 240_000 }, () => {
		expect(cli('demo:seed').code).toBe(0);
		const all = cli('coaching:list', '--json');
		expect(all.code).toBe(0);
		const rows = JSON.parse(all.out) as Row[];
		expect(all.out).not.toMatch(/private|notes|ملاحظة خاصة|Note privée/i);
		expect(rows[0]).toEqual(expect.objectContaining({ learner: expect.any(String), coach: expect.any(String), startsAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/), minutes: expect.any(Number), mode: expect.any(String), status: expect.any(String), needs: expect.any(Array) }));
		const held = rows.filter((r) => r.status === 'held');
		expect(new Set(held.map((r) => r.learner)).size).toBe(40);
		expect(new Set(rows.map((r) => r.mode))).toEqual(new Set(['in_person', 'video', 'phone', 'hybrid']));
		expect(rows.flatMap((r) => r.needs).every((n) => /^[a-z_]+$/.test(n))).toBe(true);

		const mine = JSON.parse(cli('coaching:list', '--learner', '0600000001', '--status', 'held', '--json').out) as Row[];
		expect(mine.length).toBeGreaterThan(0);
		expect(mine.every((r) => r.learner === '+212600000001' && r.coach === 'trainer1@amssawas.ma' && r.status === 'held')).toBe(true);

		const bad = cli('coaching:list', '--status', 'done');
		expect(bad.code).toBe(2);
		const nobody = cli('coaching:list', '--learner', '0699999999');
		expect(nobody.code).toBe(1);
		expect(nobody.err).toContain('Compte introuvable : 0699999999.');

		const plans = JSON.parse(cli('plans:list', '--json').out) as { learner: string; status: string; goals: number; reviews: number; lastReviewAt: string | null }[];
		expect(plans).toHaveLength(40);
		expect(plans.every((p) => p.goals >= 2 && p.goals <= 3)).toBe(true);
		expect(plans.filter((p) => p.reviews > 0).length).toBeGreaterThan(30);
		expect(Object.keys(plans[0]).sort()).toEqual(['goals', 'lastReviewAt', 'learner', 'reviews', 'status']);
	});
});
