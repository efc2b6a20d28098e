// Demo coaching (issue 14): trainer1 coaches councillors 1–20, trainer2 21–40. One held
// session with each, follow-ups for a third, sessions planned in the coming two weeks,
// in person and remote (two hybrid), support contacts, a plan with 2–3 goals for everyone,
// some overdue actions, and three councillors (7, 18, 33) with no contact for six weeks.
import type { Db } from '../db/index';
import { fromLocal, localDay } from '../time';
import type { Insertable } from 'kysely';
import type { CoachingMode, CoachingSessionTable, ContactMode } from '../coaching/tables';
import type { DemoContext } from './context';

const DAY = 86_400_000;
const NEEDS = ['public_speaking', 'leadership_posture', 'reading_budgets', 'advocacy', 'committee_work', 'handling_resistance'];
export const DEMO_SILENT = [7, 18, 33];

const SUMMARIES = [
	'راجعنا جدول أعمال الدورة العادية القادمة واخترنا نقطة واحدة للتدخل فيها.',
	'تمرين على مداخلة من ثلاث دقائق حول ميزانية التسيير، مع التركيز على الأرقام الأساسية.',
	'Nous avons préparé une question écrite pour la commission des finances.',
	'تحدثنا عن طريقة الرد على المقاطعة خلال الدورة وعن حلفاء محتملين داخل المجلس.'
];
const NOTES = ['ملاحظة خاصة بالمدربة: تبدو قلقة من رد فعل الرئيس، نعود لهذا لاحقا.', 'Note privée : tension avec un autre élu, à suivre avec prudence.'];
const GOALS: [string | null, string][] = [
	['public_speaking', 'أن أتكلم في الدورة دون أن أقرأ من الورقة'],
	['reading_budgets', 'أن أفهم جدول ميزانية الجماعة وأطرح سؤالا عنه'],
	['advocacy', 'Défendre un projet pour les femmes rurales au conseil'],
	[null, 'أن أشارك في لجنة المرافق العمومية']
];

function at(now: Date, daysFromNow: number, time: string): Date {
	return fromLocal(localDay(new Date(now.getTime() + daysFromNow * DAY)), time)!;
}

export async function seedCoaching(db: Db, ctx: DemoContext): Promise<void> {
	const { now, learnerIds, trainerIds, adminId } = ctx;
	const needIds = new Map((await db.selectFrom('coaching_need').select(['id', 'code']).execute()).map((n) => [n.code, n.id]));
	const coachOf = (n: number) => trainerIds[n <= 20 ? 0 : 1];
	await db
		.insertInto('coach_assignment')
		.values(learnerIds.map((id, i) => ({ coach_id: coachOf(i + 1), learner_id: id, assigned_by: adminId, assigned_at: new Date(now.getTime() - 70 * DAY) })))
		.execute();

	for (let n = 1; n <= learnerIds.length; n++) {
		const learnerId = learnerIds[n - 1];
		const coachId = coachOf(n);
		const silent = DEMO_SILENT.includes(n);
		// Two hybrid sessions (councillors 5 and 26); otherwise a mix of in person, video and phone.
		const mode: CoachingMode = n === 5 || n === 26 ? 'hybrid' : (['in_person', 'video', 'phone', 'in_person'] as const)[n % 4];
		const firstDaysAgo = silent ? -(43 + (n % 5)) : -(12 + (n % 18));
		const first = await addSession(db, {
			learner_id: learnerId, coach_id: coachId, starts_at: at(now, firstDaysAgo, n % 2 ? '10:00' : '15:30'), minutes: 60, mode,
			place: mode === 'in_person' || mode === 'hybrid' ? 'مقر الجماعة' : null, meeting_url: mode === 'video' || mode === 'hybrid' ? 'https://meet.jit.si/amssawas-coaching' : null,
			status: 'held', summary: SUMMARIES[n % SUMMARIES.length], private_notes: n % 3 === 1 ? NOTES[n % 2] : '', created_by: coachId
		}, [NEEDS[n % 6], NEEDS[(n + 2) % 6]].map((c) => needIds.get(c)!));
		// Actions from the first session: hers (one overdue for every fourth), and one for the coach.
		await db
			.insertInto('coaching_action')
			.values([
				{ learner_id: learnerId, session_id: first, owner: 'learner', text: 'قراءة محضر الدورة السابقة', due_on: localDay(new Date(now.getTime() + (n % 4 === 0 ? -5 : 6) * DAY)), status: n % 5 === 3 ? 'done' : 'open', closed_at: n % 5 === 3 ? now : null },
				{ learner_id: learnerId, session_id: first, owner: 'coach', text: 'Envoyer le modèle de question écrite', due_on: localDay(new Date(now.getTime() + (firstDaysAgo + 3) * DAY)), status: silent ? 'open' : 'done', closed_at: silent ? null : now }
			])
			.execute();
		if (silent) {
			await addPlan(db, learnerId, coachId, n, now, first, needIds);
			continue;
		}
		// A follow-up for about a third of them.
		if (n % 3 === 0) {
			await addSession(db, {
				learner_id: learnerId, coach_id: coachId, starts_at: at(now, -(3 + (n % 6)), '11:00'), minutes: 45, mode: n % 2 ? 'phone' : 'video',
				place: null, meeting_url: n % 2 ? null : 'https://meet.jit.si/amssawas-coaching', status: 'held', summary: SUMMARIES[(n + 1) % SUMMARIES.length], private_notes: '', created_by: coachId
			}, [needIds.get(NEEDS[(n + 1) % 6])!]);
		}
		if (n % 9 === 4) {
			await addSession(db, { learner_id: learnerId, coach_id: coachId, starts_at: at(now, -2, '09:00'), minutes: 60, mode: 'phone', place: null, meeting_url: null, status: 'missed', status_reason: 'لم تجب على الهاتف', summary: '', private_notes: '', created_by: coachId }, []);
		}
		// Planned sessions in the coming two weeks for half of them.
		if (n % 2 === 0) {
			await addSession(db, {
				learner_id: learnerId, coach_id: coachId, starts_at: at(now, 1 + (n % 13), n % 4 ? '10:00' : '16:00'), minutes: 60, mode: n % 4 ? 'in_person' : 'video',
				place: n % 4 ? 'مقر الجماعة' : null, meeting_url: n % 4 ? null : 'https://meet.jit.si/amssawas-coaching', status: 'planned', summary: '', private_notes: '', created_by: coachId
			}, [needIds.get(NEEDS[n % 6])!]);
		}
		// Support contacts between sessions: the hybrid mechanism's day-to-day trace.
		const modes: ContactMode[] = ['whatsapp', 'call', 'preparation', 'visit', 'sms'];
		await db
			.insertInto('support_contact')
			.values(
				Array.from({ length: 1 + (n % 3) }, (_, k) => ({
					learner_id: learnerId, coach_id: coachId, mode: modes[(n + k) % modes.length],
					note: k === 0 ? 'تذكير بموعد الدورة الاستثنائية' : 'Préparation de son intervention sur le budget', at: at(now, -(1 + k * 4 + (n % 3)), '18:00')
				}))
			)
			.execute();
		await addPlan(db, learnerId, coachId, n, now, first, needIds);
	}
}

async function addSession(db: Db, v: Insertable<CoachingSessionTable>, needs: number[]) {
	const { id } = await db.insertInto('coaching_session').values(v).returning('id').executeTakeFirstOrThrow();
	if (needs.length) await db.insertInto('coaching_session_need').values(needs.map((need_id) => ({ session_id: id, need_id }))).execute();
	return id;
}

async function addPlan(db: Db, learnerId: number, coachId: number, n: number, now: Date, sessionId: number, needIds: Map<string, number>) {
	const status = n % 8 === 0 ? 'draft' : 'active';
	const plan = await db
		.insertInto('development_plan')
		.values({ learner_id: learnerId, status, approved_by: status === 'active' ? coachId : null, approved_at: status === 'active' ? now : null })
		.returning('id')
		.executeTakeFirstOrThrow();
	const count = 2 + (n % 2);
	for (let k = 0; k < count; k++) {
		const [code, text] = GOALS[(n + k) % GOALS.length];
		const needId = code ? needIds.get(code)! : null;
		const baseline = 1 + ((n + k) % 3);
		const { id: goalId } = await db
			.insertInto('plan_goal')
			.values({ plan_id: plan.id, need_id: needId, text, baseline, target: Math.min(5, baseline + 2), status: status === 'active' ? 'active' : 'draft', position: k + 1 })
			.returning('id')
			.executeTakeFirstOrThrow();
		// A review for most: her rating, and the coach's on the first goal.
		if (n % 6 !== 0 && k < 2) {
			await db
				.insertInto('goal_review')
				.values({ goal_id: goalId, learner_rating: Math.min(5, baseline + 1), coach_rating: k === 0 ? Math.min(5, baseline + 1) : null, comment: k === 0 ? 'تقدمت كثيرا في التحضير' : '', author_id: k === 0 ? coachId : learnerId, approved_by: k === 0 ? coachId : null, approved_at: k === 0 ? new Date(now.getTime() - 2 * DAY) : null, created_at: new Date(now.getTime() - (k + 2) * DAY) })
				.execute();
		}
		if (k === 0) await db.insertInto('goal_evidence').values({ goal_id: goalId, kind: 'session', session_id: sessionId, note: '', added_by: coachId }).execute();
	}
}
