import type { ColumnType, Generated } from 'kysely';

export interface StoredFileTable {
	id: Generated<number>;
	storage_key: string;
	kind: 'image' | 'audio' | 'pdf';
	mime: string;
	size: number;
	sha256: string;
	original_name: string;
	width: number | null;
	height: number | null;
	uploaded_by: number | null;
	created_at: ColumnType<Date, undefined, never>;
}

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
	stored_file: StoredFileTable;
	file_blob: FileBlobTable;
	file_chunk: FileChunkTable;
	file_object: FileObjectTable;
}
