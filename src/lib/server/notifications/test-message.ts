import type { Db } from '../db/index';
import { insertNotifications, markOutcome, recipients } from './notification.repository';
import type { NotifyConfig } from './config';
import { deliverDue } from './delivery.service';
import { render } from './messages';
import type { Channel } from './tables';

export type TestOutcome = { status: 'sent' } | { status: 'not_found' } | { status: 'no_address' } | { status: 'failed'; reason: string };

/** A test message to one person, sent now (quiet hours do not apply), logged like any other. */
export async function sendTestNow(db: Db, config: NotifyConfig, login: string, channel: Channel): Promise<TestOutcome> {
	const user = await db.selectFrom('app_user').select('id').where('login', '=', login).executeTakeFirst();
	const [r] = user ? await recipients(db, [user.id]) : [];
	if (!r) return { status: 'not_found' };
	if (channel === 'email' && !r.email) return { status: 'no_address' };
	if (channel === 'push' && !r.pushCount) return { status: 'no_address' };
	const now = new Date();
	const [id] = await insertNotifications(db, [
		{
			userId: r.userId,
			channel,
			kind: 'test',
			dedupeKey: `test:${r.userId}:${channel}:${now.toISOString()}:${Math.random().toString(36).slice(2)}`,
			locale: r.locale,
			payload: { subject: render('notify_kind_test', {}, r.locale), body: render('notify_test', {}, r.locale), url: '/profile' },
			status: 'queued',
			nextAttemptAt: now
		}
	]);
	const result = await deliverDue(db, config, { onlyId: id, limit: 1 });
	if (result.sent) return { status: 'sent' };
	const reason = result.errors[0] ?? 'not sent';
	// A test is not retried later: what failed is reported now.
	await markOutcome(db, id, { status: 'failed', error: reason }, new Date());
	return { status: 'failed', reason };
}
