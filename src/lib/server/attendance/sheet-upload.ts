import type { Db } from '../db/index';
import { Invalid } from '../errors';
import { checkUpload } from '../media/checks';
import { storeUpload } from '../media/media.service';
import type { FileStorage } from '../media/storage';
import { SHEET_MAX_BYTES, setSheetFile } from './sessions.service';

const ACCEPTED = ['application/pdf', 'image/jpeg', 'image/png'];

/**
 * The scan of a signed sign-in sheet: PDF, JPEG or PNG recognised by content,
 * at most 10 MB, kept in the media storage. Learners cannot read it: files
 * outside lessons are readable by staff only (see canReadFile).
 */
export async function uploadSheetScan(db: Db, actor: { id: number }, sessionId: number, upload: { bytes: Uint8Array; name: string }, storage?: FileStorage): Promise<number> {
	if (upload.bytes.byteLength > SHEET_MAX_BYTES) throw new Invalid('att_scan_too_large', { file: 'att_scan_too_large' }, { max: 10 });
	const detected = await checkUpload(upload.bytes);
	if (!ACCEPTED.includes(detected.mime)) throw new Invalid('att_scan_type', { file: 'att_scan_type' });
	const stored = await storeUpload(db, actor, upload, storage);
	await setSheetFile(db, actor, sessionId, stored.id);
	return stored.id;
}
