/**
 * Demo council participation (issue 15): sittings in the demo communes over the
 * programme's period (October 2025 to June 2026, none after `now`), 26
 * interventions by 14 councillors (most verified, some submitted, one returned,
 * two drafts), 8 memos at every stage (5 examined), and 17 of the 20 communes
 * engaged by the default rule, with activities and participants by sex.
 */
import type { Db } from '../db/index';
import type { DemoContext } from './context';
import { moroccoDay } from '../council/rules';
import type { ActivityType, Audience, EngagementStatus, InterventionKind, InterventionStatus, MemoBody, MemoOutcome, MemoStatus, MemoSubject, Outcome, SittingType } from '../council/tables';

const SITTINGS: [string, SittingType][] = [
	['2025-10-06', 'ordinary'],
	['2025-12-15', 'extraordinary'],
	['2026-01-20', 'committee'],
	['2026-02-03', 'ordinary'],
	['2026-03-24', 'extraordinary'],
	['2026-05-05', 'ordinary']
];

const KIND_CYCLE: InterventionKind[] = ['question', 'statement', 'agenda_proposal', 'amendment', 'vote_explanation', 'committee_report'];
const OUTCOME_CYCLE: Outcome[] = ['adopted', 'no_decision', 'deferred', 'adopted', 'rejected', 'not_applicable'];
const SUMMARIES: [string, 'ar' | 'fr', string[]][] = [
	['سؤال حول حصة النساء من ميزانية التجهيز وطلب أرقام مفصلة حسب الجنس.', 'ar', ['budget', 'gender_equality']],
	['ترافع من أجل إنارة الطريق المؤدية إلى المدرسة لتأمين تنقل الفتيات.', 'ar', ['services', 'gender_equality']],
	['Proposition d’inscrire à l’ordre du jour la création de l’instance de l’équité et de l’égalité des chances.', 'fr', ['gender_equality']],
	['تعديل لتخصيص اعتماد لدعم التعاونيات النسائية في برنامج عمل الجماعة.', 'ar', ['action_programme', 'budget']],
	['Explication de vote sur le budget : demande d’indicateurs ventilés par sexe.', 'fr', ['budget']],
	['تقرير لجنة المرافق العمومية حول الماء الصالح للشرب في الدواوير.', 'ar', ['services', 'infrastructure']]
];

/** [learner number, status]: learners 1–12 two each, 13 and 14 one each. */
function plan(): [number, InterventionStatus][] {
	const out: [number, InterventionStatus][] = [];
	for (let n = 1; n <= 14; n++) for (let k = 0; k < (n <= 12 ? 2 : 1); k++) out.push([n, 'verified']);
	// Learner 1: one verified, one draft. Learner 7: a draft. Learner 3: one returned. Four waiting in the queue.
	out[1][1] = 'draft';
	out[13][1] = 'draft';
	out[5][1] = 'returned';
	for (const i of [8, 11, 17, 24]) out[i][1] = 'submitted';
	return out;
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T10:00:00Z`) + n * 86_400_000);

export async function seedCouncil(db: Db, ctx: DemoContext): Promise<void> {
	const today = moroccoDay(ctx.now);
	const learners = await db.selectFrom('app_user').select(['id', 'commune_id']).where('id', 'in', ctx.learnerIds).execute();
	const communeOf = new Map(learners.map((l) => [l.id, l.commune_id]));
	const communeIds = [...new Set(ctx.learnerIds.map((id) => communeOf.get(id)).filter((c): c is number => c != null))];
	if (communeIds.length === 0) return;
	const topics = new Map((await db.selectFrom('council_topic').select(['id', 'code']).execute()).map((t) => [t.code, t.id]));

	// Sittings: each commune's, over the period, none in the future.
	const sittingsOf = new Map<number, { id: number; date: string; type: SittingType }[]>();
	for (const [i, communeId] of communeIds.entries()) {
		const rows = SITTINGS.filter(([d, type], k) => d <= today && (type === 'ordinary' || (i + k) % 2 === 0)).map(([d, type]) => ({
			commune_id: communeId,
			sitting_date: d,
			type,
			agenda: type === 'ordinary' ? 'الميزانية، برنامج عمل الجماعة، الشراكات' : null,
			created_by: ctx.trainerIds[0]
		}));
		if (!rows.length) continue;
		const ins = await db.insertInto('council_sitting').values(rows).returning(['id', 'sitting_date', 'type']).execute();
		sittingsOf.set(communeId, ins.map((r, k) => ({ id: r.id, date: rows[k].sitting_date, type: r.type })));
	}

	for (const [k, [n, status]] of plan().entries()) {
		const learnerId = ctx.learnerIds[n - 1];
		const sittings = sittingsOf.get(communeOf.get(learnerId) ?? -1) ?? [];
		if (!sittings.length) continue;
		// Ordinary and extraordinary sittings mostly; a committee now and then.
		const sitting = sittings[(k * 3 + n) % sittings.length];
		const [summary, lang, tags] = SUMMARIES[k % SUMMARIES.length];
		const at = (days: number) => {
			const d = addDays(sitting.date, days);
			return d > ctx.now ? ctx.now : d;
		};
		const verifier = ctx.trainerIds[k % 2];
		// Councillor 13's was typed in by her coach (trainer1 coaches 1–20): "or her coach does it for her".
		const enteredBy = n === 13 ? ctx.trainerIds[0] : learnerId;
		const row = await db
			.insertInto('intervention')
			.values({
				learner_id: learnerId,
				sitting_id: sitting.id,
				agenda_item: sitting.type === 'committee' ? 'تقرير اللجنة' : 'دراسة مشروع الميزانية',
				kind: KIND_CYCLE[k % KIND_CYCLE.length],
				summary,
				summary_lang: lang,
				gender: tags.includes('gender_equality') || k % 3 === 0,
				outcome: OUTCOME_CYCLE[k % OUTCOME_CYCLE.length],
				evidence_url: status === 'draft' ? null : `https://example.org/amssawas/pv/${sitting.id}.pdf`,
				status,
				return_reason: status === 'returned' ? 'الرابط لا يفتح: أرفقي صورة صفحة المحضر التي تذكر مداخلتك.' : null,
				created_by: enteredBy,
				created_at: at(1),
				updated_at: at(status === 'verified' ? 5 : 2),
				verified_at: status === 'verified' ? at(5) : null,
				verified_by: status === 'verified' ? verifier : null
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const tagIds = tags.map((t) => topics.get(t)).filter((t): t is number => t !== undefined);
		if (tagIds.length) await db.insertInto('intervention_topic').values(tagIds.map((topic_id) => ({ intervention_id: row.id, topic_id }))).execute();
		const events: { from: InterventionStatus | null; to: InterventionStatus; actor: number; day: number; reason?: string }[] = [{ from: null, to: 'draft', actor: enteredBy, day: 1 }];
		if (status !== 'draft') events.push({ from: 'draft', to: 'submitted', actor: enteredBy, day: 2 });
		if (status === 'verified') events.push({ from: 'submitted', to: 'verified', actor: verifier, day: 5 });
		if (status === 'returned') events.push({ from: 'submitted', to: 'returned', actor: verifier, day: 4, reason: 'الرابط لا يفتح: أرفقي صورة صفحة المحضر التي تذكر مداخلتك.' });
		await db
			.insertInto('intervention_event')
			.values(events.map((e) => ({ intervention_id: row.id, actor_id: e.actor, from_status: e.from, to_status: e.to, reason: e.reason ?? null, at: at(e.day) })))
			.execute();
	}

	await seedMemos(db, ctx, communeIds, today);
	await seedEngagement(db, ctx, communeIds, today);
}

const MEMOS: [string, string, MemoSubject, MemoStatus, MemoBody | null, MemoOutcome][] = [
	['مذكرة حول إدماج مقاربة النوع في برنامج عمل الجماعة', 'Mémorandum sur le genre dans le programme d’action de la commune', 'action_programme', 'examined', 'council_session', 'adopted'],
	['رأي استشاري حول ميزانية 2026 المستجيبة للنوع', 'Avis consultatif sur un budget 2026 sensible au genre', 'budget', 'examined', 'committee', 'partly_adopted'],
	['مذكرة حول تصميم فضاء للنساء والأطفال', 'Mémorandum sur la conception d’un espace femmes et enfants', 'project_design', 'examined', 'parity_body', 'adopted'],
	['مذكرة حول النقل المدرسي للفتيات', 'Mémorandum sur le transport scolaire des filles', 'project_design', 'examined', 'bureau', 'pending'],
	['رأي استشاري حول الإنارة العمومية والأمن', 'Avis consultatif sur l’éclairage public et la sécurité', 'other', 'examined', 'committee', 'rejected'],
	['مذكرة حول دعم التعاونيات النسائية', 'Mémorandum sur l’appui aux coopératives de femmes', 'budget', 'registered', null, 'pending'],
	['مذكرة حول الولوج إلى الماء في الدواوير', 'Mémorandum sur l’accès à l’eau dans les douars', 'action_programme', 'submitted', null, 'pending'],
	['مذكرة حول تمثيلية النساء في اللجان', 'Mémorandum sur la place des femmes dans les commissions', 'other', 'drafted', null, 'pending']
];

async function seedMemos(db: Db, ctx: DemoContext, communeIds: number[], today: string) {
	const order: MemoStatus[] = ['drafted', 'submitted', 'registered', 'examined'];
	const clamp = (d: string) => (d > today ? today : d);
	for (const [k, [ar, fr, subject, status, body, outcome]] of MEMOS.entries()) {
		const reached = (s: MemoStatus) => order.indexOf(status) >= order.indexOf(s);
		const drafted = clamp(`2025-${String(10 + (k % 3)).padStart(2, '0')}-1${k % 9}`);
		const submitted = clamp(`2025-12-0${1 + (k % 8)}`);
		const registered = clamp(`2025-12-2${k % 9}`);
		const examined = clamp(`2026-0${2 + (k % 4)}-1${k % 9}`);
		const memo = await db
			.insertInto('memo')
			.values({
				title_ar: ar,
				title_fr: fr,
				organisation: k % 2 ? 'جمعية الانطلاقة' : 'Association Tanmia Azilal',
				subject,
				status,
				drafted_on: drafted,
				submitted_on: reached('submitted') ? submitted : null,
				registered_on: reached('registered') ? registered : null,
				examined_on: reached('examined') ? examined : null,
				examined_by: reached('examined') ? body : null,
				outcome,
				outcome_on: reached('examined') && outcome !== 'pending' ? examined : null,
				verified_at: reached('examined') ? addDays(examined, 7) : null,
				verified_by: reached('examined') ? ctx.adminId : null,
				created_by: ctx.adminId
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const addressed = k === 0 ? communeIds.slice(0, 3) : [communeIds[k % communeIds.length]];
		await db.insertInto('memo_commune').values(addressed.map((commune_id) => ({ memo_id: memo.id, commune_id }))).execute();
		await db.insertInto('memo_carrier').values([ctx.learnerIds[k], ctx.learnerIds[k + 20]].map((learner_id) => ({ memo_id: memo.id, learner_id }))).execute();
		const events: { step: 'drafted' | 'submitted' | 'registered' | 'examined' | 'outcome' | 'verified'; on: string; body?: MemoBody | null; outcome?: MemoOutcome; url?: string }[] = [{ step: 'drafted', on: drafted }];
		if (reached('submitted')) events.push({ step: 'submitted', on: submitted, url: `https://example.org/amssawas/memo-${k + 1}/recu.pdf` });
		if (reached('registered')) events.push({ step: 'registered', on: registered });
		if (reached('examined')) {
			events.push({ step: 'examined', on: examined, body, url: `https://example.org/amssawas/memo-${k + 1}/pv.pdf` });
			if (outcome !== 'pending') events.push({ step: 'outcome', on: examined, outcome });
			events.push({ step: 'verified', on: clamp(addDays(examined, 7).toISOString().slice(0, 10)) });
		}
		await db
			.insertInto('memo_event')
			.values(events.map((e) => ({ memo_id: memo.id, step: e.step, on_date: e.on, body: e.body ?? null, outcome: e.outcome ?? null, url: e.url ?? null, actor_id: ctx.adminId })))
			.execute();
	}
}

async function seedEngagement(db: Db, ctx: DemoContext, communeIds: number[], today: string) {
	const rows: { commune_id: number; status: EngagementStatus; contacted_on: string; agreement_on: string | null; engaged_on: string | null; active_on: string | null; evidence_url: string | null; updated_by: number }[] = [];
	const activities: { commune_id: number; held_on: string; type: ActivityType; audience: Audience; women: number; men: number; evidence_url: string | null; created_by: number }[] = [];
	const clamp = (d: string) => (d > today ? today : d);
	for (const [i, communeId] of communeIds.entries()) {
		// 0–11: agreement signed (some engaged, some active); 12–16: contacted, with an activity for elected officials or staff;
		// 17: contacted only; 18: an activity with civil society only; 19: nothing yet. 17 engaged by the default rule.
		const signed = i < 12;
		const status: EngagementStatus = i < 4 ? 'active' : i < 8 ? 'engaged' : signed ? 'agreement_signed' : 'contacted';
		if (i < 19) {
			rows.push({
				commune_id: communeId,
				status,
				contacted_on: clamp('2025-10-0' + (1 + (i % 9))),
				agreement_on: signed ? clamp(`2025-11-${String(3 + i).padStart(2, '0')}`) : null,
				engaged_on: i < 8 ? clamp('2026-01-15') : null,
				active_on: i < 4 ? clamp('2026-03-10') : null,
				evidence_url: signed ? `https://example.org/amssawas/convention-${i + 1}.pdf` : null,
				updated_by: ctx.adminId
			});
		}
		const add = (held: string, type: ActivityType, audience: Audience, women: number, men: number) =>
			activities.push({ commune_id: communeId, held_on: clamp(held), type, audience, women, men, evidence_url: `https://example.org/amssawas/activite-${i + 1}-${activities.length + 1}.jpg`, created_by: ctx.trainerIds[i % 2] });
		if (i < 17) add('2025-11-20', i % 2 ? 'awareness' : 'workshop', i % 3 === 0 ? 'staff' : 'elected', 4 + (i % 5), 9 + (i % 7));
		if (i < 8) add('2026-02-17', 'mobilisation', 'civil_society', 12 + i, 6 + (i % 4));
		if (i === 18) add('2026-01-28', 'awareness', 'civil_society', 15, 4);
	}
	if (rows.length) await db.insertInto('commune_engagement').values(rows).execute();
	if (activities.length) await db.insertInto('engagement_activity').values(activities).execute();
}

/**
 * Once plans exist (the coaching demo runs after this one): the first verified intervention of
 * councillors 1–6 serves the first goal of her plan and is that goal's evidence.
 */
export async function linkDemoInterventionsToGoals(db: Db, ctx: DemoContext): Promise<void> {
	for (const learnerId of ctx.learnerIds.slice(0, 6)) {
		const goal = await db
			.selectFrom('plan_goal as g')
			.innerJoin('development_plan as p', 'p.id', 'g.plan_id')
			.select('g.id')
			.where('p.learner_id', '=', learnerId)
			.orderBy('g.position')
			.orderBy('g.id')
			.executeTakeFirst();
		const it = await db.selectFrom('intervention').select(['id', 'verified_by']).where('learner_id', '=', learnerId).where('status', '=', 'verified').orderBy('id').executeTakeFirst();
		if (!goal || !it) continue;
		await db.updateTable('intervention').set({ goal_id: goal.id }).where('id', '=', it.id).execute();
		await db.insertInto('goal_evidence').values({ goal_id: goal.id, kind: 'intervention', intervention_id: it.id, note: '', added_by: it.verified_by }).execute();
	}
}
