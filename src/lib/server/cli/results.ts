import { computeIndicators } from '../results/indicators.service';
import { isIsoDate } from '../council/rules';
import { tr } from './messages';
import { CliError, withDb, type Command } from './shared';

/** Command-line commands of the results framework (registered in commands.ts). Aggregates only: never a name. */
export const resultsCommands: Record<string, Command> = {
	indicators: {
		summary: 'The programme indicators computed from verified records: target, value in the period, % of target, by province.',
		usage: '[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]',
		options: { from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } },
		async run({ values: v }) {
			const from = v.from === undefined ? null : String(v.from);
			const to = v.to === undefined ? null : String(v.to);
			for (const d of [from, to]) if (d !== null && !isIsoDate(d)) throw new CliError(tr('results_cli_bad_date', { value: d }), 2);
			if (from !== null && to !== null && from > to) throw new CliError(tr('results_err_order'), 2);
			const values = await withDb((db) => computeIndicators(db, { from, to }));
			const rows = values.map((i) => ({
				code: i.code,
				result: i.result,
				target: i.target,
				moreThan: i.moreThan,
				actual: i.actual,
				cumulative: i.cumulative,
				percent: i.percent,
				byProvince: Object.fromEntries(i.byProvince.map((b) => [b.label.fr || b.key, b.value])),
				evidenceCount: i.evidenceCount
			}));
			if (v.json) {
				console.log(JSON.stringify(rows, null, 2));
				return;
			}
			const head = ['code', 'result', 'target', 'actual', 'cumulative', '%', 'by province'];
			const lines = rows.map((r) => [
				r.code,
				r.result,
				r.target === null ? '-' : `${r.moreThan ? '>' : ''}${r.target}`,
				String(r.actual),
				String(r.cumulative),
				r.percent === null ? '-' : `${r.percent}%`,
				Object.entries(r.byProvince)
					.map(([p, n]) => `${p} ${n}`)
					.join(', ')
			]);
			const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
			for (const l of [head, ...lines]) console.log(l.map((c, i) => (i === l.length - 1 ? c : c.padEnd(widths[i]))).join('  '));
		}
	}
};
