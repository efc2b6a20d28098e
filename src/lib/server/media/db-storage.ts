import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/index';
import type { ByteRange, FileStorage } from './storage';

/** 256 KiB: small enough to stream a byte range without reading the whole file, few rows per file. */
export const CHUNK_SIZE = 256 * 1024;

const FOREIGN_KEY_VIOLATION = '23503';

/**
 * Files kept in PostgreSQL itself (FILE_STORAGE=database), so several app
 * machines share nothing but the database. Content-addressed: each distinct
 * content (SHA-256) is stored once, in chunks; storage keys point at it. A
 * read streams one chunk at a time and only the chunks a byte range covers.
 */
export function databaseStorage(db: Db, chunkSize = CHUNK_SIZE): FileStorage {
	async function find(key: string) {
		return db
			.selectFrom('file_object as o')
			.innerJoin('file_blob as b', 'b.sha256', 'o.sha256')
			.select(['b.sha256', 'b.size', 'b.chunk_size'])
			.where('o.key', '=', key)
			.executeTakeFirst();
	}
	return {
		async put(key, bytes, mime) {
			const sha256 = createHash('sha256').update(bytes).digest('hex');
			await db.transaction().execute(async (trx) => {
				// Locks the blob's row, so a concurrent delete of its last key cannot remove it under us.
				const blob = await trx
					.insertInto('file_blob')
					.values({ sha256, size: bytes.byteLength, chunk_size: chunkSize })
					.onConflict((oc) => oc.column('sha256').doUpdateSet({ size: (eb) => eb.ref('excluded.size') }))
					.returning(sql<boolean>`(xmax = 0)`.as('inserted'))
					.executeTakeFirstOrThrow();
				if (blob.inserted) {
					for (let n = 0; n * chunkSize < bytes.byteLength; n++) {
						await trx
							.insertInto('file_chunk')
							.values({ sha256, n, data: bytes.subarray(n * chunkSize, (n + 1) * chunkSize) })
							.execute();
					}
				}
				await trx.insertInto('file_object').values({ key, sha256, mime }).onConflict((oc) => oc.column('key').doNothing()).execute();
			});
		},

		async size(key) {
			return (await find(key))?.size ?? null;
		},

		async get(key, range?: ByteRange) {
			const blob = await find(key);
			if (!blob) return null;
			const { sha256, size, chunk_size: cs } = blob;
			const start = range?.start ?? 0;
			const end = Math.min(range?.end ?? size - 1, size - 1);
			let n = Math.floor(start / cs);
			const last = Math.floor(end / cs);
			const body = new ReadableStream<Uint8Array>({
				async pull(controller) {
					if (end < start || n > last) return controller.close();
					const row = await db.selectFrom('file_chunk').select('data').where('sha256', '=', sha256).where('n', '=', n).executeTakeFirst();
					if (!row) return controller.error(new Error(`file chunk ${sha256}/${n} is missing`));
					const from = n === Math.floor(start / cs) ? start - n * cs : 0;
					const to = n === last ? end - n * cs + 1 : row.data.byteLength;
					controller.enqueue(new Uint8Array(row.data.subarray(from, to)));
					n++;
				}
			});
			return { body, size };
		},

		async delete(key) {
			const gone = await db.deleteFrom('file_object').where('key', '=', key).returning('sha256').executeTakeFirst();
			if (!gone) return;
			try {
				await db
					.deleteFrom('file_blob')
					.where('sha256', '=', gone.sha256)
					.where(({ not, exists, selectFrom }) => not(exists(selectFrom('file_object').select('key').where('sha256', '=', gone.sha256))))
					.execute();
			} catch (e) {
				// Another key was stored with the same content meanwhile: the blob stays.
				if ((e as { code?: string }).code !== FOREIGN_KEY_VIOLATION) throw e;
			}
		}
	};
}
