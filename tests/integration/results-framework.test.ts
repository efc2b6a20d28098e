import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { Invalid } from '../../src/lib/server/errors';
import { listIndicators } from '../../src/lib/server/results/framework.repository';
import { addPeriodTarget, removePeriodTarget, saveComment, saveIndicator, type IndicatorInput } from '../../src/lib/server/results/framework.service';
import { computeIndicators } from '../../src/lib/server/results/indicators.service';
import { freshDb } from './db';
import { makeUser } from './factories';

let h: DbHandle;
let admin: { id: number };
let r31: number;

beforeAll(async () => {
	h = await freshDb();
	admin = await makeUser(h.db, { role: 'admin' });
	r31 = (await listIndicators(h.db)).find((i) => i.code === 'R3.1')!.id;
});
afterAll(async () => {
	await h?.close();
});

const valid = (over: Partial<IndicatorInput> = {}): IndicatorInput => ({
	statementAr: 'المذكرات المدروسة',
	statementFr: 'Mémos examinés',
	statementZgh: '',
	unitAr: 'مذكرة',
	unitFr: 'mémos',
	unitZgh: '',
	direction: 'up',
	baseline: '0',
	baselineDate: '2025-12-10',
	baselineSource: 'Étude diagnostique',
	target: '8',
	moreThan: false,
	verification: 'PV',
	responsible: 'Coordination',
	...over
});
const audits = (action: string) => h.db.selectFrom('audit_event').select(['before', 'after', 'actor_id']).where('action', '=', action).execute();

describe('editing the framework', () => {
	it('refuses bad fields all at once and changes nothing', async () => {
		const err = await saveIndicator(h.db, admin, r31, valid({ statementFr: ' ', baseline: 'beaucoup', baselineDate: '2025-02-30', target: '-1' })).catch((e) => e);
		expect(err).toBeInstanceOf(Invalid);
		expect((err as Invalid).fields).toEqual({ statementFr: 'results_err_required', baseline: 'results_err_number', baselineDate: 'results_err_date', target: 'results_err_number' });
		expect(await audits('results.indicator.update')).toEqual([]);
	});

	it('saves an indicator, audited with before and after; the figures keep being computed', async () => {
		await saveIndicator(h.db, admin, r31, valid({ target: '10', moreThan: true, baseline: '1,5' }));
		const ind = (await listIndicators(h.db)).find((i) => i.id === r31)!;
		expect(ind).toMatchObject({ target: 10, moreThan: true, baseline: 1.5, baselineDate: '2025-12-10', statement: { ar: 'المذكرات المدروسة', fr: 'Mémos examinés' } });
		const [a] = await audits('results.indicator.update');
		expect(a.actor_id).toBe(admin.id);
		expect(a.before).toMatchObject({ target: 8, moreThan: false });
		expect(a.after).toMatchObject({ target: 10, moreThan: true });
		const v = (await computeIndicators(h.db, { from: null, to: null })).find((x) => x.code === 'R3.1')!;
		expect(v).toMatchObject({ target: 10, moreThan: true, cumulative: 0, percent: 0 });
	});

	it('period targets and comments belong to exactly their period', async () => {
		await expect(addPeriodTarget(h.db, admin, r31, { from: '2026-07-01', to: '2026-01-01', target: '3' })).rejects.toBeInstanceOf(Invalid);
		await addPeriodTarget(h.db, admin, r31, { from: '2026-01-01', to: '2026-06-30', target: '3' });
		await saveComment(h.db, admin, r31, { from: '2026-01-01', to: '2026-06-30', body: 'Deux mémos en cours d’examen.' });
		await saveComment(h.db, admin, r31, { from: '', to: '', body: 'Depuis le début.' });
		const find = async (from: string | null, to: string | null) => (await computeIndicators(h.db, { from, to })).find((x) => x.code === 'R3.1')!;
		expect(await find('2026-01-01', '2026-06-30')).toMatchObject({ periodTarget: 3, comment: 'Deux mémos en cours d’examen.' });
		expect(await find(null, null)).toMatchObject({ periodTarget: null, comment: 'Depuis le début.' });
		expect(await find('2026-01-01', '2026-03-31')).toMatchObject({ periodTarget: null, comment: null });
		// Writing again replaces; an empty text removes.
		await saveComment(h.db, admin, r31, { from: '2026-01-01', to: '2026-06-30', body: 'Trois mémos.' });
		expect((await find('2026-01-01', '2026-06-30')).comment).toBe('Trois mémos.');
		await saveComment(h.db, admin, r31, { from: '2026-01-01', to: '2026-06-30', body: '' });
		expect((await find('2026-01-01', '2026-06-30')).comment).toBeNull();
		expect((await audits('results.comment')).length).toBe(4);
		const t = await h.db.selectFrom('indicator_target').select('id').where('indicator_id', '=', r31).executeTakeFirstOrThrow();
		await removePeriodTarget(h.db, admin, r31, t.id);
		expect((await find('2026-01-01', '2026-06-30')).periodTarget).toBeNull();
		expect((await audits('results.target.delete')).length).toBe(1);
	});
});
