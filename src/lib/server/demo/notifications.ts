import type { Db } from '../db/index';
import type { DemoContext } from './context';

/**
 * Reminders: learners 1 to 5 also have an e-mail address on example.org with e-mail reminders on
 * (nothing is really sent while SMTP_URL is unset: those messages fail with that reason);
 * every learner has WhatsApp to her phone login, which trainers send from a session's page.
 */
export async function seedNotificationPreferences(db: Db, ctx: Pick<DemoContext, 'learnerIds'>): Promise<void> {
	await db
		.insertInto('notification_preference')
		.values(ctx.learnerIds.map((id, i) => (i < 5 ? { user_id: id, email: `councillor${i + 1}@example.org`, email_on: true, whatsapp_on: true } : { user_id: id, whatsapp_on: true })))
		.onConflict((oc) => oc.column('user_id').doNothing())
		.execute();
}
