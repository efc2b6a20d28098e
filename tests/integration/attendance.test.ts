import { localDay } from '../../src/lib/server/time';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { Forbidden, Invalid, RateLimited } from '../../src/lib/server/errors';
import { currentCode, WINDOW_MS } from '../../src/lib/server/attendance/code';
import { CHECK_IN_GUESSES, checkIn, markAllPresent, setMarks } from '../../src/lib/server/attendance/marks.service';
import { attendanceRates, learnerAttendance } from '../../src/lib/server/attendance/rates.repository';
import { moduleReport, moduleReportCsv, reportCsv, setExcusedNotCounted } from '../../src/lib/server/attendance/reports.service';
import { cancelSession, createSession, learnerSessions, presentCount, roster } from '../../src/lib/server/attendance/sessions.service';
import { createFeedToken, feedFor, feedOwner, revokeFeedToken } from '../../src/lib/server/attendance/calendar.service';
import { clearAttempts } from '../../src/lib/server/auth/rate-limit';
import { uploadSheetScan } from '../../src/lib/server/attendance/sheet-upload';
import { canReadFile } from '../../src/lib/server/media/media.service';
import { localStorage } from '../../src/lib/server/media/storage';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { freshDb } from './db';
import { enrol, makeClassSession, makeCohort, makeModule, makeUser } from './factories';

let h: DbHandle;
let trainerA: { id: number };
let trainerB: { id: number };
let learners: { id: number }[];
let outsider: { id: number };
let moduleId: number;
let otherModuleId: number;
let cohortId: number;

const NOW = new Date(Math.floor(Date.now() / WINDOW_MS) * WINDOW_MS + 1000);
const min = (n: number) => new Date(NOW.getTime() + n * 60_000);

async function session(opts: { start: Date; end?: Date; mode?: 'in_person' | 'remote' | 'hybrid'; cancelled?: boolean; module?: number; late?: number }) {
	const { id, secret } = await makeClassSession(h.db, {
		moduleId: opts.module ?? moduleId,
		cohortId,
		trainerId: trainerA.id,
		start: opts.start,
		end: opts.end,
		mode: opts.mode,
		place: 'Azilal',
		late: opts.late,
		cancelledAt: opts.cancelled ? NOW : null,
		cancelReason: opts.cancelled ? 'pluie' : null
	});
	return { id, code: (at = NOW) => currentCode(secret, id, at) };
}

const history = (sessionId: number, userId: number) =>
	h.db.selectFrom('attendance_change').select(['old_status', 'new_status', 'changed_by', 'source']).where('class_session_id', '=', sessionId).where('user_id', '=', userId).orderBy('id').execute();
const mark = (sessionId: number, userId: number) =>
	h.db.selectFrom('attendance').select(['status', 'source', 'how']).where('class_session_id', '=', sessionId).where('user_id', '=', userId).executeTakeFirst();

beforeAll(async () => {
	h = await freshDb();
	trainerA = await makeUser(h.db, { role: 'trainer' });
	trainerB = await makeUser(h.db, { role: 'trainer' });
	learners = [];
	for (let i = 0; i < 41; i++) learners.push(await makeUser(h.db, { invite: true }));
	outsider = await makeUser(h.db, { invite: true });
	moduleId = await makeModule(h.db, { slug: 'attendance-a', status: 'published', attendanceThreshold: 75 });
	otherModuleId = await makeModule(h.db, { slug: 'attendance-b', status: 'published', attendanceThreshold: 75 });
	// 40 members enrolled in both modules; the 41st is a member but not enrolled; the outsider is neither.
	cohortId = await makeCohort(h.db, { name: 'Cohorte présence', members: learners.map((l) => l.id) });
	await enrol(h.db, learners.slice(0, 40).map((l) => l.id), [moduleId, otherModuleId]);
});
afterAll(() => h.close());

describe('class sessions', () => {
	it('are created from Morocco local times, with place and link rules, and cancelled with a reason shown to learners', async () => {
		const input = { moduleId: String(moduleId), cohortId: String(cohortId), title_fr: 'Atelier', date: '2026-06-01', startTime: '09:00', endTime: '12:30', mode: 'hybrid' as const, place_fr: 'Béni Mellal', meetingUrl: 'https://meet.jit.si/x', lateAfterMinutes: '10' };
		const id = await createSession(h.db, trainerA, input);
		const row = await h.db.selectFrom('class_session').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
		expect(row.starts_at.toISOString()).toBe('2026-06-01T08:00:00.000Z');
		expect(row.ends_at.toISOString()).toBe('2026-06-01T11:30:00.000Z');
		expect(row.check_in_secret).toMatch(/^[0-9a-f]{64}$/);
		await expect(createSession(h.db, trainerA, { ...input, endTime: '08:00', place_fr: '', meetingUrl: 'javascript:alert(1)' })).rejects.toMatchObject({
			fields: { endTime: 'att_end_before_start', place_ar: 'att_place_required', meetingUrl: 'att_link_invalid' }
		});
		await expect(createSession(h.db, trainerA, { ...input, mode: 'remote', meetingUrl: '' })).rejects.toMatchObject({ fields: { meetingUrl: 'att_link_required' } });
		await expect(cancelSession(h.db, trainerA, id, '  ')).rejects.toBeInstanceOf(Invalid);
		await cancelSession(h.db, trainerA, id, 'Salle fermée');
		const mine = (await learnerSessions(h.db, learners[0].id)).find((s) => s.id === id);
		expect(mine).toMatchObject({ cancelReason: 'Salle fermée' });
		expect(await learnerSessions(h.db, outsider.id)).toEqual([]);
	});

	it('roster holds the cohort members enrolled in the module, nobody else', async () => {
		const s = await session({ start: min(60 * 24) });
		const people = await roster(h.db, s.id);
		expect(people).toHaveLength(40);
		expect(people.map((p) => p.userId)).not.toContain(learners[40].id);
		await expect(setMarks(h.db, trainerA, s.id, [{ userId: outsider.id, status: 'present' }])).rejects.toBeInstanceOf(Forbidden);
	});
});

describe('roll call', () => {
	it('two trainers marking the same learner at once: the last write wins and the history keeps both', async () => {
		const s = await session({ start: min(-10) });
		const who = learners[5].id;
		await Promise.all([
			setMarks(h.db, trainerA, s.id, [{ userId: who, status: 'absent' }], NOW),
			setMarks(h.db, trainerB, s.id, [{ userId: who, status: 'late' }], NOW)
		]);
		const steps = await history(s.id, who);
		expect(steps).toHaveLength(2);
		expect(steps[0].old_status).toBeNull();
		// The second write saw the first one's value: nothing was lost.
		expect(steps[1].old_status).toBe(steps[0].new_status);
		expect(new Set(steps.map((x) => x.changed_by))).toEqual(new Set([trainerA.id, trainerB.id]));
		expect((await mark(s.id, who))?.status).toBe(steps[1].new_status);
	});

	it('many concurrent marks of the whole roster by two trainers keep one row per learner and every change', async () => {
		const s = await session({ start: min(-10) });
		const ids = learners.slice(0, 40).map((l) => l.id);
		await Promise.all([
			...ids.map((userId) => setMarks(h.db, trainerA, s.id, [{ userId, status: 'present' }], NOW)),
			...ids.map((userId) => setMarks(h.db, trainerB, s.id, [{ userId, status: 'excused' }], NOW))
		]);
		const rows = await h.db.selectFrom('attendance').select('user_id').where('class_session_id', '=', s.id).execute();
		expect(rows).toHaveLength(40);
		const changes = await h.db.selectFrom('attendance_change').select('id').where('class_session_id', '=', s.id).execute();
		expect(changes).toHaveLength(80);
	});

	it('"mark all present" fills only the learners without a mark, and a change after the session day is audited', async () => {
		// Started ten minutes ago, on the same Moroccan day as now (just after midnight the session starts now).
		const s = await session({ start: localDay(min(-10)) === localDay(NOW) ? min(-10) : NOW });
		await setMarks(h.db, trainerA, s.id, [{ userId: learners[0].id, status: 'absent', remark: 'malade' }], NOW);
		const people = await roster(h.db, s.id);
		expect(await markAllPresent(h.db, trainerA, s.id, people.map((p) => ({ userId: p.userId, marked: p.status !== null })), NOW)).toBe(39);
		expect((await mark(s.id, learners[0].id))?.status).toBe('absent');
		expect(await presentCount(h.db, s.id)).toBe(39);
		const audits = () => h.db.selectFrom('audit_event').select('action').where('subject_type', '=', 'class_session').where('subject_id', '=', String(s.id)).execute();
		expect(await audits()).toEqual([]);
		await setMarks(h.db, trainerB, s.id, [{ userId: learners[0].id, status: 'excused' }], new Date(NOW.getTime() + 3 * 24 * 3600_000));
		expect((await audits()).map((a) => a.action)).toEqual(['attendance.change_after_day']);
	});

	it('a session that runs past midnight is marked after midnight without counting as a change after its day', async () => {
		// 23:30 to 01:30, Morocco time (UTC+1 in June).
		const s = await session({ start: new Date('2026-06-10T22:30:00Z'), end: new Date('2026-06-11T00:30:00Z') });
		const audits = () => h.db.selectFrom('audit_event').select('action').where('subject_type', '=', 'class_session').where('subject_id', '=', String(s.id)).execute();
		await setMarks(h.db, trainerA, s.id, [{ userId: learners[1].id, status: 'present' }], new Date('2026-06-10T23:30:00Z'));
		expect(await audits()).toEqual([]);
		await setMarks(h.db, trainerA, s.id, [{ userId: learners[1].id, status: 'late' }], new Date('2026-06-12T09:00:00Z'));
		expect((await audits()).map((a) => a.action)).toEqual(['attendance.change_after_day']);
	});
});

describe('self check-in', () => {
	it('40 learners checking in at once are all marked present, once each', async () => {
		const s = await session({ start: min(-5) });
		const results = await Promise.all(learners.slice(0, 40).map((l) => checkIn(h.db, l, { code: s.code() }, NOW)));
		expect(results.every((r) => r.status === 'present' && r.sessionId === s.id)).toBe(true);
		expect(await presentCount(h.db, s.id)).toBe(40);
		const changes = await h.db.selectFrom('attendance_change').select('source').where('class_session_id', '=', s.id).execute();
		expect(changes).toHaveLength(40);
		expect(changes.every((c) => c.source === 'self_check_in')).toBe(true);
	});

	it('is late after the delay, takes the previous code for a slow phone, and never downgrades a trainer’s mark', async () => {
		const s = await session({ start: min(-30), late: 15 });
		const [a, b, c] = learners.slice(10, 13);
		expect(await checkIn(h.db, a, { code: s.code(new Date(NOW.getTime() - WINDOW_MS)).toLowerCase() }, NOW)).toMatchObject({ status: 'late', changed: true });
		await setMarks(h.db, trainerA, s.id, [{ userId: b.id, status: 'present' }], NOW);
		expect(await checkIn(h.db, b, { code: s.code() }, NOW)).toMatchObject({ status: 'present', changed: false });
		expect(await mark(s.id, b.id)).toMatchObject({ status: 'present', source: 'roll_call' });
		// Marked absent by the trainer, then she arrives: checking in raises the mark.
		await setMarks(h.db, trainerA, s.id, [{ userId: c.id, status: 'absent' }], NOW);
		expect(await checkIn(h.db, c, { code: s.code() }, NOW)).toMatchObject({ status: 'late', changed: true });
		// Checking in twice changes nothing.
		expect(await checkIn(h.db, a, { code: s.code() }, NOW)).toMatchObject({ status: 'late', changed: false });
		expect(await history(s.id, a.id)).toHaveLength(1);
	});

	it('refuses an expired code, another session’s code, a closed session and a learner not enrolled, each with its message', async () => {
		const s = await session({ start: min(-5) });
		const other = await session({ start: min(-5), module: otherModuleId });
		const later = await session({ start: min(6 * 60) });
		const l = learners[20];
		await expect(checkIn(h.db, l, { code: s.code(new Date(NOW.getTime() - 3 * WINDOW_MS)), sessionId: s.id }, NOW)).rejects.toMatchObject({ key: 'att_checkin_expired' });
		await expect(checkIn(h.db, l, { code: other.code(), sessionId: s.id }, NOW)).rejects.toMatchObject({ key: 'att_checkin_other_session' });
		await expect(checkIn(h.db, l, { code: later.code(), sessionId: later.id }, NOW)).rejects.toMatchObject({ key: 'att_checkin_closed' });
		await expect(checkIn(h.db, learners[40], { code: s.code() }, NOW)).rejects.toMatchObject({ key: 'att_checkin_not_enrolled' });
		await expect(checkIn(h.db, outsider, { code: s.code(), sessionId: s.id }, NOW)).rejects.toMatchObject({ key: 'att_checkin_not_enrolled' });
		await expect(checkIn(h.db, l, { code: 'AAAAAA' }, NOW)).rejects.toMatchObject({ key: 'att_checkin_wrong' });
		expect(await mark(s.id, l.id)).toBeUndefined();
		await clearAttempts(h.db, CHECK_IN_GUESSES, String(l.id));
		expect(await checkIn(h.db, l, { code: s.code() }, NOW)).toMatchObject({ sessionId: s.id, status: 'present' });
		// The same code typed without the link finds the right session among those open.
		expect(await checkIn(h.db, learners[21], { code: other.code() }, NOW)).toMatchObject({ sessionId: other.id });
	});

	it('limits guesses per learner: after 10 wrong codes even the right one waits', async () => {
		const s = await session({ start: min(-5) });
		const l = learners[30];
		for (let i = 0; i < CHECK_IN_GUESSES.max; i++) await expect(checkIn(h.db, l, { code: 'XXXXXX' }, NOW)).rejects.toBeInstanceOf(Invalid);
		const refused = await checkIn(h.db, l, { code: s.code() }, NOW).catch((e) => e);
		expect(refused).toBeInstanceOf(RateLimited);
		expect(refused.retryAfterSeconds).toBeGreaterThan(0);
		// Another learner is not affected.
		expect(await checkIn(h.db, learners[31], { code: s.code() }, NOW)).toMatchObject({ status: 'present' });
		expect(await mark(s.id, l.id)).toBeUndefined();
	});

	it('50 concurrent wrong codes from one learner get at most 10 comparisons; the right code in the burst waits', async () => {
		const s = await session({ start: min(-5) });
		const l = learners[32];
		const burst = Array.from({ length: 50 }, (_, i) => checkIn(h.db, l, { code: `ZZZZ${String(i).padStart(2, '0')}` }, NOW).catch((e) => e));
		burst.push(checkIn(h.db, l, { code: s.code() }, NOW).catch((e) => e));
		const results = await Promise.all(burst);
		// Every attempt not refused compared its code and was told "wrong".
		expect(results.filter((r) => r instanceof Invalid).length).toBeLessThanOrEqual(CHECK_IN_GUESSES.max);
		const refused = results.filter((r) => r instanceof RateLimited);
		expect(refused.length).toBeGreaterThanOrEqual(51 - CHECK_IN_GUESSES.max);
		for (const r of refused) expect(r.retryAfterSeconds).toBeGreaterThan(0);
		expect(results[50]).toBeInstanceOf(RateLimited);
		expect(await mark(s.id, l.id)).toBeUndefined();
	});

	it('a right code does not count as a guess', async () => {
		const s = await session({ start: min(-5) });
		const l = learners[33];
		for (let i = 0; i < CHECK_IN_GUESSES.max - 1; i++) await checkIn(h.db, l, { code: 'YYYYYY' }, NOW).catch(() => {});
		expect(await checkIn(h.db, l, { code: s.code() }, NOW)).toMatchObject({ status: 'present' });
		expect(await checkIn(h.db, l, { code: s.code() }, NOW)).toMatchObject({ changed: false });
	});
});

describe('attendance rates', () => {
	it('count present or late over sessions held; excused per the module setting; cancelled and future sessions left out', async () => {
		const h2 = await freshDb();
		try {
			const t = await makeUser(h2.db, { role: 'trainer' });
			const [x, y, z] = [await makeUser(h2.db, { invite: true }), await makeUser(h2.db, { invite: true }), await makeUser(h2.db, { invite: true })];
			const m = await makeModule(h2.db, { slug: 'rates', title: { fr: 'r' }, attendanceThreshold: 75 });
			const c = await makeCohort(h2.db, { name: 'R', members: [x.id, y.id] });
			await enrol(h2.db, [x.id, y.id, z.id], m);
			const mk = async (startMin: number, cancelled = false) =>
				(await makeClassSession(h2.db, { moduleId: m, cohortId: c, trainerId: t.id, title: 's', start: min(startMin), end: min(startMin + 60), mode: 'remote', cancelledAt: cancelled ? NOW : null })).id;
			const [s1, s2, s3, s4] = [await mk(-5000), await mk(-4000), await mk(-3000), await mk(-2000)];
			const cancelled = await mk(-1000, true);
			const future = await mk(1000);
			const put = (sid: number, uid: number, status: 'present' | 'late' | 'excused' | 'absent') =>
				h2.db.insertInto('attendance').values({ class_session_id: sid, user_id: uid, status, source: 'roll_call', marked_by: t.id }).execute();
			await put(s1, x.id, 'present');
			await put(s2, x.id, 'late');
			await put(s3, x.id, 'excused');
			await put(cancelled, x.id, 'present');
			await put(future, x.id, 'present');
			await put(s1, y.id, 'present');
			void s4; // nobody marked at s4: an absence for both
			let rates = await attendanceRates(h2.db, m, undefined, NOW);
			expect(rates.get(x.id)).toEqual({ attended: 2, held: 3, excused: 1, ratePct: 66.7 });
			expect(rates.get(y.id)).toEqual({ attended: 1, held: 4, excused: 0, ratePct: 25 });
			expect(rates.get(z.id)).toEqual({ attended: 0, held: 0, excused: 0, ratePct: null });
			await setExcusedNotCounted(h2.db, t, m, false);
			rates = await attendanceRates(h2.db, m, [x.id], NOW);
			expect([...rates.keys()]).toEqual([x.id]);
			// Everyone at once (certificate eligibility: one summed union) gives each the rate she gets alone.
			const everyone = await attendanceRates(h2.db, m, undefined, NOW);
			expect(everyone).toEqual(await attendanceRates(h2.db, m, [x.id, y.id, z.id], NOW));
			expect(everyone.get(x.id)).toEqual({ attended: 2, held: 4, excused: 1, ratePct: 50 });
			expect(rates.get(x.id)).toEqual({ attended: 2, held: 4, excused: 1, ratePct: 50 });
			// Her module page reads the same rate by slug, with the threshold, in one query.
			expect(await learnerAttendance(h2.db, { slug: 'rates' }, x.id, NOW)).toEqual({ attended: 2, held: 4, excused: 1, ratePct: 50, threshold: 75, below: true });
			expect(await learnerAttendance(h2.db, { id: m }, z.id, NOW)).toEqual({ attended: 0, held: 0, excused: 0, ratePct: null, threshold: 75, below: false });
			expect(await learnerAttendance(h2.db, { slug: 'rates' }, t.id, NOW)).toBeNull();
			const report = await moduleReport(h2.db, m, NOW);
			expect(report.learners.filter((l) => l.below).map((l) => l.userId).sort()).toEqual([x.id, y.id].sort());
			expect(report.sessions.filter((s) => s.held)).toHaveLength(4);
			expect(report.byMode).toEqual([{ key: 'remote', sessions: 4, ratePct: 37.5 }]);
			const csv = reportCsv(report);
			expect(csv.startsWith('\uFEFFname_ar,name_latin,commune')).toBe(true);
			expect(csv).toContain(',yes\r\n');
		} finally {
			await h2.close();
		}
	});
});

describe('attendance report at scale', () => {
	it('pages the learners and the sessions, keeps the totals and the below-threshold count over every learner, and exports them all', async () => {
		const h2 = await freshDb();
		try {
			const t = await makeUser(h2.db, { role: 'trainer' });
			const people: { id: number }[] = [];
			for (let i = 0; i < 7; i++) people.push(await makeUser(h2.db, { invite: true }));
			const m = await makeModule(h2.db, { slug: 'paged', title: { fr: 'p' }, attendanceThreshold: 50 });
			const c1 = await makeCohort(h2.db, { name: 'A', members: people.slice(0, 4).map((p) => p.id) });
			const c2 = await makeCohort(h2.db, { name: 'B', members: people.slice(4).map((p) => p.id) });
			await enrol(h2.db, people.map((p) => p.id), m);
			const mk = async (cohortId: number, startMin: number, mode: 'remote' | 'in_person') =>
				(await makeClassSession(h2.db, { moduleId: m, cohortId, trainerId: t.id, title: 's', start: min(startMin), end: min(startMin + 60), mode })).id;
			const a1 = await mk(c1, -3000, 'remote');
			const a2 = await mk(c1, -2000, 'in_person');
			const b1 = await mk(c2, -1000, 'remote');
			await mk(c2, 1000, 'remote'); // upcoming: listed, not counted
			const put = (sid: number, uid: number, status: 'present' | 'late' | 'excused' | 'absent') =>
				h2.db.insertInto('attendance').values({ class_session_id: sid, user_id: uid, status, source: 'roll_call', marked_by: t.id }).execute();
			// Cohort A: people 0 and 1 came twice, 2 once, 3 never; cohort B: 4 came, 5 late, 6 absent.
			for (const p of people.slice(0, 2)) { await put(a1, p.id, 'present'); await put(a2, p.id, 'present'); }
			await put(a1, people[2].id, 'present');
			await put(a2, people[2].id, 'absent');
			await put(b1, people[4].id, 'present');
			await put(b1, people[5].id, 'late');
			await put(b1, people[6].id, 'absent');
			const opts = { pageSize: 3, sessionPageSize: 3 };
			const p1 = await moduleReport(h2.db, m, NOW, opts);
			expect(p1.learnerCount).toBe(7);
			expect(p1.learnerTotal).toBe(7);
			expect(p1.belowCount).toBe(2); // 0 of 2 and 0 of 1 (50 % is not below)
			expect(p1.learners).toHaveLength(3);
			const p3 = await moduleReport(h2.db, m, NOW, { ...opts, page: 3 });
			expect(p3.learners).toHaveLength(1);
			expect(p3.belowCount).toBe(2);
			// Every learner once over the pages, with the rate of the rule.
			const all = [...p1.learners, ...(await moduleReport(h2.db, m, NOW, { ...opts, page: 2 })).learners, ...p3.learners];
			expect(all.map((l) => l.userId).sort()).toEqual(people.map((p) => p.id).sort());
			const rates = await attendanceRates(h2.db, m, undefined, NOW);
			for (const l of all) expect(l.rate).toEqual(rates.get(l.userId));
			expect(all.find((l) => l.userId === people[2].id)?.rate).toEqual({ attended: 1, held: 2, excused: 0, ratePct: 50 });
			expect(all.find((l) => l.userId === people[0].id)?.cohorts).toBe('A');
			// Below only: the two below, on one page; a page past the end is empty but keeps the totals.
			const below = await moduleReport(h2.db, m, NOW, { ...opts, belowOnly: true });
			expect(below.learners.map((l) => l.userId).sort()).toEqual([people[3].id, people[6].id].sort());
			expect(below.learnerTotal).toBe(2);
			const past = await moduleReport(h2.db, m, NOW, { ...opts, page: 9 });
			expect(past.learners).toEqual([]);
			expect(past.learnerCount).toBe(7);
			// Sessions: four listed over two pages, three held; rates by mode and overall over the held ones.
			expect(p1.sessionTotal).toBe(4);
			expect(p1.sessions).toHaveLength(3);
			const s2 = await moduleReport(h2.db, m, NOW, { ...opts, sessionPage: 2 });
			expect(s2.sessions).toHaveLength(1);
			expect(s2.sessions[0].held).toBe(false);
			expect(p1.sessions[0]).toMatchObject({ id: a1, roster: 4, present: 3, late: 0, absent: 0 });
			expect(p1.overall).toEqual({ key: '', sessions: 3, ratePct: 63.6 }); // 7 of 11
			expect(p1.byMode).toEqual([
				{ key: 'in_person', sessions: 1, ratePct: 50 },
				{ key: 'remote', sessions: 2, ratePct: 71.4 }
			]);
			expect(p1.byCohort).toEqual([
				{ key: 'A', sessions: 2, ratePct: 62.5 },
				{ key: 'B', sessions: 1, ratePct: 66.7 }
			]);
			// The CSV has every learner, not a page.
			const csv = await moduleReportCsv(h2.db, m, NOW);
			expect(csv.trim().split('\r\n')).toHaveLength(1 + 7);
		} finally {
			await h2.close();
		}
	});
});

describe('calendar feed', () => {
	it('is reached with a private token whose hash alone is stored, lists her sessions, and stops when revoked', async () => {
		const l = learners[2];
		const token = await createFeedToken(h.db, l.id);
		const stored = await h.db.selectFrom('calendar_feed').select('token_hash').where('user_id', '=', l.id).executeTakeFirstOrThrow();
		expect(stored.token_hash).not.toContain(token);
		const owner = await feedOwner(h.db, token);
		expect(owner?.id).toBe(l.id);
		const ics = await feedFor(h.db, owner!, { calendarName: 'Amssawas', cancelled: 'Annulée', moduleTitle: () => 'Module' }, 'https://lms.example.ma');
		expect(ics).toContain('BEGIN:VCALENDAR');
		expect(ics).toContain('SUMMARY:Annulée: Atelier · Module');
		expect(ics).toContain('STATUS:CANCELLED');
		const again = await createFeedToken(h.db, l.id);
		expect(await feedOwner(h.db, token)).toBeUndefined();
		await revokeFeedToken(h.db, l.id);
		expect(await feedOwner(h.db, again)).toBeUndefined();
		expect(await feedOwner(h.db, 'not a token')).toBeNull();
	});
});

describe('signed sheet scans', () => {
	it('accept PDF, JPEG and PNG by content, refuse other files, and only staff may read them', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'amssawas-scan-'));
		try {
			const storage = localStorage(join(dir, 'files'));
			const s = await session({ start: min(-120) });
			const pdf = new Uint8Array(Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'));
			const fileId = await uploadSheetScan(h.db, trainerA, s.id, { bytes: pdf, name: 'feuille.pdf' }, storage);
			expect((await h.db.selectFrom('class_session').select('sheet_file_id').where('id', '=', s.id).executeTakeFirstOrThrow()).sheet_file_id).toBe(fileId);
			const png = new Uint8Array(await sharp({ create: { width: 40, height: 60, channels: 3, background: '#fff' } }).png().toBuffer());
			await uploadSheetScan(h.db, trainerA, s.id, { bytes: png, name: 'photo.png' }, storage);
			const webp = new Uint8Array(await sharp({ create: { width: 40, height: 60, channels: 3, background: '#fff' } }).webp().toBuffer());
			await expect(uploadSheetScan(h.db, trainerA, s.id, { bytes: webp, name: 'photo.webp' }, storage)).rejects.toMatchObject({ key: 'att_scan_type' });
			await expect(uploadSheetScan(h.db, trainerA, s.id, { bytes: new TextEncoder().encode('<html></html>'), name: 'x.pdf' }, storage)).rejects.toBeInstanceOf(Invalid);
			await expect(uploadSheetScan(h.db, trainerA, s.id, { bytes: new Uint8Array(11 * 1024 * 1024), name: 'big.pdf' }, storage)).rejects.toMatchObject({ key: 'att_scan_too_large' });
			expect(await canReadFile(h.db, { id: trainerB.id, role: 'trainer' }, fileId)).toBe(true);
			expect(await canReadFile(h.db, { id: learners[0].id, role: 'learner' }, fileId)).toBe(false);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
