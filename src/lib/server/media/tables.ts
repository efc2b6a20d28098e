import type { ColumnType } from 'kysely';

/** FILE_STORAGE=database: one row per distinct content (SHA-256). */
export interface FileBlobTable {
	sha256: string;
	size: number;
	chunk_size: number;
	created_at: ColumnType<Date, never, never>;
}

export interface FileChunkTable {
	sha256: string;
	n: number;
	data: Uint8Array;
}

/** A storage key (what stored_file.storage_key names) pointing at a blob. */
export interface FileObjectTable {
	key: string;
	sha256: string;
	mime: string;
	created_at: ColumnType<Date, never, never>;
}

export interface FileStorageTables {
	file_blob: FileBlobTable;
	file_chunk: FileChunkTable;
	file_object: FileObjectTable;
}
