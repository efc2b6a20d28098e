// Demo learning content for AMSSAWASS 2025–2026: four modules written for
// elected women councillors in the communes of Béni Mellal-Khénifra.
//
// Legal references follow /work/shared/domain/governance-glossary.md: a law or
// article is cited only where the glossary marks it confirmed, and always with
// a reminder to check the official text. Anything the glossary leaves
// unconfirmed (months of the sessions, official French names, petition
// thresholds, PAC calendar…) is phrased as practice or as "check the text".
// Communes named in examples are real (HCP RGPH 2024); the situations described
// in them are hypothetical ("imaginons…") and state no fact about the commune.
// The zgh titles are composed, not taken from an existing text: README.md lists
// them for review by a native speaker.
import type { Db } from '../db/index';
import { leadership } from './modules/leadership';
import { negotiation } from './modules/negotiation';
import { genderBudgeting } from './modules/gender-budgeting';
import { participatoryPlanning } from './modules/participatory-planning';

export type DemoLocalized = { ar: string; fr: string; zgh?: string };

export interface DemoLesson {
	title: { ar: string; fr: string; zgh: string };
	body: { ar: string; fr: string };
}

export interface DemoModule {
	slug: 'leadership' | 'negotiation' | 'gender-budgeting' | 'participatory-planning';
	position: number;
	hours: number;
	/** Which demo trainer (0: trainer1, 1: trainer2) authored it. */
	trainer: 0 | 1;
	title: { ar: string; fr: string; zgh: string };
	summary: DemoLocalized;
	lessons: DemoLesson[];
}

/** The published snapshot learners read (same shape as the content engine's). */
export interface DemoSnapshot {
	title: { ar: string; fr: string; zgh: string };
	summary: DemoLocalized;
	hours: number;
	lessons: { id: number; position: number; title: { ar: string; fr: string; zgh: string }; body: { ar: string; fr: string }; videoUrl: string | null }[];
}

export const DEMO_PROGRAMME = {
	slug: 'amssawass-2025-2026',
	title: { ar: 'أمساواس 2025–2026', fr: 'AMSSAWASS 2025–2026', zgh: 'ⴰⵎⵙⴰⵡⴰⵙ 2025–2026' }
} as const;

export const DEMO_COHORT = { name: 'Béni Mellal-Khénifra 2025–2026', startsOn: '2025-10-01', endsOn: '2026-06-30' } as const;

// One file a module, under demo/modules/, so each can be read and edited on its own.
export const DEMO_MODULES: DemoModule[] = [leadership, negotiation, genderBudgeting, participatoryPlanning];

// ---------------------------------------------------------------------------
// Seeding
// ---------------------------------------------------------------------------
export interface SeedContentOptions {
	/** app_user ids of trainer1 and trainer2: each authors two modules. */
	trainerIds: [number, number];
	/** app_user ids of the demo learners, in order: learnerIds[0] is learner 1. */
	learnerIds: number[];
	/** The moment progress dates are counted back from (tests pass a fixed one). */
	now?: Date;
}

export interface SeedContentResult {
	seeded: boolean;
	modules: number;
	lessons: number;
	enrolments: number;
	progressRows: number;
}

const DAY = 24 * 60 * 60 * 1000;

export interface DemoProgressStep {
	/** Index of the lesson in programme order (module by module, lesson by lesson). */
	lesson: number;
	viewedAt: Date;
	completedAt: Date | null;
}

/**
 * A deterministic, realistic spread of progress for learner n (1-based) over a
 * programme of `total` lessons: a few have not started, many are midway, some
 * have finished one module or more, a handful everything. Learners follow the
 * modules in order; most have opened the lesson after their last completed one.
 */
export function demoProgress(n: number, total: number, now: Date): DemoProgressStep[] {
	// 17 is prime to 40: "engagement" walks through 0…39 once for learners 1…40.
	const engagement = (n * 17) % 40;
	if (engagement < 3) return [];
	const done = Math.min(total, Math.floor(((engagement - 2) * (total + 2)) / 37));
	const firstDaysAgo = 56 - (n % 7); // started about eight weeks ago
	const lastDaysAgo = 1 + (n % 9); // last visit in the past ten days
	const hour = 8 + ((n * 5) % 12); // between 08:00 and 19:00 UTC
	const at = (daysAgo: number) => {
		const d = new Date(now.getTime() - Math.round(daysAgo) * DAY);
		d.setUTCHours(hour, (n * 13) % 60, 0, 0);
		return d;
	};
	const steps: DemoProgressStep[] = [];
	for (let i = 0; i < done; i++) {
		const daysAgo = done === 1 ? lastDaysAgo : firstDaysAgo - (i * (firstDaysAgo - lastDaysAgo)) / (done - 1);
		const d = at(daysAgo);
		steps.push({ lesson: i, viewedAt: d, completedAt: d });
	}
	// Two learners in three have opened the next lesson without finishing it.
	if (done < total && n % 3 !== 0) steps.push({ lesson: done, viewedAt: at(Math.max(0, lastDaysAgo - 1)), completedAt: null });
	return steps;
}

/**
 * Inserts the AMSSAWASS programme, its four published modules and their
 * lessons, the cohort of the 40 demo learners, their enrolments (through the
 * cohort) and varied progress. Does nothing when the programme (or one of the
 * module slugs) already exists.
 */
export async function seedContent(db: Db, opts: SeedContentOptions): Promise<SeedContentResult> {
	if (db.isTransaction) return insertContent(db, opts);
	return db.transaction().execute((trx) => insertContent(trx, opts));
}

async function insertContent(db: Db, opts: SeedContentOptions): Promise<SeedContentResult> {
	const nothing = { seeded: false, modules: 0, lessons: 0, enrolments: 0, progressRows: 0 };
	if (await db.selectFrom('programme').select('id').where('slug', '=', DEMO_PROGRAMME.slug).executeTakeFirst()) return nothing;
	const slugs = DEMO_MODULES.map((m) => m.slug);
	if (await db.selectFrom('module').select('id').where('slug', 'in', slugs).executeTakeFirst()) return nothing;

	const now = opts.now ?? new Date();
	const programme = await db
		.insertInto('programme')
		.values({ slug: DEMO_PROGRAMME.slug, title: JSON.stringify(DEMO_PROGRAMME.title) })
		.returning('id')
		.executeTakeFirstOrThrow();

	const moduleIds: number[] = [];
	const lessonIds: number[] = []; // programme order
	for (const m of DEMO_MODULES) {
		const mod = await db
			.insertInto('module')
			.values({
				programme_id: programme.id,
				slug: m.slug,
				position: m.position,
				title: JSON.stringify(m.title),
				summary: JSON.stringify(m.summary),
				hours: m.hours,
				status: 'published',
				published_at: now,
				has_unpublished_changes: false,
				cert_required_for_programme: true,
				created_by: opts.trainerIds[m.trainer]
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const lessons = await db
			.insertInto('lesson')
			.values(m.lessons.map((l, i) => ({ module_id: mod.id, position: i + 1, title: JSON.stringify(l.title), body: JSON.stringify(l.body), video_url: null })))
			.returning(['id', 'position'])
			.execute();
		lessons.sort((a, b) => a.position - b.position);
		const snapshot: DemoSnapshot = {
			title: m.title,
			summary: m.summary,
			hours: m.hours,
			lessons: lessons.map((row, i) => ({ id: row.id, position: row.position, title: m.lessons[i].title, body: m.lessons[i].body, videoUrl: null }))
		};
		await db.updateTable('module').set({ published_content: JSON.stringify(snapshot) }).where('id', '=', mod.id).execute();
		moduleIds.push(mod.id);
		lessonIds.push(...lessons.map((l) => l.id));
	}

	// The cohort may already exist (created by a CSV import under the same name).
	let cohort = await db.selectFrom('cohort').select('id').where('name', '=', DEMO_COHORT.name).executeTakeFirst();
	if (!cohort) {
		cohort = await db
			.insertInto('cohort')
			.values({ name: DEMO_COHORT.name, starts_on: DEMO_COHORT.startsOn, ends_on: DEMO_COHORT.endsOn })
			.returning('id')
			.executeTakeFirstOrThrow();
	}
	const cohortId = cohort.id;
	const learners = opts.learnerIds;
	if (learners.length) {
		await db
			.insertInto('cohort_member')
			.values(learners.map((user_id) => ({ cohort_id: cohortId, user_id })))
			.onConflict((oc) => oc.columns(['cohort_id', 'user_id']).doNothing())
			.execute();
	}

	const enrolledAt = new Date(now.getTime() - 60 * DAY);
	const enrolments = learners.flatMap((user_id) => moduleIds.map((module_id) => ({ user_id, module_id, source: 'cohort' as const, status: 'active' as const, enrolled_at: enrolledAt })));
	if (enrolments.length) {
		await db
			.insertInto('enrolment')
			.values(enrolments)
			.onConflict((oc) => oc.columns(['user_id', 'module_id']).doNothing())
			.execute();
	}

	const progress = learners.flatMap((user_id, i) =>
		demoProgress(i + 1, lessonIds.length, now).map((s) => ({ user_id, lesson_id: lessonIds[s.lesson], last_viewed_at: s.viewedAt, completed_at: s.completedAt }))
	);
	if (progress.length) await db.insertInto('lesson_progress').values(progress).execute();

	return { seeded: true, modules: moduleIds.length, lessons: lessonIds.length, enrolments: enrolments.length, progressRows: progress.length };
}
