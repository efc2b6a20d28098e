import type { Db } from '../db/index';
import type { AnswerValue, QuestionContent } from '../quizzes/model';
import type { QuizKind } from '../quizzes/tables';
import { insertQuestions } from '../quizzes/bank.repository';
import { closeAttempt, drawQuestions } from '../quizzes/attempt.service';
import type { DemoContext } from './context';
import { DEMO_BANKS } from './quiz-questions';

const DAY = 86_400_000;

/** A small deterministic generator, so the demo gives the same scores every time. */
function rng(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A right or a wrong answer to a question, as a learner would give it. */
function answerFor(c: QuestionContent, right: boolean, r: () => number): AnswerValue {
	switch (c.type) {
		case 'single': {
			const best = c.options.find((o) => o.weight === 100)!;
			const wrong = c.options.filter((o) => o.weight < 100);
			return right ? best.id : wrong[Math.floor(r() * wrong.length)].id;
		}
		case 'multiple': {
			const good = c.options.filter((o) => o.weight > 0).map((o) => o.id);
			const bad = c.options.filter((o) => o.weight < 0).map((o) => o.id);
			return right ? good : [good[0], bad[0] ?? good[0]];
		}
		case 'truefalse':
			return right ? c.correct : !c.correct;
		case 'short':
			return right ? c.answers[0].text : 'لا أعرف';
		case 'numerical': {
			const a = c.answers[0];
			const v = a.kind === 'tolerance' ? a.value : a.min;
			return right ? v : v + 2;
		}
		case 'matching': {
			const ids = c.pairs.map((p) => p.id);
			const out: Record<string, string> = Object.fromEntries(ids.map((id) => [id, id]));
			if (!right) [out[ids[0]], out[ids[1]]] = [ids[1], ids[0]];
			return out;
		}
	}
}

/**
 * Each demo module gets its bank, a pre-test and a post-test (the same eight
 * questions, so the gain compares like with like) and a graded quiz that draws
 * six of the ten at random (pass mark: the module's), and a practice quiz of
 * all ten, unlimited (the bench uses it). The demo learners have
 * taken them with realistic scores: higher after the module than before, a few
 * missing one of the two tests.
 */
export async function seedQuizzes(db: Db, ctx: DemoContext): Promise<void> {
	const trainerId = ctx.trainerIds[0];
	for (const [m, [slug, bank]] of Object.entries(DEMO_BANKS).entries()) {
		const mod = await db.selectFrom('module').select(['id']).where('slug', '=', slug).executeTakeFirst();
		if (!mod) continue;
		if (await db.selectFrom('quiz').select('id').where('module_id', '=', mod.id).executeTakeFirst()) continue;
		// A name a trainer would give, not a path of codes (issue 13 §8).
		const category = 'بنك أسئلة الوحدة';
		const ids = await insertQuestions(db, mod.id, bank.map((content) => ({ category, content })), trainerId);
		const cat = await db.selectFrom('question_category').select('id').where('module_id', '=', mod.id).where('name', '=', category).executeTakeFirstOrThrow();

		const make = async (kind: QuizKind, title: { ar: string; fr: string; zgh: string }, position: number, extra: Partial<{ attempts_allowed: number | null; time_limit_minutes: number | null; feedback: 'immediate' | 'after_submit' }> = {}) => {
			const q = await db
				.insertInto('quiz')
				.values({
					module_id: mod.id,
					kind,
					title: JSON.stringify(title),
					intro: JSON.stringify(
						kind === 'pre'
							? { ar: 'هذا الاختبار يقيس ما تعرفينه قبل الوحدة. لا نجاح ولا رسوب.', fr: 'Ce test mesure ce que vous savez avant le module. Ni réussite ni échec.' }
							: kind === 'post'
								? { ar: 'نفس الأسئلة بعد الوحدة، لقياس ما تعلمتِه.', fr: 'Les mêmes questions après le module, pour mesurer ce que vous avez appris.' }
								: kind === 'practice'
									? { ar: 'تمرّني بقدر ما تشائين: هذا التمرين لا يُحتسب.', fr: 'Entraînez-vous autant que vous voulez : cet entraînement ne compte pas.' }
									: { ar: 'هذا الاختبار يُحتسب للشهادة.', fr: 'Ce quiz compte pour le certificat.' }
					),
					status: 'published',
					attempts_allowed: extra.attempts_allowed === undefined ? 1 : extra.attempts_allowed,
					time_limit_minutes: extra.time_limit_minutes ?? null,
					feedback: extra.feedback ?? 'after_submit',
					shuffle_options: true,
					position,
					created_by: trainerId
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			return q.id;
		};
		const pre = await make('pre', { ar: 'الاختبار القبلي', fr: 'Test de départ', zgh: 'ⴰⵔⵎ ⴰⵎⵣⵡⴰⵔⵓ' }, 1);
		const post = await make('post', { ar: 'الاختبار البعدي', fr: 'Test final', zgh: 'ⴰⵔⵎ ⴰⵏⴳⴳⴰⵔⵓ' }, 2);
		const graded = await make('graded', { ar: 'اختبار الوحدة المُنقَّط', fr: 'Quiz noté du module', zgh: 'ⴰⵔⵎ ⵙ ⵜⵏⵇⵇⵉⴹⵉⵏ' }, 3, { attempts_allowed: 2, time_limit_minutes: 20 });
		// Practice: the whole bank, unlimited attempts, answers shown once sent.
		const practice = await make('practice', { ar: 'تمرين', fr: 'Entraînement', zgh: 'ⴰⵙⵏⵖⵎⵙ' }, 4, { attempts_allowed: null });
		await db.insertInto('quiz_item').values(ids.map((question_id, i) => ({ quiz_id: practice, position: i + 1, question_id }))).execute();
		const eight = ids.slice(0, 8);
		for (const quizId of [pre, post])
			await db.insertInto('quiz_item').values(eight.map((question_id, i) => ({ quiz_id: quizId, position: i + 1, question_id }))).execute();
		await db.insertInto('quiz_item').values({ quiz_id: graded, position: 1, category_id: cat.id, random_count: 6 }).execute();

		// Attempts: each learner has an ability; she knows more after the module.
		const r = rng(4242 + m);
		const quizzes = await db.selectFrom('quiz').selectAll().where('id', 'in', [pre, post, graded]).execute();
		const byId = new Map(quizzes.map((q) => [q.id, q]));
		for (const [i, userId] of ctx.learnerIds.entries()) {
			// Learners 1 and 2 are the demo's success stories: strong after every module, so they can earn certificates.
			const star = i < 2;
			const ability = star ? Math.max(0.6, 0.25 + 0.45 * r()) : 0.25 + 0.45 * r();
			const learned = star ? Math.max(0.35, 0.15 + 0.3 * r()) : 0.15 + 0.3 * r();
			// A few learners missed the pre-test, a few have not taken the post-test yet; some none at all.
			const skip = (i + m) % 13;
			const takePre = skip !== 3 && skip !== 8;
			const takePost = skip !== 5 && skip !== 11 && skip !== 12 && i % 9 !== 4;
			const startDay = 55 - (i % 10);
			const plan: [number, number, number][] = [];
			if (takePre) plan.push([pre, ability, startDay]);
			if (takePost) {
				plan.push([post, Math.min(0.97, ability + learned), startDay - 40]);
				plan.push([graded, Math.min(0.97, ability + learned - 0.05), startDay - 42]);
				if (r() < 0.3) plan.push([graded, Math.min(0.98, ability + learned + 0.05), startDay - 44]);
			}
			const no = new Map<number, number>();
			for (const [quizId, p, daysAgo] of plan) {
				const quiz = byId.get(quizId)!;
				const started = new Date(ctx.now.getTime() - daysAgo * DAY + (i % 8) * 3_600_000);
				const questions = await drawQuestions(db, quiz, r);
				const attemptNo = (no.get(quizId) ?? 0) + 1;
				no.set(quizId, attemptNo);
				const row = await db
					.insertInto('quiz_attempt')
					.values({
						quiz_id: quizId,
						user_id: userId,
						attempt_no: attemptNo,
						questions: JSON.stringify(questions),
						started_at: started,
						deadline_at: quiz.time_limit_minutes ? new Date(started.getTime() + quiz.time_limit_minutes * 60_000) : null
					})
					.returningAll()
					.executeTakeFirstOrThrow();
				const answers = questions.map((q) => ({
					attempt_id: row.id,
					question_id: q.id,
					answer: JSON.stringify(answerFor(q.content, r() < p, r)),
					saved_at: new Date(started.getTime() + 60_000)
				}));
				await db.insertInto('attempt_answer').values(answers).execute();
				await closeAttempt(db, row, new Date(started.getTime() + 9 * 60_000), false);
			}
		}
	}
}
