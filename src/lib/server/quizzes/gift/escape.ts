/**
 * GIFT's backslash escapes. Like Moodle's importer, escaped characters are swapped
 * for placeholders before the structure is read (so `\{` never opens an answer
 * block) and swapped back into plain characters in each text at the end.
 * The placeholders are private-use characters, one per escaped character, so
 * positions in a line still map to a single character.
 */
const ESCAPABLE = ['\\', ':', '#', '=', '{', '}', '~', 'n'] as const;
const PUA = 0xe000;

const placeholder = (c: string) => String.fromCharCode(PUA + (c === 'n' ? 0x0a : c.charCodeAt(0)));

/** Replaces `\\ \: \# \= \{ \} \~ \n` with placeholders; any other backslash stays as written. */
export function hideEscapes(line: string): string {
	return line.replace(/\\([\\:#={}~n])/g, (_, c: string) => placeholder(c));
}

const PLACEHOLDERS = new RegExp(`[${ESCAPABLE.map((c) => `\\u${(PUA + (c === 'n' ? 0x0a : c.charCodeAt(0))).toString(16)}`).join('')}]`, 'g');

/** Turns placeholders back into the characters they stand for. */
export function restoreEscapes(text: string): string {
	return text.replace(PLACEHOLDERS, (p) => String.fromCharCode(p.charCodeAt(0) - PUA));
}

/** Escapes a text for GIFT: the special characters, backslashes, and line breaks as `\n`. */
export function escapeGift(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
		.replace(/\n/g, '\\n');
}
