/**
 * How a typed short answer is compared with the accepted ones. People answer on
 * phones, so these differences never make an answer wrong:
 * - letter case (`Budget` = `budget`), Unicode composition (NFC);
 * - spaces: at the ends, doubled, non-breaking or other Unicode spaces;
 * - punctuation at the ends (`budget.` = `budget`, `؟` and `?` too);
 * - Arabic short vowels and other diacritics (tashkeel: fatha, damma, kasra,
 *   tanwin, shadda, sukun, superscript alef, Quranic marks);
 * - tatweel, the stretching stroke (`المـيـزانية` = `الميزانية`);
 * - the alef forms أ إ آ ٱ, all read as ا;
 * - Arabic-Indic and Eastern Arabic-Indic digits, read as 0–9.
 * Everything else counts: a different letter (ة/ه, ى/ي) or a French accent
 * (é/e) is a different answer.
 */
const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g;
const SPACES = /[\s\u00A0\u200B-\u200F\u2028\u2029\u202F\u205F\u3000]+/g;
const EDGE_PUNCTUATION = /^[\s.,;:!?؟،؛…"'«»()\-–—]+|[\s.,;:!?؟،؛…"'«»()\-–—]+$/g;

export function toAsciiDigits(s: string): string {
	return s
		.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
		.replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

export function normalizeAnswer(s: string): string {
	return toAsciiDigits(
		s
			.normalize('NFC')
			.replace(TASHKEEL, '')
			.replace(TATWEEL, '')
			.replace(ALEF_FORMS, '\u0627')
	)
		.replace(SPACES, ' ')
		.replace(EDGE_PUNCTUATION, '')
		.toLowerCase();
}

export function sameAnswer(typed: string, accepted: string): boolean {
	const a = normalizeAnswer(typed);
	return a !== '' && a === normalizeAnswer(accepted);
}

/**
 * A number as typed on a phone: Arabic-Indic digits, a decimal comma or the
 * Arabic decimal separator, spaces or thin spaces between thousands. null when it is not one number.
 */
export function parseTypedNumber(s: string): number | null {
	let t = toAsciiDigits(s.normalize('NFC')).replace(SPACES, '').replace(/\u066B/g, '.').replace(/\u066C/g, '');
	if (/^[-+−]?\d+,\d+$/.test(t)) t = t.replace(',', '.');
	t = t.replace('−', '-');
	if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(t)) return null;
	const n = Number(t);
	return Number.isFinite(n) ? n : null;
}
