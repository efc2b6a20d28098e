/**
 * Item analysis, pure. Facility: the mean share of a question's points earned
 * (1 = everyone right). Discrimination: the correlation between the question's
 * score and the score on the rest of the quiz (corrected item–total), so a
 * question that strong learners miss and weak ones get right shows up
 * negative. null when it cannot be computed (fewer than 3 attempts, or no spread).
 */
import type { QuestionContent } from './model';

export interface QuestionStat {
	questionId: number;
	content: QuestionContent;
	attempts: number;
	facility: number;
	discrimination: number | null;
}

export interface StatAttempt {
	questions: { id: number; points: number; content: QuestionContent }[];
	fraction: (questionId: number) => number;
}

function correlation(xs: number[], ys: number[]): number | null {
	const n = xs.length;
	if (n < 3) return null;
	const mx = xs.reduce((s, x) => s + x, 0) / n;
	const my = ys.reduce((s, y) => s + y, 0) / n;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		sxy += (xs[i] - mx) * (ys[i] - my);
		sxx += (xs[i] - mx) ** 2;
		syy += (ys[i] - my) ** 2;
	}
	if (sxx < 1e-12 || syy < 1e-12) return null;
	return sxy / Math.sqrt(sxx * syy);
}

export function questionStats(attempts: StatAttempt[]): QuestionStat[] {
	const order: number[] = [];
	const content = new Map<number, QuestionContent>();
	const per = new Map<number, { item: number[]; rest: number[] }>();
	for (const a of attempts) {
		const total = a.questions.reduce((s, q) => s + a.fraction(q.id) * q.points, 0);
		const max = a.questions.reduce((s, q) => s + q.points, 0);
		for (const q of a.questions) {
			if (!content.has(q.id)) {
				content.set(q.id, q.content);
				order.push(q.id);
				per.set(q.id, { item: [], rest: [] });
			}
			const f = a.fraction(q.id);
			const restMax = max - q.points;
			const p = per.get(q.id)!;
			p.item.push(f);
			p.rest.push(restMax > 0 ? (total - f * q.points) / restMax : 0);
		}
	}
	return order.map((id) => {
		const p = per.get(id)!;
		const r = correlation(p.item, p.rest);
		return {
			questionId: id,
			content: content.get(id)!,
			attempts: p.item.length,
			facility: Math.round((p.item.reduce((s, x) => s + x, 0) / p.item.length) * 1000) / 1000,
			discrimination: r === null ? null : Math.round(r * 100) / 100
		};
	});
}
