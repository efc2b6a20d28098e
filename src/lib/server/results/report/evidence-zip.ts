// A ZIP of the evidence files behind the period's figures, each named
// <indicator>/<recordKind>-<recordId>-<fileName> so a reader finds the record it belongs to.
import { zipSync, type Zippable } from 'fflate';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { FileStorage } from '../../media/storage';
import { evidenceFiles, type EvidenceFile, type Period } from '../indicators.service';

/** A path segment safe in every unzip tool: no folders, no control or reserved characters. */
export function safeSegment(s: string): string {
	return (
		s
			.normalize('NFC')
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069/\\:*?"<>|]/g, '_')
			.replace(/^\.+/, '_')
			.trim()
			.slice(0, 150) || 'file'
	);
}

export function evidencePath(f: EvidenceFile): string {
	return `${safeSegment(f.indicator)}/${safeSegment(`${f.recordKind}-${f.recordId}-${f.fileName}`)}`;
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The ZIP bytes and the names it holds (a file missing from storage is listed in MISSING.txt, not silently left out). */
export async function renderEvidenceZip(db: Kysely<Database>, period: Period, storage: FileStorage): Promise<{ bytes: Uint8Array; names: string[] }> {
	const files = await evidenceFiles(db, period);
	const ids = [...new Set(files.map((f) => Number(f.fileId)))];
	const keys = new Map(
		ids.length ? (await db.selectFrom('stored_file').select(['id', 'storage_key']).where('id', 'in', ids).execute()).map((r) => [r.id, r.storage_key]) : []
	);
	const entries: Zippable = {};
	const missing: string[] = [];
	const bytesOf = new Map<number, Uint8Array | null>();
	for (const f of files) {
		const id = Number(f.fileId);
		if (!bytesOf.has(id)) {
			const key = keys.get(id);
			const obj = key ? await storage.get(key) : null;
			bytesOf.set(id, obj ? await readAll(obj.body) : null);
		}
		const path = evidencePath(f);
		const bytes = bytesOf.get(id);
		if (!bytes) missing.push(`${path}\t${f.recordLabel}`);
		// Images and PDFs are already compressed: stored as they are.
		else if (!(path in entries)) entries[path] = [bytes, { level: 0 }];
	}
	if (missing.length) entries['MISSING.txt'] = new TextEncoder().encode(missing.join('\r\n') + '\r\n');
	const index = files.map((f) => `${evidencePath(f)}\t${f.recordLabel}`).join('\r\n');
	entries['INDEX.txt'] = new TextEncoder().encode(`\uFEFF${index}\r\n`);
	// Synchronous: the entries are stored, not compressed, so this is a copy, not work for a worker.
	const bytes = zipSync(entries);
	return { bytes, names: Object.keys(entries) };
}
