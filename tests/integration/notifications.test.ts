import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createECDH, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDb, type DbHandle } from '../../src/lib/server/db/index';
import { createSessions, cancelSession, updateSession } from '../../src/lib/server/attendance/sessions.service';
import { savePreference } from '../../src/lib/server/notifications/notification.repository';
import { deliverAll } from '../../src/lib/server/notifications/delivery.service';
import { scanReminders } from '../../src/lib/server/notifications/triggers';
import { savePreferences, subscribePush } from '../../src/lib/server/notifications/preferences.service';
import { closeTransports } from '../../src/lib/server/notifications/channels';
import { render } from '../../src/lib/server/notifications/messages';
import type { NotifyConfig } from '../../src/lib/server/notifications/config';
import { Invalid } from '../../src/lib/server/errors';
import { freshDb } from './db';
import { makeUser } from './factories';
import { startMailServer } from './mail-server';

let h: DbHandle;
let second: DbHandle | undefined;
let trainer: { id: number };
let moduleId: number;
let cohortId: number;
// 10:00 UTC = 11:00 in Morocco: outside the default quiet hours.
const NOW = new Date('2027-04-14T10:00:00Z');
const at = (ms: number) => () => new Date(NOW.getTime() + ms);

/** A second connection to the same database, as another app process would have (PostgreSQL), or the same PGlite. */
async function otherProcess(): Promise<DbHandle> {
	if (h.kind === 'pglite') return h;
	const { rows } = await (await import('kysely')).sql<{ db: string }>`select current_database() as db`.execute(h.db);
	const u = new URL(process.env.TEST_DATABASE_URL!);
	u.pathname = `/${rows[0].db}`;
	return createDb({ databaseUrl: u.toString() });
}

async function learner(locale: 'ar' | 'fr', email: string | null, extra: Partial<Parameters<typeof savePreference>[2]> = {}) {
	const u = await makeUser(h.db);
	await h.db.updateTable('app_user').set({ locale }).where('id', '=', u.id).execute();
	await h.db.insertInto('cohort_member').values({ cohort_id: cohortId, user_id: u.id }).execute();
	await h.db.insertInto('enrolment').values({ user_id: u.id, module_id: moduleId, source: 'admin', status: 'active' } as never).execute();
	await savePreference(h.db, u.id, { email, emailOn: !!email, pushOn: false, phone: null, whatsappOn: false, locale: null, quietStart: 21 * 60, quietEnd: 8 * 60, ...extra });
	return u;
}

async function session(startsInMs: number, title = 'Leadership') {
	const start = new Date(NOW.getTime() + startsInMs);
	const local = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(start);
	const p = Object.fromEntries(local.map((x) => [x.type, x.value]));
	const [id] = await createSessions(h.db, trainer, {
		moduleId: String(moduleId),
		cohortId: String(cohortId),
		title_ar: 'القيادة',
		title_fr: title,
		date: `${p.year}-${p.month}-${p.day}`,
		startTime: `${p.hour}:${p.minute}`,
		endTime: `${String((Number(p.hour) + 2) % 24).padStart(2, '0')}:${p.minute}`,
		mode: 'in_person',
		place_ar: 'بني ملال',
		place_fr: 'Béni Mellal',
		meetingUrl: ''
	} as never);
	return id;
}

/** Each test its own learners and sessions: the earlier ones leave the cohort and their sessions are gone. */
async function startOver() {
	await h.db.deleteFrom('cohort_member').execute();
	await h.db.updateTable('class_session').set({ cancelled_at: NOW, cancel_reason: 'test' }).where('cancelled_at', 'is', null).execute();
}

const statuses = async (userId: number) =>
	(await h.db.selectFrom('notification').select(['kind', 'channel', 'status', 'attempts', 'last_error']).where('user_id', '=', userId).orderBy('id').execute());

beforeAll(async () => {
	h = await freshDb();
	second = await otherProcess();
	trainer = await makeUser(h.db, { role: 'trainer' });
	moduleId = (await h.db.insertInto('module').values({ slug: 'remind-a', title: JSON.stringify({ fr: 'Rappels' }), status: 'published' }).returning('id').executeTakeFirstOrThrow()).id;
	cohortId = (await h.db.insertInto('cohort').values({ name: 'Cohorte des rappels' }).returning('id').executeTakeFirstOrThrow()).id;
});
afterAll(async () => {
	closeTransports();
	if (second && second !== h) await second.close();
	await h.close();
});

describe('reminders by e-mail', () => {
	it('reach the SMTP server in Arabic and in French, once each, though two processes deliver at the same time', async () => {
		const mail = await startMailServer();
		const config: NotifyConfig = { smtpUrl: mail.url, mailFrom: 'Amssawas <rappels@example.org>', origin: 'https://lms.example.ma' };
		try {
			const ar = await learner('ar', 'ar1@example.org');
			const fr = await learner('fr', 'fr1@example.org');
			await session(20 * 3600_000);
			expect(await scanReminders(h.db, config, NOW)).toBe(2);
			// Two app processes drain the outbox concurrently.
			const [a, b] = await Promise.all([deliverAll(h.db, config, { worker: 'one', now: at(0) }), deliverAll(second!.db, config, { worker: 'two', now: at(0) })]);
			expect(a.sent + b.sent).toBe(2);
			expect(mail.mails).toHaveLength(2);
			const toAr = mail.mails.find((m) => m.to === 'ar1@example.org')!;
			const toFr = mail.mails.find((m) => m.to === 'fr1@example.org')!;
			expect(toAr.subject).toBe('تذكير: جلسة تكوين غدًا');
			expect(toAr.text).toContain('«القيادة» غدًا');
			expect(toAr.text).toContain('المكان: بني ملال');
			expect(toFr.subject).toBe('Rappel : séance de formation demain');
			expect(toFr.text).toContain('« Leadership » demain');
			expect(toFr.text).toContain('Lieu : Béni Mellal');
			expect(toFr.text).toContain('https://lms.example.ma/learn/agenda');
			expect(await statuses(ar.id)).toEqual([expect.objectContaining({ kind: 'session_tomorrow', channel: 'email', status: 'sent', attempts: 1 })]);
			expect(await statuses(fr.id)).toEqual([expect.objectContaining({ status: 'sent', attempts: 1 })]);

			// The scan runs again (another process, a cron replay), the session is cancelled twice: nothing is sent twice.
			expect(await scanReminders(second!.db, config, NOW)).toBe(0);
			await deliverAll(h.db, config, { now: at(60_000) });
			expect(mail.mails).toHaveLength(2);
		} finally {
			closeTransports();
			await mail.close();
		}
	});

	it('tells the learners when a session is moved or cancelled, once per change', async () => {
		const mail = await startMailServer();
		const config: NotifyConfig = { smtpUrl: mail.url, mailFrom: 'rappels@example.org', origin: 'https://lms.example.ma' };
		vi.stubEnv('SMTP_URL', mail.url);
		try {
			await startOver();
			const fr = await learner('fr', 'moved@example.org');
			const id = await session(5 * 24 * 3600_000, 'Négociation');
			const row = await h.db.selectFrom('class_session').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
			const base = { moduleId: String(moduleId), cohortId: String(cohortId), title_ar: 'التفاوض', title_fr: 'Négociation', date: '2027-04-19', startTime: '15:00', endTime: '17:00', mode: 'remote', place_ar: '', place_fr: '', meetingUrl: 'https://meet.example.org/neg' };
			expect(row).toBeTruthy();
			await updateSession(h.db, trainer, id, base as never);
			await updateSession(h.db, trainer, id, base as never); // no change: no second message
			await cancelSession(h.db, trainer, id, 'Grève des transports', NOW);
			await deliverAll(h.db, config, { now: at(0) });
			const mine = mail.mails.filter((m) => m.to === 'moved@example.org');
			expect(mine.map((m) => m.subject)).toEqual(['Séance déplacée ou modifiée', 'Séance annulée']);
			expect(mine[0].text).toContain('Lien : https://meet.example.org/neg');
			expect(mine[1].text).toContain('Raison : Grève des transports');
			expect((await statuses(fr.id)).map((s) => s.status)).toEqual(['sent', 'sent']);
		} finally {
			vi.unstubAllEnvs();
			closeTransports();
			await mail.close();
		}
	});

	it('holds a message during her quiet hours and sends it in the morning', async () => {
		const mail = await startMailServer();
		const config: NotifyConfig = { smtpUrl: mail.url, mailFrom: 'rappels@example.org', origin: 'https://lms.example.ma' };
		try {
			await startOver();
			// Quiet from 10:00 to 13:00 Morocco time: NOW (11:00 or 10:00 local) is inside.
			const u = await learner('ar', 'quiet@example.org', { quietStart: 10 * 60, quietEnd: 13 * 60 });
			await session(22 * 3600_000, 'Budget');
			await scanReminders(h.db, config, NOW);
			await deliverAll(h.db, config, { now: at(0) });
			expect(await statuses(u.id)).toEqual([expect.objectContaining({ status: 'held', attempts: 0 })]);
			expect(mail.mails).toHaveLength(0);
			await deliverAll(h.db, config, { now: at(4 * 3600_000) });
			expect(await statuses(u.id)).toEqual([expect.objectContaining({ status: 'sent', attempts: 1 })]);
			expect(mail.mails.map((m) => m.to)).toEqual(['quiet@example.org']);
		} finally {
			closeTransports();
			await mail.close();
		}
	});

	it('retries with backoff when the SMTP server refuses, then logs the failure with its reason', async () => {
		const mail = await startMailServer({ fail: 'mailbox busy, try later' });
		const config: NotifyConfig = { smtpUrl: mail.url, mailFrom: 'rappels@example.org', origin: 'https://lms.example.ma' };
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		try {
			await startOver();
			const u = await learner('fr', 'busy@example.org');
			await session(21 * 3600_000, 'Planification');
			await scanReminders(h.db, config, NOW);
			let t = 0;
			const seen: string[] = [];
			for (let i = 0; i < 5; i++) {
				await deliverAll(h.db, config, { now: at(t) });
				const [n] = await statuses(u.id);
				seen.push(`${n.status}/${n.attempts}`);
				// Not due again before its backoff: a pass right after sends nothing.
				if (n.status === 'queued') {
					await deliverAll(h.db, config, { now: at(t + 1000) });
					expect((await statuses(u.id))[0].attempts).toBe(n.attempts);
				}
				t += 3600_000;
			}
			expect(seen).toEqual(['queued/1', 'queued/2', 'queued/3', 'queued/4', 'failed/5']);
			const [n] = await statuses(u.id);
			expect(n.last_error).toContain('mailbox busy, try later');
			expect(warn.mock.calls.some((c) => String(c[0]).includes('failed: ') && String(c[0]).includes('mailbox busy'))).toBe(true);
		} finally {
			warn.mockRestore();
			closeTransports();
			await mail.close();
		}
	});

	it('without SMTP_URL, e-mails fail at once with a clear reason instead of trying to send', async () => {
		await startOver();
		const u = await learner('fr', 'nosmtp@example.org');
		await session(23 * 3600_000, 'Sans SMTP');
		const config: NotifyConfig = { mailFrom: 'x@example.org', origin: 'http://localhost:3000' };
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		await scanReminders(h.db, config, NOW);
		await deliverAll(h.db, config, { now: at(0) });
		warn.mockRestore();
		expect(await statuses(u.id)).toEqual([expect.objectContaining({ status: 'failed', attempts: 1, last_error: expect.stringContaining('SMTP_URL is not set') })]);
	});
});

describe('web push and the gateway', () => {
	it('posts an encrypted, VAPID-signed push to the subscription endpoint and the JSON to the SMS gateway', async () => {
		const got: { url: string; headers: IncomingMessage['headers']; body: Buffer }[] = [];
		const server = createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (c) => chunks.push(c));
			req.on('end', () => {
				got.push({ url: req.url!, headers: req.headers, body: Buffer.concat(chunks) });
				res.writeHead(201).end();
			});
		});
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		try {
			await startOver();
			const u = await learner('fr', null, { phone: '+212600000099', whatsappOn: true });
			const ecdh = createECDH('prime256v1');
			ecdh.generateKeys();
			const sub = { endpoint: `${base}/push/abc`, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') } };
			await expect(subscribePush(h.db, u.id, sub)).rejects.toBeInstanceOf(Invalid); // http is refused outside tests
			await expect(subscribePush(h.db, u.id, { ...sub, endpoint: 'https://10.0.0.1/push' })).rejects.toBeInstanceOf(Invalid);
			await subscribePush(h.db, u.id, sub, { allowLoopbackHttp: true });
			const config: NotifyConfig = { mailFrom: 'x@example.org', origin: 'https://lms.example.ma', gatewayUrl: `${base}/gateway` };
			await session(20 * 3600_000, 'Push');
			await scanReminders(h.db, config, NOW);
			const r = await deliverAll(h.db, config, { now: at(0) });
			expect(r.sent).toBe(2);
			const push = got.find((g) => g.url === '/push/abc')!;
			expect(push.headers['content-encoding']).toBe('aes128gcm');
			expect(push.headers.authorization).toMatch(/^vapid t=.+, k=.+/);
			expect(push.body.length).toBeGreaterThan(100);
			expect(push.body.toString('utf8')).not.toContain('Push'); // encrypted
			const gw = JSON.parse(got.find((g) => g.url === '/gateway')!.body.toString('utf8'));
			expect(gw).toMatchObject({ to: '+212600000099', locale: 'fr', kind: 'session_tomorrow' });
			expect(gw.text).toContain('« Push » demain');
			// The same VAPID key pair on every start.
			const keys = await h.db.selectFrom('notification_setting').select('value').where('key', '=', 'vapid').execute();
			expect(keys).toHaveLength(1);
		} finally {
			await new Promise<void>((r) => server.close(() => r()));
		}
	});
});

describe('her choices on the profile', () => {
	it('refuses an invalid e-mail address or phone number with a message in her language, and saves good ones normalised', async () => {
		const u = await makeUser(h.db);
		const form = { email: 'not-an-address', emailOn: true, phone: '0612', whatsappOn: true, pushOn: false, locale: 'fr', quietStart: '21:00', quietEnd: '8:00' };
		const e = await savePreferences(h.db, u.id, form).catch((x) => x);
		expect(e).toBeInstanceOf(Invalid);
		expect(e.fields).toEqual({ email: 'error_email_invalid', phone: 'error_phone_invalid' });
		expect(render(e.fields.email, {}, 'fr')).toBe('Adresse e-mail invalide.');
		expect(render(e.fields.phone, {}, 'ar')).toBe('رقم غير صحيح: رقم مغربي (06…) أو دولي (+…).');
		await savePreferences(h.db, u.id, { ...form, email: ' Fatima@Example.ORG ', phone: '06 12 34 56 78' });
		await savePreferences(h.db, u.id, { ...form, email: 'f@example.org', phone: '+33 6 12 34 56 78' });
		const p = await h.db.selectFrom('notification_preference').selectAll().where('user_id', '=', u.id).executeTakeFirstOrThrow();
		expect(p).toMatchObject({ email: 'f@example.org', phone: '+33612345678', email_on: true, locale: 'fr', quiet_end: 480 });
	});
});
