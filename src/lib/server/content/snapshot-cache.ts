import type { Db } from '../db/index';
import { asSnapshot, type PublishedModule } from './snapshot';

// A published snapshot never changes until the next publish, which moves
// published_at: keyed on both, the cache is right for every app process
// without invalidation. Pages then fetch a timestamp, not the whole JSON.
const cache = new Map<string, PublishedModule | null>();
const MAX = 200;

export async function publishedSnapshot(db: Db, moduleId: number, publishedAt: Date | null): Promise<PublishedModule | null> {
	if (!publishedAt) return null;
	const key = `${moduleId}:${publishedAt.getTime()}`;
	if (cache.has(key)) return cache.get(key)!;
	const row = await db.selectFrom('module').select(['published_content', 'published_at']).where('id', '=', moduleId).executeTakeFirst();
	// Cache only what matches the timestamp asked for (a publish may have happened in between).
	const snapshot = asSnapshot(row?.published_content);
	if (row?.published_at?.getTime() !== publishedAt.getTime()) return snapshot;
	if (cache.size >= MAX) cache.delete(cache.keys().next().value!);
	cache.set(key, snapshot);
	return snapshot;
}
