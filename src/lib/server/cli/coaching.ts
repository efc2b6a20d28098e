import { normaliseLogin } from '../users/login-id';
import { findUserByLogin, needCodesOf, sessionsForCli } from '../coaching/coaching.repository';
import { plansSummary } from '../coaching/plan.repository';
import { STATUSES } from '../coaching/coaching.service';
import type { CoachingStatus } from '../coaching/tables';
import { tr } from './messages';
import { CliError, withDb, type Command } from './shared';

/** Command-line commands of the coaching domain (registered in commands.ts). Never the private notes. */
export const coachingCommands: Record<string, Command> = {
	'coaching:list': {
		summary: 'List coaching sessions (never the private notes), oldest first.',
		usage: '[--learner LOGIN] [--status held|planned|missed|cancelled] [--json]',
		options: { learner: { type: 'string' }, status: { type: 'string' }, json: { type: 'boolean' } },
		async run({ values: v }) {
			const status = v.status === undefined ? undefined : String(v.status);
			if (status !== undefined && !STATUSES.includes(status as CoachingStatus)) throw new CliError(`--status must be one of ${STATUSES.join(', ')}`, 2);
			const rows = await withDb(async (db) => {
				let learnerId: number | undefined;
				if (v.learner !== undefined) {
					const raw = String(v.learner);
					const id = normaliseLogin(raw);
					const u = id ? await findUserByLogin(db, id.login) : undefined;
					if (!u) throw new CliError(tr('coach_cli_learner_not_found', { login: raw }), 1);
					learnerId = u.id;
				}
				const sessions = await sessionsForCli(db, { learnerId, status: status as CoachingStatus | undefined });
				const needs = await needCodesOf(db, sessions.map((s) => s.id));
				return sessions.map((s) => ({ id: s.id, learner: s.learner, coach: s.coach, startsAt: s.starts_at.toISOString(), minutes: s.minutes, mode: s.mode, status: s.status, needs: needs.get(s.id) ?? [] }));
			});
			if (v.json) console.log(JSON.stringify(rows, null, 2));
			else for (const r of rows) console.log([r.startsAt.slice(0, 16).replace('T', ' ') + 'Z', r.learner.padEnd(14), r.coach.padEnd(22), String(r.minutes).padStart(3), r.mode.padEnd(9), r.status.padEnd(9), r.needs.join(',')].join('  '));
		}
	},

	'plans:list': {
		summary: 'List development plans: status, goals, reviews, last review.',
		usage: '[--json]',
		options: { json: { type: 'boolean' } },
		async run({ values: v }) {
			const rows = (await withDb((db) => plansSummary(db))).map((p) => ({ learner: p.learner, status: p.status, goals: p.goals, reviews: p.reviews, lastReviewAt: p.last_review_at ? new Date(p.last_review_at).toISOString() : null }));
			if (v.json) console.log(JSON.stringify(rows, null, 2));
			else for (const r of rows) console.log([r.learner.padEnd(14), r.status.padEnd(9), `${r.goals}`.padStart(2), `${r.reviews}`.padStart(3), r.lastReviewAt ?? '-'].join('  '));
		}
	}
};
