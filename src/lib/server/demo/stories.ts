/**
 * Demo success stories (issue 16): three councillors' stories resting on their
 * own records. Two carry a consent that covers reports (one "report", one
 * "public"); the third only an internal one, so it never goes into a report.
 */
import type { Db } from '../db/index';
import type { DemoContext } from './context';
import type { ConsentScope, StoryLinkKind } from '../stories/tables';

const STORIES: { learner: number; scope: ConsentScope; given: string; coach: 0 | 1; title: [string, string]; body: [string, string] }[] = [
	{
		learner: 1,
		scope: 'report',
		given: '2026-03-02',
		coach: 0,
		title: ['نساء الدواوير في برنامج عمل الجماعة', 'Les femmes des douars dans le programme d’action de la commune'],
		body: [
			'بعد لقاءات مع نساء ثلاثة دواوير، حملت المستشارة مطالبهن إلى دورة المجلس: الماء الصالح للشرب وإنارة الطريق إلى المدرسة. أُدرجت نقطتان في برنامج عمل الجماعة، وتشارك اليوم نساء الدواوير في لجنة المرافق العمومية.',
			'Après des rencontres avec les femmes de trois douars, la conseillère a porté leurs demandes en session du conseil : l’eau potable et l’éclairage du chemin de l’école. Deux points ont été inscrits au programme d’action de la commune, et les femmes des douars participent aujourd’hui à la commission des services publics.'
		]
	},
	{
		learner: 21,
		scope: 'public',
		given: '2026-04-10',
		coach: 1,
		title: ['مذكرة من أجل هيئة المساواة', 'Une note pour l’instance de l’équité'],
		body: [
			'ساندت المستشارة مذكرة جمعية محلية تطالب بتفعيل هيئة المساواة وتكافؤ الفرص ومقاربة النوع. دُرست المذكرة في المجلس واعتُمدت جزئيا.',
			'La conseillère a porté la note d’une association locale demandant l’activation de l’instance de l’équité, de l’égalité des chances et de l’approche genre. Le conseil l’a examinée et en partie adoptée.'
		]
	},
	{
		learner: 3,
		scope: 'internal',
		given: '2026-02-15',
		coach: 0,
		title: ['أول سؤال في دورة المجلس', 'Une première question en session'],
		body: ['طرحت المستشارة أول سؤال لها حول ميزانية التجهيز.', 'La conseillère a posé sa première question, sur le budget d’équipement.']
	}
];

export async function seedStories(db: Db, ctx: DemoContext): Promise<void> {
	for (const s of STORIES) {
		const learnerId = ctx.learnerIds[s.learner - 1];
		if (learnerId === undefined) continue;
		const by = ctx.trainerIds[s.coach];
		const { id } = await db
			.insertInto('success_story')
			.values({ learner_id: learnerId, title_ar: s.title[0], title_fr: s.title[1], body_ar: s.body[0], body_fr: s.body[1], created_by: by })
			.returning('id')
			.executeTakeFirstOrThrow();
		const [intervention, memo, goal] = await Promise.all([
			db.selectFrom('intervention').select('id').where('learner_id', '=', learnerId).where('status', '=', 'verified').orderBy('id').executeTakeFirst(),
			db.selectFrom('memo_carrier').select('memo_id as id').where('learner_id', '=', learnerId).orderBy('memo_id').executeTakeFirst(),
			db.selectFrom('plan_goal as g').innerJoin('development_plan as p', 'p.id', 'g.plan_id').select('g.id').where('p.learner_id', '=', learnerId).orderBy('g.id').executeTakeFirst()
		]);
		const links: { story_id: number; kind: StoryLinkKind; record_id: number }[] = [];
		if (intervention) links.push({ story_id: id, kind: 'intervention', record_id: intervention.id });
		if (memo) links.push({ story_id: id, kind: 'memo', record_id: memo.id });
		if (goal) links.push({ story_id: id, kind: 'plan_goal', record_id: goal.id });
		if (links.length) await db.insertInto('story_link').values(links).execute();
		await db.insertInto('story_consent').values({ story_id: id, scope: s.scope, given_on: s.given, recorded_by: by }).execute();
	}
}
