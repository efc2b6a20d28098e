import type { Db } from '../db/index';
import type { DemoContext } from './context';

/** Demo class sessions with attendance (issue 5). */
export async function seedSessions(_db: Db, _ctx: DemoContext): Promise<void> {}
