/**
 * GIFT into a module's question bank and back out. The preview writes nothing;
 * the import re-reads the text and writes all its questions in one transaction,
 * or nothing at all when any question has an error.
 */
import type { Db } from '../../db/index';
import { recordAudit } from '../../audit/audit.repository';
import { NotFound } from '../../errors';
import { insertQuestions, listCategories, listQuestions } from '../bank.repository';
import type { QuizLocale } from '../model';
import { toGift } from './export';
import { parseGift, type GiftError, type GiftParseResult } from './parse';
import type { Actor } from '../../actor';

/** A bank of a few hundred questions is well under this; it also keeps the form posts under adapter-node's default body limit. */
export const MAX_GIFT_BYTES = 256 * 1024;
/** The limit in kilobytes, as messages show it (the unit is in the catalogue). */
export const MAX_GIFT_KB = MAX_GIFT_BYTES / 1024;

export interface GiftPreview extends GiftParseResult {
	/** Categories the import would create in this module's bank. */
	newCategories: string[];
}

export class GiftRejected extends Error {
	constructor(readonly errors: GiftError[]) {
		super('GIFT import rejected');
	}
}

export type { Actor };

/** The upload as text: refused when too large, not UTF-8, or not text at all (a NUL byte). */
export function readGiftInput(input: Uint8Array | string): { text: string } | { error: GiftError } {
	const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
	if (size > MAX_GIFT_BYTES) return { error: { line: 1, key: 'gift_too_large', params: { max: MAX_GIFT_KB } } };
	let text: string;
	if (typeof input === 'string') text = input;
	else {
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(input);
		} catch {
			return { error: notText() };
		}
	}
	if (text.includes('\u0000')) return { error: notText() };
	return { text };
}

const notText = (): GiftError => ({ line: 1, key: 'gift_not_utf8', params: { encoding: 'UTF-8' } });

async function mustFindModule(db: Db, moduleId: number) {
	const m = await db.selectFrom('module').select(['id', 'slug']).where('id', '=', moduleId).executeTakeFirst();
	if (!m) throw new NotFound();
	return m;
}

function parse(input: Uint8Array | string, lang: QuizLocale): GiftParseResult {
	const read = readGiftInput(input);
	if ('error' in read) return { questions: [], unsupported: [], errors: [read.error] };
	return parseGift(read.text, lang);
}

/** What an import would bring into the module's bank, without writing anything. */
export async function previewGift(db: Db, moduleId: number, input: Uint8Array | string, lang: QuizLocale): Promise<GiftPreview> {
	await mustFindModule(db, moduleId);
	const result = parse(input, lang);
	const existing = new Set((await listCategories(db, moduleId)).map((c) => c.name));
	const newCategories = [...new Set(result.questions.map((q) => q.category).filter((c): c is string => c !== null && !existing.has(c)))];
	return { ...result, newCategories };
}

export interface GiftImportResult extends GiftPreview {
	ids: number[];
	dryRun: boolean;
}

/**
 * Imports every question of the text into the module's bank in one transaction.
 * Throws GiftRejected (nothing written) when any question has an error.
 * Unsupported questions are not imported and are returned for the report.
 */
export async function importGift(
	db: Db,
	actor: Actor,
	moduleId: number,
	input: Uint8Array | string,
	lang: QuizLocale,
	opts: { dryRun?: boolean } = {}
): Promise<GiftImportResult> {
	const preview = await previewGift(db, moduleId, input, lang);
	if (preview.errors.length) throw new GiftRejected(preview.errors);
	if (opts.dryRun) return { ...preview, ids: [], dryRun: true };
	const ids = await db.transaction().execute(async (trx) => {
		// The bank's created_by is nullable: the command line acts as no one.
		const ids = await insertQuestions(trx, moduleId, preview.questions, actor.id as number);
		await recordAudit(trx, {
			actorId: actor.id,
			action: 'question.import_gift',
			subjectType: 'module',
			subjectId: moduleId,
			after: { lang, questions: ids.length, unsupported: preview.unsupported.length, newCategories: preview.newCategories, ids }
		});
		return ids;
	});
	return { ...preview, ids, dryRun: false };
}

/** How many questions the bank holds per category (uncategorised ones apart), for the import page. */
export async function bankSummary(db: Db, moduleId: number): Promise<{ categories: { name: string; questions: number }[]; uncategorised: number }> {
	const categories = (await listCategories(db, moduleId)).map((c) => ({ name: c.name, questions: Number(c.questions) }));
	const row = await db
		.selectFrom('question')
		.where('module_id', '=', moduleId)
		.where('category_id', 'is', null)
		.where('deleted_at', 'is', null)
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return { categories, uncategorised: Number(row.n) };
}

/** The module's whole bank as GIFT, texts in `lang` (another language where one is missing). */
export async function exportGift(db: Db, moduleId: number, lang: QuizLocale): Promise<{ slug: string; text: string; count: number }> {
	const m = await mustFindModule(db, moduleId);
	const questions = await listQuestions(db, moduleId);
	return { slug: m.slug, text: toGift(questions, lang), count: questions.length };
}
