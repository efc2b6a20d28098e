import { createDb } from '../../src/lib/server/db/index';
import { issueCertificates } from '../../src/lib/server/certificates/certificates.service';

/**
 * Issue #6: bulk-issues the leadership certificate to the 40 demo learners, in
 * this process, on the bench database, and times it (signing, PDF drawing with
 * fonts parsed once, storing). The module's rules are switched off first, so
 * all 40 are eligible whatever their demo progress, quiz results and attendance.
 */
export async function bulkIssueDemo(databaseUrl: string, origin: string): Promise<{ ms: number; issued: number; serial: string }> {
	const { db, close } = await createDb({ databaseUrl });
	try {
		const m = await db.selectFrom('module').select('id').where('slug', '=', 'leadership').executeTakeFirstOrThrow();
		await db.updateTable('module').set({ cert_require_lessons: false, cert_require_quiz: false, cert_require_attendance: false }).where('id', '=', m.id).execute();
		const learners = await db.selectFrom('app_user').select('id').where('is_demo', '=', true).where('role', '=', 'learner').orderBy('id').execute();
		const start = performance.now();
		const r = await issueCertificates(db, { id: null }, { moduleId: m.id }, { userIds: learners.map((l) => l.id), origin });
		const ms = performance.now() - start;
		if (!r.issued.length) throw new Error('no certificate issued');
		return { ms, issued: r.issued.length, serial: r.issued[0].serial };
	} finally {
		await close();
	}
}
