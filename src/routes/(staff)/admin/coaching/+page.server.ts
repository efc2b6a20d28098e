import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { overview } from '$lib/server/coaching/overview.repository';
import { modeText, needLabel, pct } from '$lib/server/web/coaching';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const locale = event.locals.locale;
	const o = await overview(db());
	const t = o.totals;
	return {
		held: t.held,
		target: o.settings.targetSessions,
		heldPct: Math.min(100, Math.round((t.held / o.settings.targetSessions) * 100)),
		learnersHeld: t.learners_held,
		activePlans: t.active_plans,
		supported: t.supported,
		both: t.both,
		bothPct: pct(t.supported ? Math.round((t.both / t.supported) * 100) : 0, locale),
		byMode: o.byMode.map((r) => ({ key: r.mode, label: modeText(r.mode), held: r.held })),
		byCommune: o.byCommune.map((r) => ({ province: locale === 'ar' ? r.province_ar : r.province_fr, commune: locale === 'ar' ? r.commune_ar : r.commune_fr, held: r.held, learners: r.learners })),
		byNeed: o.byNeed.map((r) => ({ key: r.code, label: needLabel(r.name, r.code, locale), held: r.held }))
	};
};
