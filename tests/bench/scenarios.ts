/**
 * The pages `npm run bench` loads. Add a page with one line; give it a target
 * when the issue that asks for it sets one.
 *
 *   path                  a string, or a function of the BenchContext the harness fills once
 *                         the server is up (for ids that only exist at run time, e.g. a lesson's)
 *   auth: null            anonymous (no cookie)
 *         'learner' | …   each request carries the session cookie of the next
 *                         person of that role (50 learners, 2 trainers, 1 admin)
 *   method/body           body is sent as application/x-www-form-urlencoded
 *                         with the Origin header (kit's CSRF check)
 *   expectStatus          default: any 2xx; anything else counts as an error
 */
export type Role = 'learner' | 'trainer' | 'admin';

/** The published demo modules; the bench enrols learners 41–50 in all of them (the 40 demo learners are, through their cohort). */
export const DEMO_MODULES = ['leadership', 'negotiation', 'gender-budgeting', 'participatory-planning'] as const;
export type DemoModule = (typeof DEMO_MODULES)[number];

/** What the harness finds out once the server is up and everybody is logged in. */
export interface BenchContext {
	/** Lesson ids of each demo module, in the order a learner's module page lists them. */
	lessons: Record<DemoModule, number[]>;
	/** A certificate issued by the bench (leadership, demo learner), for the download and verification pages. */
	certificate: string;
	/**
	 * The leadership practice quiz (unlimited attempts) and each learner session's open
	 * attempt on it, in the order of the learner sessions; the first question's id and an
	 * option to answer it with.
	 */
	quiz: { slug: DemoModule; id: number; attempts: number[]; question: number; answer: string };
	/** The demo class session in progress (participatory planning, 40 learners on its roll). */
	liveSession: number;
	/** The check-in code shown now on the live session's screen (read from the trainer's page; valid 30–60 s). */
	checkInCode: () => Promise<string>;
	/** The leadership module and its graded quiz, for the staff pages. */
	staff: { moduleId: number; gradedQuizId: number };
}

/**
 * A path, or how to make it from the context (resolved once, before any request). With
 * `perSession`, the function also gets the index of the session (the learner's own attempt).
 */
export type PathSpec = string | ((ctx: BenchContext, session: number) => string);

export const resolvePath = (path: PathSpec, ctx: BenchContext, session = 0): string => (typeof path === 'function' ? path(ctx, session) : path);

export interface Target {
	/** Requests per second, at least. */
	minRps?: number;
	/** 99th-percentile latency, strictly below (ms). */
	maxP99Ms?: number;
}

export interface Scenario {
	name: string;
	path: PathSpec;
	auth: Role | null;
	/** Rotate only the first N sessions of the role (e.g. the 40 demo learners, on the live session's roll). */
	maxSessions?: number;
	method?: 'GET' | 'POST';
	/**
	 * A function is called again right before the page is loaded (for values that expire, like a
	 * check-in code).
	 */
	body?: string | ((ctx: BenchContext) => string | Promise<string>);
	/** The path differs per session (see PathSpec): each session requests its own. */
	perSession?: boolean;
	headers?: Record<string, string>;
	expectStatus?: number;
	target?: Target;
	/** Concurrent connections for this page (default: BENCH_CONNECTIONS). */
	connections?: number;
}

/** A scenario with its path and body resolved; `paths` per session when the scenario is perSession. */
export type ResolvedScenario = Omit<Scenario, 'path' | 'body'> & { path: string; body?: string; paths?: string[] };

export async function resolveBody(s: Scenario, ctx: BenchContext): Promise<string | undefined> {
	return typeof s.body === 'function' ? s.body(ctx) : s.body;
}

export const REFERENCE = 'reference page (select 1)';

/** Learner pages: at least 1,000 req/s, p99 under 150 ms, and at least 30 % of the reference page's throughput (issue 18). */
export const NEAR_THE_LIMIT = ['learner home', 'module page', 'lesson page', 'quiz page', 'learner certificates', 'learner agenda'];

/** Staff pages at 10,000 learners (issue 18): p99 under 500 ms at 20 connections, at least 50 req/s. */
const STAFF_AT_SCALE: Target = { minRps: 50, maxP99Ms: 500 };

const firstLesson = (ctx: BenchContext) => `/learn/leadership/${ctx.lessons.leadership[0]}`;
const quizAttempt = (ctx: BenchContext, session: number) => `/learn/${ctx.quiz.slug}/quiz/${ctx.quiz.id}/attempt/${ctx.quiz.attempts[session]}?p=0`;

export const scenarios: Scenario[] = [
	// The yardstick: a trivial page with one `select 1`, same server, layout, compression and CSP (issue 18).
	{ name: REFERENCE, path: '/bench-reference', auth: 'learner' },
	{ name: 'login page', path: '/login', auth: null },
	{ name: 'learner certificates', path: '/certificates', auth: 'learner' },
	{ name: 'learner agenda', path: '/learn/agenda', auth: 'learner' },
	{ name: 'learner home', path: '/learn', auth: 'learner', target: { minRps: 500, maxP99Ms: 250 } },
	// Issue #3, "Performance": module page and lesson page, each ≥ 500 req/s with p99 < 250 ms.
	{ name: 'module page', path: '/learn/leadership', auth: 'learner', target: { minRps: 500, maxP99Ms: 250 } },
	{ name: 'lesson page', path: firstLesson, auth: 'learner', target: { minRps: 500, maxP99Ms: 250 } },
	// Issue #4, "Performance": 50 learner sessions each with an open attempt; viewing a quiz page
	// ≥ 400 req/s and saving an answer ≥ 300 req/s, p99 < 300 ms; the answers are counted afterwards.
	{ name: 'quiz page', path: quizAttempt, perSession: true, auth: 'learner', target: { minRps: 400, maxP99Ms: 300 } },
	{
		name: 'answer save',
		path: (ctx, i) => `${quizAttempt(ctx, i).replace(/\?.*$/, '')}?/save`,
		perSession: true,
		method: 'POST',
		body: (ctx) => `p=0&q${ctx.quiz.question}=${ctx.quiz.answer}&go=stay`,
		auth: 'learner',
		expectStatus: 303,
		target: { minRps: 300, maxP99Ms: 300 }
	},
	// Issue #6: a stored certificate's download ≥ 1,000 req/s, the public verification page ≥ 800 req/s, p99 < 250 ms.
	{ name: 'certificate download', path: (ctx) => `/certificates/${ctx.certificate}.pdf`, auth: 'admin', target: { minRps: 1000, maxP99Ms: 250 } },
	{ name: 'certificate verification page', path: (ctx) => `/verify/${ctx.certificate}`, auth: null, target: { minRps: 800, maxP99Ms: 250 } },
	// Issue #5, "Performance": the trainer's roll-call page of a 40-learner session ≥ 500 req/s, p99 < 250 ms;
	// check-in posts ≥ 300 req/s (the 40 demo learners on the live session's roll, with the code of the moment:
	// after the first post each one is already present, and check-in never lowers a mark).
	{ name: 'roll call', path: (ctx) => `/trainer/sessions/${ctx.liveSession}/roll`, auth: 'trainer', target: { minRps: 500, maxP99Ms: 250 } },
	{
		name: 'check-in post',
		path: '/learn/check-in',
		auth: 'learner',
		maxSessions: 40,
		method: 'POST',
		body: async (ctx) => `code=${await ctx.checkInCode()}&s=${ctx.liveSession}`,
		target: { minRps: 300 }
	},
	// Issue #15: the councillor's council activity page and the verification queue ≥ 500 req/s, p99 < 250 ms.
	{ name: 'council activity', path: '/learn/council', auth: 'learner', target: { minRps: 500, maxP99Ms: 250 } },
	{ name: 'council verification queue', path: '/trainer/council', auth: 'trainer', target: { minRps: 500, maxP99Ms: 250 } },
	// Issue #14: the coach's board with 40 councillors (the admin's board holds all 40) and the learner's plan page, ≥ 500 req/s, p99 < 250 ms.
	{ name: 'coach board', path: '/coach', auth: 'admin', target: { minRps: 500, maxP99Ms: 250 } },
	{ name: 'learner plan page', path: '/learn/plan', auth: 'learner', target: { minRps: 500, maxP99Ms: 250 } },

	// Issue #18: staff pages that read every learner of a module; measured with `npm run bench -- --learners 10000` too.
	// The leadership module's pages with trainer1's session only: trainer2 does not teach it (403).
	{ name: "trainer's learners", path: '/trainer/learners', auth: 'trainer', target: STAFF_AT_SCALE, connections: 20 },
	{ name: 'quiz results (graded)', path: (ctx) => `/trainer/modules/${ctx.staff.moduleId}/quizzes/${ctx.staff.gradedQuizId}/results`, auth: 'trainer', target: STAFF_AT_SCALE, connections: 20, maxSessions: 1 },
	{ name: 'pre/post gain', path: (ctx) => `/trainer/modules/${ctx.staff.moduleId}/gain`, auth: 'trainer', target: STAFF_AT_SCALE, connections: 20, maxSessions: 1 },
	{ name: 'attendance report', path: '/trainer/sessions/report?module=leadership', auth: 'trainer', target: STAFF_AT_SCALE, connections: 20, maxSessions: 1 },
	{ name: 'certificate issuing', path: (ctx) => `/admin/certificates/issue?target=module:${ctx.staff.moduleId}`, auth: 'admin', target: STAFF_AT_SCALE, connections: 20 },
	{ name: 'certificate register', path: '/admin/certificates', auth: 'admin', target: STAFF_AT_SCALE, connections: 20 },
	{ name: 'admin user search', path: '/admin/users?q=fatima', auth: 'admin', target: STAFF_AT_SCALE, connections: 20 },
	// Issue #16: the results dashboard (every indicator computed from the records in a few aggregate statements), ≥ 200 req/s, p99 < 400 ms.
	{ name: 'results dashboard', path: '/results', auth: 'admin', target: { minRps: 200, maxP99Ms: 400 } }
];

/** First visits weighed: HTML + CSS + JS, compressed as sent (fonts and images excluded), with the role's first session cookie. */
export interface FirstVisitSpec {
	name: string;
	path: PathSpec;
	auth: Role | null;
	maxBytes: number;
}

export const FIRST_VISITS: FirstVisitSpec[] = [
	{ name: 'login page', path: '/login', auth: null, maxBytes: 60_000 },
	// Issue #3: a first visit to a lesson page transfers under 60 KB of HTML, CSS and JavaScript.
	{ name: 'lesson page', path: firstLesson, auth: 'learner', maxBytes: 60_000 },
	// Our own guard, not an issue's: trainers take the roll on phones in halls with poor signal, and
	// this page (unlike the learner's) ships JavaScript to save each tap in place.
	{ name: 'roll call', path: (ctx) => `/trainer/sessions/${ctx.liveSession}/roll`, auth: 'trainer', maxBytes: 60_000 },
	// Issue #15: a learner page, under 60 KB on a first visit.
	{ name: 'council activity', path: '/learn/council', auth: 'learner', maxBytes: 60_000 },
	// Issue #14: a learner's first visit to her plan under 60 KB.
	{ name: 'learner plan page', path: '/learn/plan', auth: 'learner', maxBytes: 60_000 }
];
