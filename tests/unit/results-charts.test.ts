import { describe, expect, it } from 'vitest';
import { bar, cumulativeLine } from '../../src/lib/server/results/charts';

describe('chart geometry', () => {
	it('draws a bar from the left in ltr and from the right in rtl', () => {
		expect(bar(10, 20, 200, false)).toEqual({ x: 0, width: 100, targetX: 200 });
		expect(bar(10, 20, 200, true)).toEqual({ x: 100, width: 100, targetX: 0 });
		expect(bar(30, 20, 300, false)).toMatchObject({ width: 300, targetX: 200 });
		expect(bar(0, null, 100, true)).toEqual({ x: 100, width: 0, targetX: null });
	});
	it('runs time right to left in rtl', () => {
		const pts = [{ month: '2026-01', value: 1 }, { month: '2026-02', value: 3 }];
		const ltr = cumulativeLine(pts, 4, 100, 50, false);
		const rtl = cumulativeLine(pts, 4, 100, 50, true);
		expect(ltr.points[0].x).toBeLessThan(ltr.points[1].x);
		expect(rtl.points[0].x).toBeGreaterThan(rtl.points[1].x);
		expect(ltr.path).toMatch(/^M/);
		expect(ltr.targetY).toBeLessThan(ltr.points[1].y);
	});
});
