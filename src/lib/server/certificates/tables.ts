/** Kysely table interfaces of the certificates domain. */
import type { ColumnType, Generated, Selectable } from 'kysely';

import type { Localized } from '../../localized';
type Numeric = ColumnType<number, number | string, number | string>;

export interface CertificateKeyTable {
	id: string;
	algorithm: ColumnType<'Ed25519', 'Ed25519' | undefined, never>;
	public_key_pem: string;
	private_key_pem: string;
	is_current: ColumnType<boolean, boolean | undefined, boolean>;
	created_at: ColumnType<Date, undefined, never>;
}

export interface CertificateTable {
	id: Generated<number>;
	serial: string;
	user_id: number;
	module_id: number | null;
	programme_id: number | null;
	holder_name_ar: string;
	holder_name_latin: string;
	title: ColumnType<Localized, string, string>;
	hours: Numeric;
	issued_at: ColumnType<Date, Date | undefined, never>;
	issued_by: number | null;
	override_reason: string | null;
	revoked_at: Date | null;
	revoked_by: number | null;
	revoke_reason: string | null;
	replaced_at: Date | null;
	replaced_by: number | null;
	key_id: string;
	payload: string;
	signature: string;
	pdf_sha256: string;
	pdf_size: number;
	/** The design version it was drawn with (null: before designs, or the built-in one). */
	design_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface CertificatePdfTable {
	certificate_id: number;
	bytes: Uint8Array;
}

/** One signatory as stored in a design; signatureFileId: an optional scanned signature. */
export interface DesignSignatory {
	nameAr: string;
	nameLatin: string;
	titleAr: string;
	titleFr: string;
	signatureFileId: number | null;
}

/** A version of how certificates look; a save adds a row, never changes one. */
export interface CertificateDesignTable {
	id: Generated<number>;
	organisation: ColumnType<Localized, string | undefined, never>;
	logo_file_id: number | null;
	partner_file_ids: ColumnType<number[], string | undefined, never>;
	signatories: ColumnType<DesignSignatory[], string | undefined, never>;
	created_by: number | null;
	created_at: ColumnType<Date, undefined, never>;
}

export interface CertificateTables {
	certificate_design: CertificateDesignTable;
	certificate_key: CertificateKeyTable;
	certificate: CertificateTable;
	certificate_pdf: CertificatePdfTable;
}

export type CertificateRow = Selectable<CertificateTable>;
