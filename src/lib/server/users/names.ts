/**
 * A person's name is what everyone sees (lists, certificates, the public check
 * page): it is stored as visible text only, the same in every viewer.
 */

/** Joiners some scripts need between two letters (Persian ZWNJ, Indic conjuncts); elsewhere they are dropped. */
const JOINER = /[\u200C\u200D]/;
const NEEDS_JOINERS = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
// Invisible formatting (bidi embeddings, overrides, isolates, LRM/RLM/ALM, zero-width space, word joiner,
// BOM, soft hyphen, tag characters…) and control characters; joiners are decided one by one.
const FORMAT_OR_CONTROL = /[\p{Cf}\p{Cc}]/u;
// Letters that draw nothing (Hangul fillers, braille blank): a name of them would look empty.
const BLANK_LETTERS = /[\u115F\u1160\u3164\uFFA0\u2800]/g;

/** NFC, no bidi controls or needless zero-width characters, single spaces, trimmed. */
export function cleanName(raw: string): string {
	const chars = Array.from(raw.normalize('NFC').replace(BLANK_LETTERS, ' '));
	let out = '';
	for (let i = 0; i < chars.length; i++) {
		const c = chars[i];
		if (JOINER.test(c)) {
			// Kept only between two letters, at least one of them of a script that joins.
			const before = Array.from(out).at(-1) ?? '';
			const after = chars.slice(i + 1).find((x) => !FORMAT_OR_CONTROL.test(x)) ?? '';
			if (LETTER_OR_MARK.test(before) && LETTER_OR_MARK.test(after) && (NEEDS_JOINERS.test(before) || NEEDS_JOINERS.test(after))) out += c;
			continue;
		}
		if (/\s/u.test(c)) out += ' ';
		else if (!FORMAT_OR_CONTROL.test(c)) out += c;
	}
	return out.replace(/ +/g, ' ').trim().normalize('NFC');
}

/** Whether a (cleaned) name has something to read: at least one letter. */
export function hasLetter(name: string): boolean {
	return /\p{L}/u.test(name);
}

/**
 * The catalogue key of what is wrong with a cleaned name, or null when it is
 * fine: empty (`error_required`), no letter (`name_no_letter`), too long.
 */
export function nameProblem(cleaned: string, max = 120): string | null {
	if (!cleaned) return 'error_required';
	if (!hasLetter(cleaned)) return 'name_no_letter';
	if (cleaned.length > max) return 'error_too_long';
	return null;
}
