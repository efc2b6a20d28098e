/**
 * Item analysis (computed by PostgreSQL, see itemStatistics in results.repository). Facility: the mean share of a question's points earned
 * (1 = everyone right). Discrimination: the correlation between the question's
 * score and the score on the rest of the quiz (corrected item–total), so a
 * question that strong learners miss and weak ones get right shows up
 * negative. null when it cannot be computed (fewer than 3 attempts, or no spread).
 */
import type { QuestionContent } from './model';

export interface QuestionStat {
	questionId: number;
	content: QuestionContent;
	attempts: number;
	facility: number;
	discrimination: number | null;
}
