// Issue 13, item 5: a module counts for the programme certificate only by an explicit choice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/index';
import { seedDemo } from '../../src/lib/server/demo/seed';
import { DEMO_PROGRAMME } from '../../src/lib/server/demo/content';
import { DEMO_LEARNER_COUNT } from '../../src/lib/server/demo/people';
import { createLesson, createModule, publishModule, updateModule } from '../../src/lib/server/content/content.service';
import { candidates, issueCertificates, updateProgrammeRules } from '../../src/lib/server/certificates/certificates.service';
import { freshDb } from './db';

let h: DbHandle;
let programmeId: number;
let trainer: { id: number };

const moduleInput = (slug: string, extra: { countsForProgramme?: boolean } = {}) => ({
	slug,
	title: { ar: 'وحدة تجريبية', fr: 'Module d’essai' },
	summary: {},
	hours: '2',
	passMark: '60',
	attendanceThreshold: '75',
	selfEnrolKey: '',
	...extra
});

async function eligibleForProgramme() {
	const { candidates: list } = await candidates(h.db, { programmeId }, undefined, 'fr');
	return { total: list.length, eligible: list.filter((c) => c.eligibility.eligible).map((c) => c.userId).sort((a, b) => a - b), list };
}

beforeAll(async () => {
	h = await freshDb();
	await seedDemo(h.db);
	programmeId = (await h.db.selectFrom('programme').select('id').where('slug', '=', DEMO_PROGRAMME.slug).executeTakeFirstOrThrow()).id;
	trainer = await h.db.selectFrom('app_user').select('id').where('login', '=', 'trainer1@amssawas.ma').executeTakeFirstOrThrow();
});
afterAll(() => h.close());

describe('modules counting for the programme certificate', () => {
	it('the demo modules count', async () => {
		const rows = await h.db.selectFrom('module').select('cert_required_for_programme').where('programme_id', '=', programmeId).execute();
		expect(rows.length).toBe(4);
		expect(rows.every((r) => r.cert_required_for_programme)).toBe(true);
	});

	it('a test module published after the programme has learners does not count, and ticking it does', async () => {
		// Two learners hold the certificate of every demo module (issued by an administrator's decision), so they are eligible.
		const demoModules = await h.db.selectFrom('module').select('id').where('programme_id', '=', programmeId).execute();
		const holders = (await eligibleForProgramme()).list.slice(0, 2).map((c) => c.userId);
		for (const userId of holders)
			for (const mod of demoModules)
				await issueCertificates(h.db, trainer, { moduleId: mod.id }, { userIds: [userId], override: 'Attestation de présence vérifiée', origin: 'http://127.0.0.1' }).catch((e) => {
					if (e?.key !== 'cert_not_enrolled') throw e;
				});
		const before = await eligibleForProgramme();
		expect(before.total).toBe(DEMO_LEARNER_COUNT);
		expect(before.eligible.length).toBeGreaterThan(0);

		const id = await createModule(h.db, trainer, moduleInput('test-module'));
		const row = await h.db.selectFrom('module').select(['cert_required_for_programme', 'programme_id']).where('id', '=', id).executeTakeFirstOrThrow();
		expect(row).toEqual({ cert_required_for_programme: false, programme_id: programmeId });
		await createLesson(h.db, trainer, id, { title: { fr: 'Essai' }, body: { fr: 'Texte' }, videoUrl: '' });
		await publishModule(h.db, trainer, id);

		// Not counting: every learner eligible before is still eligible.
		expect((await eligibleForProgramme()).eligible).toEqual(before.eligible);

		// Ticked on the module form: no one holds its certificate yet, so no one is eligible, and the reason names it.
		await updateModule(h.db, trainer, id, moduleInput('test-module', { countsForProgramme: true }));
		const ticked = await eligibleForProgramme();
		expect(ticked.eligible).toEqual([]);
		expect(ticked.list[0].eligibility.reasons).toContainEqual({ key: 'cert_reason_module_missing', params: { module: 'Module d’essai' } });

		// Editing without the box (a form that does not show it) keeps the choice.
		await updateModule(h.db, trainer, id, moduleInput('test-module'));
		expect((await eligibleForProgramme()).eligible).toEqual([]);

		// Unticked on the programme's rules page: back as before, and the change is audited.
		const demoIds = (await h.db.selectFrom('module').select('id').where('programme_id', '=', programmeId).where('id', '!=', id).execute()).map((r) => r.id);
		await updateProgrammeRules(h.db, trainer, programmeId, demoIds);
		expect((await eligibleForProgramme()).eligible).toEqual(before.eligible);
		const audit = await h.db.selectFrom('audit_event').select(['before', 'after']).where('action', '=', 'certificate.rules').where('subject_id', '=', String(id)).executeTakeFirstOrThrow();
		expect(audit).toMatchObject({ before: { requiredForProgramme: true }, after: { requiredForProgramme: false } });
	});

	it('a module created while the programme has no learners counts unless she says otherwise', async () => {
		await h.db.deleteFrom('enrolment').execute();
		const counted = await createModule(h.db, trainer, moduleInput('early-module'));
		const chosen = await createModule(h.db, trainer, moduleInput('early-optional', { countsForProgramme: false }));
		const rows = await h.db.selectFrom('module').select(['id', 'cert_required_for_programme']).where('id', 'in', [counted, chosen]).orderBy('id').execute();
		expect(rows.map((r) => r.cert_required_for_programme)).toEqual([true, false]);
	});
});
