import { describe, expect, it } from 'vitest';
import { cliEnvironment } from './cli-env';

const { cli } = cliEnvironment('quiz-cli');

describe('quizzes from the command line', () => {
	it('lists the quizzes of a demo module with their ids and kinds, and refuses an unknown module', { timeout: 180_000 }, () => {
		expect(cli('demo:seed').code).toBe(0);
		const r = cli('quizzes:list', '--module', 'leadership', '--json');
		expect(r.code).toBe(0);
		const list = JSON.parse(r.out) as { id: number; kind: string; status: string; items: number; title: Record<string, string> }[];
		expect(list.map((q) => q.kind)).toEqual(['pre', 'post', 'graded', 'practice']);
		expect(list.every((q) => q.status === 'published' && q.id > 0 && q.items > 0)).toBe(true);
		expect(list[0].title.ar).toBe('الاختبار القبلي');
		const missing = cli('quizzes:list', '--module', 'nope');
		expect(missing.code).toBe(1);
		expect(missing.err).toContain('nope');
	});
});
