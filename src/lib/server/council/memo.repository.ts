/** All SQL about advisory memos and their lifecycle. */
import { sql } from 'kysely';
import type { Db } from '../db/index';
import type { MemoBody, MemoOutcome, MemoStatus, MemoStep, MemoSubject } from './tables';

export interface MemoEventView {
	step: MemoStep;
	onDate: string;
	body: MemoBody | null;
	outcome: MemoOutcome | null;
	fileId: number | null;
	url: string | null;
	note: string | null;
}

export interface MemoView {
	id: number;
	titleAr: string;
	titleFr: string;
	organisation: string;
	subject: MemoSubject;
	status: MemoStatus;
	submittedOn: string | null;
	registeredOn: string | null;
	examinedOn: string | null;
	examinedBy: MemoBody | null;
	outcome: MemoOutcome;
	verified: boolean;
	examEvidence: boolean;
	communes: { id: number; nameAr: string; nameFr: string }[];
	carriers: { id: number; nameAr: string; nameLatin: string }[];
	events: MemoEventView[];
}

/** Memos (all, or those addressed to one commune), each with its communes, carriers and timeline; a fixed number of queries. */
export async function listMemos(db: Db, opts: { communeId?: number; id?: number } = {}): Promise<MemoView[]> {
	let q = db
		.selectFrom('memo as m')
		.select([
			'm.id',
			'm.title_ar',
			'm.title_fr',
			'm.organisation',
			'm.subject',
			'm.status',
			sql<string | null>`m.submitted_on::text`.as('submitted_on'),
			sql<string | null>`m.registered_on::text`.as('registered_on'),
			sql<string | null>`m.examined_on::text`.as('examined_on'),
			'm.examined_by',
			'm.outcome',
			'm.verified_at',
			sql<boolean>`exists (select 1 from memo_event e where e.memo_id = m.id and e.step = 'examined' and (e.file_id is not null or e.url is not null))`.as('exam_evidence')
		]);
	if (opts.communeId !== undefined) q = q.where((eb) => eb.exists(eb.selectFrom('memo_commune as mc').select('mc.memo_id').whereRef('mc.memo_id', '=', 'm.id').where('mc.commune_id', '=', opts.communeId!)));
	if (opts.id !== undefined) q = q.where('m.id', '=', opts.id);
	const memos = await q.orderBy('m.id').execute();
	if (memos.length === 0) return [];
	const ids = memos.map((m) => m.id);
	const [communes, carriers, events] = await Promise.all([
		db.selectFrom('memo_commune as mc').innerJoin('commune as c', 'c.id', 'mc.commune_id').select(['mc.memo_id', 'c.id', 'c.name_ar', 'c.name_fr']).where('mc.memo_id', 'in', ids).orderBy('c.name_fr').execute(),
		db.selectFrom('memo_carrier as mk').innerJoin('app_user as u', 'u.id', 'mk.learner_id').select(['mk.memo_id', 'u.id', 'u.name_ar', 'u.name_latin']).where('mk.memo_id', 'in', ids).orderBy('u.name_latin').execute(),
		db
			.selectFrom('memo_event')
			.select(['memo_id', 'step', sql<string>`on_date::text`.as('on_date'), 'body', 'outcome', 'file_id', 'url', 'note'])
			.where('memo_id', 'in', ids)
			.orderBy('on_date')
			.orderBy('id')
			.execute()
	]);
	return memos.map((m) => ({
		id: m.id,
		titleAr: m.title_ar,
		titleFr: m.title_fr,
		organisation: m.organisation,
		subject: m.subject,
		status: m.status,
		submittedOn: m.submitted_on,
		registeredOn: m.registered_on,
		examinedOn: m.examined_on,
		examinedBy: m.examined_by,
		outcome: m.outcome,
		verified: m.verified_at !== null,
		examEvidence: Boolean(m.exam_evidence),
		communes: communes.filter((c) => c.memo_id === m.id).map((c) => ({ id: c.id, nameAr: c.name_ar, nameFr: c.name_fr })),
		carriers: carriers.filter((c) => c.memo_id === m.id).map((c) => ({ id: c.id, nameAr: c.name_ar, nameLatin: c.name_latin })),
		events: events.filter((e) => e.memo_id === m.id).map((e) => ({ step: e.step, onDate: e.on_date, body: e.body, outcome: e.outcome, fileId: e.file_id, url: e.url, note: e.note }))
	}));
}
