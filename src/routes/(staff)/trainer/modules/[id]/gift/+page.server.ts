import { fail } from '@sveltejs/kit';
import { requireModuleStaff } from '$lib/server/web/guards';
import { staffModule } from '$lib/server/content/staff';
import { db } from '$lib/server/db/runtime';
import { field, parseId, raise } from '$lib/server/http';
import { t } from '$lib/server/i18n';
import type { GiftError, GiftParseResult } from '$lib/server/quizzes/gift/parse';
import { bankSummary, GiftRejected, importGift, MAX_GIFT_BYTES, MAX_GIFT_KB, previewGift, readGiftInput } from '$lib/server/quizzes/gift/import.service';
import { pick } from '$lib/server/quizzes/gift/export';
import type { QuestionContent, QuizLocale } from '$lib/server/quizzes/model';
import { pick as pickLocalized } from '$lib/localized';
import { LOCALES } from '$lib/i18n';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const STAFF = ['trainer', 'admin'] as const;

export const load: PageServerLoad = async (event) => {
	await requireModuleStaff(event, db(), parseId(event.params.id));
	const id = parseId(event.params.id);
	const { module: mod } = await staffModule(db(), id).catch(raise);
	const bank = await bankSummary(db(), id);
	return {
		id,
		slug: mod.slug,
		title: pickLocalized(mod.title, event.locals.locale),
		lang: event.locals.locale as QuizLocale,
		max: MAX_GIFT_KB,
		...bank
	};
};

const line = (e: GiftError) => ({ line: e.line, message: t('gift_line', { line: e.line, reason: t(e.key, e.params) }) });

function shown(p: GiftParseResult, lang: QuizLocale) {
	const summary = (c: QuestionContent) => {
		const text = pick(c.text, lang).replace(/\s+/g, ' ').trim();
		return text.length > 140 ? `${text.slice(0, 139)}…` : text;
	};
	return {
		questions: p.questions.map((q) => ({ line: q.line, type: t(`gift_type_${q.content.type}`), category: q.category, title: q.content.title ?? null, text: summary(q.content) })),
		unsupported: p.unsupported.map((u) => ({ line: u.line, message: t('gift_line', { line: u.line, reason: t(`gift_kind_${u.kind}`) }), title: u.title ?? null })),
		errors: p.errors.map(line)
	};
}

function langOf(data: FormData, fallback: QuizLocale): QuizLocale {
	const l = field(data, 'lang');
	return (LOCALES as readonly string[]).includes(l) ? (l as QuizLocale) : fallback;
}

/** The file if one was chosen, else the pasted text; checked for size and UTF-8 before parsing. */
async function input(data: FormData): Promise<{ text: string } | { message: string } | null> {
	const file = data.get('file');
	if (file instanceof File && file.size > 0) {
		if (file.size > MAX_GIFT_BYTES) return { message: t('gift_too_large', { max: MAX_GIFT_KB }) };
		const read = readGiftInput(new Uint8Array(await file.arrayBuffer()));
		return 'error' in read ? { message: t(read.error.key, read.error.params) } : read;
	}
	const text = field(data, 'text');
	if (text.trim() === '') return null;
	const read = readGiftInput(text);
	return 'error' in read ? { message: t(read.error.key, read.error.params) } : read;
}

async function check(event: RequestEvent) {
	await requireModuleStaff(event, db(), parseId(event.params.id));
	const id = parseId(event.params.id);
	const data = await event.request.formData();
	const lang = langOf(data, event.locals.locale as QuizLocale);
	const got = await input(data);
	if (!got) return fail(400, { message: t('gift_no_input'), values: { text: '', lang } });
	if ('message' in got) return fail(400, { message: got.message, values: { text: field(data, 'text'), lang } });
	const p = await previewGift(db(), id, got.text, lang).catch(raise);
	// The text comes back in the form: the trainer can fix a line in place, and the confirmation carries it (nothing is kept on the server in between).
	const result = { preview: { ...shown(p, lang), newCategories: p.newCategories }, values: { text: got.text, lang } };
	return p.errors.length ? fail(400, result) : result;
}

export const actions: Actions = {
	check,
	import: async (event) => {
		const user = await requireModuleStaff(event, db(), parseId(event.params.id));
		const id = parseId(event.params.id);
		const data = await event.request.formData();
		const lang = langOf(data, event.locals.locale as QuizLocale);
		const text = field(data, 'text');
		if (text.trim() === '') return fail(400, { message: t('gift_no_input'), values: { text, lang } });
		try {
			const r = await importGift(db(), { id: user.id }, id, text, lang);
			return { done: { count: r.ids.length, ...shown(r, lang) } };
		} catch (e) {
			if (!(e instanceof GiftRejected)) return raise(e);
			const p = await previewGift(db(), id, text, lang);
			return fail(400, { message: t('gift_changed'), preview: { ...shown(p, lang), newCategories: p.newCategories }, values: { text, lang } });
		}
	}
};
