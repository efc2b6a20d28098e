import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { Forbidden, Invalid, NotFound } from '../../src/lib/server/errors';
import { seedDemo } from '../../src/lib/server/demo/seed';
import { DEMO_TRAINERS, demoLearner } from '../../src/lib/server/demo/people';
import { DEMO_SILENT } from '../../src/lib/server/demo/coaching';
import { addContact, assignCoach, board, councillorView, createSession, sessionForEdit, setActionByLearner, updateSettings, type Actor, type SessionInput } from '../../src/lib/server/coaching/coaching.service';
import { addGoal, addLearnerReview, learnerPlanView, staffPlanView } from '../../src/lib/server/coaching/plan.service';
import { overview, overviewCsv } from '../../src/lib/server/coaching/overview.repository';
import { localDay, toLocalParts } from '../../src/lib/server/time';
import { freshDb } from './db';

let h: DbHandle;
let admin: Actor;
let trainer1: Actor;
let trainer2: Actor;
let learner1: number;
let learner21: number;
const now = new Date();

async function idOf(login: string) {
	return (await h.db.selectFrom('app_user').select('id').where('login', '=', login).executeTakeFirstOrThrow()).id;
}
const count = async (table: 'coaching_session' | 'coaching_action' | 'coaching_session_need' | 'support_contact' | 'audit_event') =>
	Number((await h.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

function later(days: number, time = '10:00') {
	return { date: localDay(new Date(now.getTime() + days * 86_400_000)), startTime: time };
}
function input(over: Partial<SessionInput> = {}): SessionInput {
	return { ...later(3), endTime: '11:00', mode: 'phone', place: '', meetingUrl: '', status: 'planned', reason: '', summary: '', privateNotes: '', needs: ['advocacy'], nextDate: '', nextTime: '', actions: [], ...over };
}

beforeAll(async () => {
	h = await freshDb();
	await seedDemo(h.db);
	admin = { id: await idOf('admin@amssawas.ma'), role: 'admin' };
	trainer1 = { id: await idOf(DEMO_TRAINERS[0].login), role: 'trainer' };
	trainer2 = { id: await idOf(DEMO_TRAINERS[1].login), role: 'trainer' };
	learner1 = await idOf(demoLearner(1).login);
	learner21 = await idOf(demoLearner(21).login);
}, 180_000);
afterAll(async () => h?.close());

describe('the demo coaching', () => {
	it('holds a session with each of the 40, two hybrid, and a plan for each', async () => {
		const held = await h.db.selectFrom('coaching_session').select(['learner_id', 'mode']).where('status', '=', 'held').execute();
		expect(new Set(held.map((s) => s.learner_id)).size).toBe(40);
		expect(held.filter((s) => s.mode === 'hybrid').length).toBe(2);
		expect(await h.db.selectFrom('development_plan').select('id').execute()).toHaveLength(40);
	});
});

describe("the coach's board", () => {
	it('shows trainer1 her twenty councillors, with the silent ones flagged, and never trainer2’s', async () => {
		const b = await board(h.db, trainer1, 1, now);
		expect(b.rows).toHaveLength(20);
		expect(b.rows.some((r) => r.learner_id === learner21)).toBe(false);
		const flagged = b.rows.filter((r) => r.flagged).map((r) => r.login);
		expect(flagged.sort()).toEqual(DEMO_SILENT.filter((n) => n <= 20).map((n) => demoLearner(n).login).sort());
		expect(b.rows.some((r) => r.overdue_actions > 0)).toBe(true);
		expect(b.rows.every((r) => r.progress !== null)).toBe(true);
		const b2 = await board(h.db, trainer2, 1, now);
		expect(b2.rows.some((r) => r.learner_id === learner1)).toBe(false);
		expect((await board(h.db, admin, 1, now)).total).toBe(40);
	});
	it('moves the flag with the setting an admin changes', async () => {
		await updateSettings(h.db, admin, { noContactWeeks: '8', targetSessions: '40' });
		expect((await board(h.db, trainer1, 1, now)).rows.filter((r) => r.flagged)).toHaveLength(0);
		await updateSettings(h.db, admin, { noContactWeeks: '4', targetSessions: '40' });
		await expect(updateSettings(h.db, admin, { noContactWeeks: '0', targetSessions: 'x' })).rejects.toBeInstanceOf(Invalid);
	});
});

describe('a coach sees only her councillors', () => {
	it('refuses trainer2 everything about learner 1', async () => {
		await expect(councillorView(h.db, trainer2, learner1, { showNotes: true })).rejects.toBeInstanceOf(Forbidden);
		await expect(staffPlanView(h.db, trainer2, learner1)).rejects.toBeInstanceOf(Forbidden);
		await expect(addContact(h.db, trainer2, learner1, { mode: 'call', date: localDay(now), note: 'x' })).rejects.toBeInstanceOf(Forbidden);
		const s = await h.db.selectFrom('coaching_session').select('id').where('learner_id', '=', learner1).executeTakeFirstOrThrow();
		await expect(sessionForEdit(h.db, trainer2, s.id)).rejects.toBeInstanceOf(Forbidden);
	});
});

describe('private notes', () => {
	it('never reach the learner: her plan view carries summaries, not notes', async () => {
		const id = await createSession(h.db, trainer1, learner1, input({ ...later(-1), status: 'held', summary: 'Résumé partagé XYZ', privateNotes: 'SECRET-NOTE-123', actions: [{ owner: 'learner', text: 'Lire le budget', due: '' }] }), now);
		const view = await learnerPlanView(h.db, learner1, now);
		const text = JSON.stringify(view);
		expect(text).toContain('Résumé partagé XYZ');
		expect(text).not.toContain('SECRET-NOTE-123');
		expect(text).not.toMatch(/private/i);
		const all = await h.db.selectFrom('coaching_session').select('private_notes').where('learner_id', '=', learner1).where('private_notes', '<>', '').execute();
		for (const n of all) expect(text).not.toContain(n.private_notes);
		expect(await overviewCsv(h.db, 'sessions')).not.toContain('SECRET-NOTE-123');
		expect(JSON.stringify(await overview(h.db))).not.toContain('SECRET-NOTE-123');
		expect((await councillorView(h.db, trainer1, learner1, { showNotes: false })).sessions.find((s) => s.id === id)?.privateNotes).toBe('SECRET-NOTE-123');
	});
	it("are shown to an admin only when she asks, and each reading is audited", async () => {
		const before = await count('audit_event');
		const quiet = await councillorView(h.db, admin, learner1, { showNotes: false });
		expect(quiet.sessions.every((s) => s.privateNotes === null)).toBe(true);
		expect(await count('audit_event')).toBe(before);
		const open = await councillorView(h.db, admin, learner1, { showNotes: true });
		expect(open.sessions.some((s) => s.privateNotes === 'SECRET-NOTE-123')).toBe(true);
		const ev = await h.db.selectFrom('audit_event').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
		expect(ev).toMatchObject({ actor_id: admin.id, action: 'coaching.private_notes.read', subject_type: 'app_user', subject_id: String(learner1) });
		await councillorView(h.db, admin, learner1, { showNotes: true });
		expect(await count('audit_event')).toBe(before + 2);
	});
});

describe('bad input is refused with nothing half-saved', () => {
	const cases: [string, Partial<SessionInput>, string][] = [
		['a planned session in the past', { ...later(-2) }, 'date'],
		['an end before the start', { endTime: '09:00' }, 'endTime'],
		['an unknown need', { needs: ['advocacy', 'astrology'] }, 'needs'],
		['over-long notes', { privateNotes: 'x'.repeat(4001) }, 'privateNotes'],
		['a cancellation without reason', { status: 'cancelled' }, 'reason']
	];
	for (const [what, over, field] of cases) {
		it(`refuses ${what}`, async () => {
			const before = await Promise.all([count('coaching_session'), count('coaching_action'), count('coaching_session_need')]);
			const e = await createSession(h.db, trainer1, learner1, input({ ...over, actions: [{ owner: 'learner', text: 'Une action', due: '' }, { owner: 'coach', text: 'Une autre', due: '' }] }), now).catch((x) => x);
			expect(e).toBeInstanceOf(Invalid);
			expect((e as Invalid).fields[field]).toBeTruthy();
			expect(await Promise.all([count('coaching_session'), count('coaching_action'), count('coaching_session_need')])).toEqual(before);
		});
	}
	it("refuses a learner who is not hers", async () => {
		const before = await count('coaching_session');
		await expect(createSession(h.db, trainer1, learner21, input(), now)).rejects.toBeInstanceOf(Forbidden);
		expect(await count('coaching_session')).toBe(before);
	});
	it('plans a good session with its next appointment and two actions in one go', async () => {
		const before = await Promise.all([count('coaching_session'), count('coaching_action')]);
		const next = later(10, '15:00');
		await createSession(h.db, trainer1, learner1, input({ nextDate: next.date, nextTime: next.startTime, actions: [{ owner: 'learner', text: 'A', due: later(5).date }, { owner: 'coach', text: 'B', due: '' }] }), now);
		expect(await Promise.all([count('coaching_session'), count('coaching_action')])).toEqual([before[0] + 2, before[1] + 2]);
	});
});

describe('the learner on her plan', () => {
	it('marks her own action done, never another’s, and comments on her goal', async () => {
		const mine = await h.db.selectFrom('coaching_action').select('id').where('learner_id', '=', learner1).where('owner', '=', 'learner').where('status', '=', 'open').executeTakeFirstOrThrow();
		await setActionByLearner(h.db, learner1, mine.id, true);
		expect((await h.db.selectFrom('coaching_action').select('status').where('id', '=', mine.id).executeTakeFirstOrThrow()).status).toBe('done');
		await expect(setActionByLearner(h.db, learner21, mine.id, false)).rejects.toBeInstanceOf(NotFound);
		const view = await learnerPlanView(h.db, learner1, now);
		const goal = view.plan!.goals[0];
		await addLearnerReview(h.db, learner1, goal.id, { rating: '4', comment: 'ما زلت أتدرب' });
		await expect(addLearnerReview(h.db, learner21, goal.id, { rating: '4', comment: '' })).rejects.toBeInstanceOf(NotFound);
		await expect(addLearnerReview(h.db, learner1, goal.id, { rating: '9', comment: '' })).rejects.toBeInstanceOf(Invalid);
		await expect(addGoal(h.db, trainer1, learner1, { need: 'nope', text: 'x', baseline: '2', target: '1' })).rejects.toBeInstanceOf(Invalid);
	});
});

describe('assignments', () => {
	it('lets an admin give learner 21 a second coach, who then sees her', async () => {
		await assignCoach(h.db, admin, DEMO_TRAINERS[0].login, '0600000021');
		await expect(councillorView(h.db, trainer1, learner21, { showNotes: false })).resolves.toBeTruthy();
		await expect(assignCoach(h.db, admin, '0600000002', '0600000021')).rejects.toBeInstanceOf(Invalid);
		expect(toLocalParts(now).date).toBe(localDay(now));
	});
});
