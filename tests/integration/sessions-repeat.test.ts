import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { createSessions, findSession, MAX_REPEAT, updateSession } from '../../src/lib/server/attendance/sessions.service';
import { sessionFormValues } from '../../src/lib/server/web/session-form';
import { sessionCard } from '../../src/lib/server/web/session-view';
import { freshDb } from './db';
import { makeUser } from './factories';

let h: DbHandle;
let trainer: { id: number };
let moduleId: number;
let cohortId: number;

beforeAll(async () => {
	h = await freshDb();
	trainer = await makeUser(h.db, { role: 'trainer' });
	moduleId = (await h.db.insertInto('module').values({ slug: 'repeat-a', title: JSON.stringify({ fr: 'Répétition' }), status: 'published' }).returning('id').executeTakeFirstOrThrow()).id;
	cohortId = (await h.db.insertInto('cohort').values({ name: 'Cohorte répétée' }).returning('id').executeTakeFirstOrThrow()).id;
});
afterAll(() => h.close());

const input = () => ({
	moduleId: String(moduleId),
	cohortId: String(cohortId),
	title_ar: 'القيادة',
	title_fr: 'Leadership',
	date: '2027-02-01',
	startTime: '09:00',
	endTime: '12:00',
	mode: 'in_person' as const,
	place_ar: 'أزيلال',
	place_fr: 'Azilal',
	meetingUrl: ''
});

describe('class sessions in three languages, repeated weekly', () => {
	it('show each learner the title and place in her language, and say which language stands in for Tamazight', async () => {
		const [id] = await createSessions(h.db, trainer, input());
		const s = (await findSession(h.db, id))!;
		expect(sessionCard(s, 'ar')).toMatchObject({ title: 'القيادة', place: 'أزيلال', fallbackLang: null });
		expect(sessionCard(s, 'fr')).toMatchObject({ title: 'Leadership', place: 'Azilal', fallbackLang: null });
		expect(sessionCard(s, 'zgh')).toMatchObject({ title: 'القيادة', titleLang: 'ar', fallbackLang: 'ar' });
		expect(sessionFormValues(s)).toMatchObject({ title_ar: 'القيادة', title_fr: 'Leadership', title_zgh: '', place_fr: 'Azilal' });
	});

	it('asks for a title in at least one language and a place for a session in person', async () => {
		await expect(createSessions(h.db, trainer, { ...input(), title_ar: '', title_fr: ' ', place_ar: '', place_fr: '' })).rejects.toMatchObject({
			fields: { title_ar: 'att_title_one_required', place_ar: 'att_place_required' }
		});
	});

	it('"repeat weekly, 6 times" makes six rows a week apart at the same Morocco time, across the Ramadan clock change, each audited', async () => {
		// Ramadan 2027 starts around 8 February: Morocco goes from UTC+1 to UTC+0, 09:00 stays 09:00 on the wall.
		const ids = await createSessions(h.db, trainer, { ...input(), title_fr: 'Série', repeat: '6' });
		expect(ids).toHaveLength(6);
		const rows = await h.db.selectFrom('class_session').select(['id', 'starts_at', 'titles']).where('id', 'in', ids).orderBy('starts_at').execute();
		const local = rows.map((r) => new Intl.DateTimeFormat('fr-FR', { timeZone: 'Africa/Casablanca', weekday: 'short', day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' }).format(r.starts_at));
		expect(local).toEqual(['lun. 01/02 09:00', 'lun. 08/02 09:00', 'lun. 15/02 09:00', 'lun. 22/02 09:00', 'lun. 01/03 09:00', 'lun. 08/03 09:00']);
		expect(rows.every((r) => (r.titles as { fr?: string }).fr === 'Série')).toBe(true);
		const audits = await h.db.selectFrom('audit_event').select(['subject_id', 'action']).where('action', '=', 'class_session.create').where('subject_id', 'in', ids.map(String)).execute();
		expect(audits).toHaveLength(6);
	});

	it('each occurrence is then edited on its own', async () => {
		const ids = await createSessions(h.db, trainer, { ...input(), title_fr: 'Suite', repeat: '3' });
		const second = (await findSession(h.db, ids[1]))!;
		await updateSession(h.db, trainer, ids[1], { ...sessionFormValues(second), mode: 'in_person', title_fr: 'Suite — changée' } as Parameters<typeof updateSession>[3]);
		const titles = await h.db.selectFrom('class_session').select(['id', 'titles']).where('id', 'in', ids).orderBy('id').execute();
		expect(titles.map((t) => (t.titles as { fr?: string }).fr)).toEqual(['Suite', 'Suite — changée', 'Suite']);
	});

	it('refuses a count out of bounds, all or nothing', async () => {
		const before = await h.db.selectFrom('class_session').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
		for (const repeat of ['0', String(MAX_REPEAT + 1), '2.5', 'abc']) {
			await expect(createSessions(h.db, trainer, { ...input(), repeat })).rejects.toMatchObject({ fields: { repeat: 'att_repeat_invalid' } });
		}
		const after = await h.db.selectFrom('class_session').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
		expect(Number(after.n)).toBe(Number(before.n));
	});
});
