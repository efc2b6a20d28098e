import { pathToFileURL } from 'node:url';
import { createDb } from '../../src/lib/server/db/index';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import { loadMigrations } from '../../src/lib/server/db/migrations.fs';
import { deliverAll, queueReminders } from '../../src/lib/server/notifications/delivery.service';
import { closeTransports } from '../../src/lib/server/notifications/channels';
import { startMailServer } from '../integration/mail-server';

/**
 * Issue 17: queue 10,000 reminders (10,000 councillors with e-mail on) and send them all to a
 * local SMTP server, timed. On PostgreSQL (databaseUrl) it works in a schema of its own rows
 * and removes them after; without one, on a fresh in-memory PGlite.
 */
export async function benchReminders(databaseUrl?: string, count = 10_000): Promise<{ ms: number; queueMs: number; sent: number; received: number }> {
	const handle = await createDb({ databaseUrl });
	const mail = await startMailServer();
	const tag = `bench${Date.now().toString(36)}`;
	try {
		await migrateToLatest(handle.db, await loadMigrations());
		const db = handle.db;
		const ids: number[] = [];
		for (let i = 0; i < count; i += 1000) {
			const rows = Array.from({ length: Math.min(1000, count - i) }, (_, k) => ({ login: `${tag}-${i + k}@example.org`, login_kind: 'email' as const, name_ar: 'مستشارة', name_latin: `Bench ${i + k}`, role: 'learner' as const, locale: (k % 3 === 0 ? 'fr' : 'ar') as 'fr' | 'ar' }));
			ids.push(...(await db.insertInto('app_user').values(rows).returning('id').execute()).map((r) => r.id));
		}
		for (let i = 0; i < ids.length; i += 1000)
			await db.insertInto('notification_preference').values(ids.slice(i, i + 1000).map((id) => ({ user_id: id, email: `${tag}-${id}@example.org`, email_on: true, quiet_start: 0, quiet_end: 0 }))).execute();
		const config = { smtpUrl: mail.url, mailFrom: 'bench@example.org', origin: 'http://localhost:3000' };
		const start = performance.now();
		const queued = await queueReminders(db, config, [{ kind: 'test', key: `bench:${tag}`, userIds: ids, build: (locale) => ({ subject: locale === 'fr' ? 'Rappel' : 'تذكير', body: locale === 'fr' ? 'Séance demain à 9 h.' : 'جلسة غدًا على الساعة 9.', url: '/learn/agenda' }) }]);
		const queueMs = performance.now() - start;
		const r = await deliverAll(db, config, { limit: 500 });
		const ms = performance.now() - start;
		if (queued !== count) throw new Error(`${queued} queued, ${count} expected`);
		await db.deleteFrom('app_user').where('login', 'like', `${tag}-%`).execute();
		return { ms, queueMs, sent: r.sent, received: mail.mails.length };
	} finally {
		closeTransports();
		await mail.close();
		await handle.close();
	}
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	const r = await benchReminders(process.env.DATABASE_URL || undefined);
	console.log(`reminders: ${r.sent} sent (${r.received} received by the local SMTP server) in ${Math.round(r.ms)} ms (queueing ${Math.round(r.queueMs)} ms); limit 60000 ms: ${r.ms < 60_000 && r.received === 10_000 ? 'PASS' : 'FAIL'}`);
}
