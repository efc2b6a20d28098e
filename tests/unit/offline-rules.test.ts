import { describe, expect, it } from 'vitest';
import { answerableOffline } from '../../src/lib/server/offline/rules';

describe('answerableOffline', () => {
	it('allows practice and untimed quizzes', () => {
		expect(answerableOffline({ kind: 'practice', time_limit_minutes: null })).toBe(true);
		expect(answerableOffline({ kind: 'pre', time_limit_minutes: null })).toBe(true);
		expect(answerableOffline({ kind: 'post', time_limit_minutes: null })).toBe(true);
	});
	it('refuses timed and graded quizzes: they need a connection', () => {
		expect(answerableOffline({ kind: 'practice', time_limit_minutes: 10 })).toBe(false);
		expect(answerableOffline({ kind: 'graded', time_limit_minutes: null })).toBe(false);
	});
});
