/**
 * Geometry of the dashboard's charts, computed on the server with d3-scale/d3-shape: plain numbers and SVG
 * path strings, so the page draws them as static SVG (no JavaScript). In a right-to-left page the x axis is
 * mirrored: bars grow from the right edge and time runs from right to left.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';

export interface Bar {
	/** Left edge and width of the actual bar, in the SVG's user units. */
	x: number;
	width: number;
	/** Where the target mark sits (null without target). */
	targetX: number | null;
}

/** One actual-vs-target bar in a box `width` wide; the scale covers the larger of the two. */
export function bar(actual: number, target: number | null, width: number, rtl: boolean): Bar {
	const max = Math.max(actual, target ?? 0, 1);
	const x = scaleLinear()
		.domain([0, max])
		.range(rtl ? [width, 0] : [0, width]);
	const end = x(Math.max(actual, 0));
	const start = x(0);
	return { x: Math.min(start, end), width: Math.abs(end - start), targetX: target === null ? null : x(target) };
}

export interface LineChart {
	path: string;
	points: { x: number; y: number; month: string; value: number }[];
	/** y of the target line (null without target or when it is off the chart). */
	targetY: number | null;
	max: number;
}

/** A cumulative line over months, in a `width` × `height` box with `pad` units of margin. */
export function cumulativeLine(points: { month: string; value: number }[], target: number | null, width: number, height: number, rtl: boolean, pad = 6): LineChart {
	const max = Math.max(1, target ?? 0, ...points.map((p) => p.value));
	const x = scalePoint<string>()
		.domain(points.map((p) => p.month))
		.range(rtl ? [width - pad, pad] : [pad, width - pad])
		.padding(points.length === 1 ? 0.5 : 0);
	const y = scaleLinear()
		.domain([0, max])
		.range([height - pad, pad]);
	const at = points.map((p) => ({ x: x(p.month) ?? pad, y: y(p.value), month: p.month, value: p.value }));
	const path =
		line<{ x: number; y: number }>()
			.x((p) => p.x)
			.y((p) => p.y)(at) ?? '';
	return { path, points: at, targetY: target === null ? null : y(target), max };
}

/** Round to one decimal, for SVG attributes that stay short. */
export const r1 = (n: number) => Math.round(n * 10) / 10;
