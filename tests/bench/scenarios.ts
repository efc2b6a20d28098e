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
	/**
	 * The leadership practice quiz (unlimited attempts) and each learner session's open
	 * attempt on it, in the order of the learner sessions; the first question's id and an
	 * option to answer it with.
	 */
	quiz: { slug: DemoModule; id: number; attempts: number[]; question: number; answer: string };
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
	method?: 'GET' | 'POST';
	body?: string | ((ctx: BenchContext) => string);
	/** The path differs per session (see PathSpec): each session requests its own. */
	perSession?: boolean;
	headers?: Record<string, string>;
	expectStatus?: number;
	target?: Target;
}

/** A scenario with its path (and body) resolved; `paths` per session when the scenario is perSession. */
export type ResolvedScenario = Omit<Scenario, 'path' | 'body'> & { path: string; body?: string; paths?: string[] };

const firstLesson = (ctx: BenchContext) => `/learn/leadership/${ctx.lessons.leadership[0]}`;
const quizAttempt = (ctx: BenchContext, session: number) => `/learn/${ctx.quiz.slug}/quiz/${ctx.quiz.id}/attempt/${ctx.quiz.attempts[session]}?p=0`;

export const scenarios: Scenario[] = [
	{ name: 'login page', path: '/login', auth: null },
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
	}
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
	{ name: 'lesson page', path: firstLesson, auth: 'learner', maxBytes: 60_000 }
];
