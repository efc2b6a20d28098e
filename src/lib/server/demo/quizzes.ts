import type { Db } from '../db/index';
import type { DemoContext } from './context';

/** Demo pre-tests and post-tests with attempts (issue 4). */
export async function seedQuizzes(_db: Db, _ctx: DemoContext): Promise<void> {}
