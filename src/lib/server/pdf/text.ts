/** Bidi controls a name could carry to reorder what is printed around it (U+202A–U+202E, U+2066–U+2069, LRM, RLM, ALM). */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** A name or text as it may be printed: no bidi controls, whitespace collapsed, composed (NFC). */
export function cleanText(s: string): string {
	return s.normalize('NFC').replace(BIDI_CONTROLS, '').replace(/\s+/gu, ' ').trim();
}
