// The part of autocannon 9's programmatic API the bench uses (the package ships no types).
declare module 'autocannon' {
	export interface Request {
		method?: string;
		path?: string;
		headers?: Record<string, string>;
		body?: string | Buffer;
	}
	export interface Client {
		setRequests(requests: Request[]): void;
	}
	export interface Histogram {
		average: number;
		mean: number;
		stddev: number;
		min: number;
		max: number;
		total: number;
		p50: number;
		p90: number;
		p97_5: number;
		p99: number;
		p99_9: number;
	}
	export interface Options {
		url: string;
		connections?: number;
		duration?: number;
		timeout?: number;
		pipelining?: number;
		headers?: Record<string, string>;
		requests?: Request[];
		setupClient?: (client: Client) => void;
		title?: string;
	}
	export interface Result {
		title?: string;
		duration: number;
		errors: number;
		timeouts: number;
		non2xx: number;
		mismatches: number;
		statusCodeStats: Record<string, { count: number }>;
		latency: Histogram & { totalCount: number };
		requests: Histogram & { sent: number };
		throughput: Histogram;
	}
	export interface Instance extends PromiseLike<Result> {
		stop(): void;
	}
	function autocannon(opts: Options): Instance;
	export default autocannon;
}
