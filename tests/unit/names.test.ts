import { describe, expect, it } from 'vitest';
import { cleanName, hasLetter, nameProblem } from '../../src/lib/server/users/names';

const codes = (s: string) => Array.from(s).map((c) => c.codePointAt(0)!.toString(16));

describe('cleanName', () => {
	it('removes every bidi embedding, override, isolate and mark, so every viewer shows the same text', () => {
		expect(cleanName('Fatima \u202EInamuR')).toBe('Fatima InamuR');
		expect(cleanName('\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee\u2066f\u2067g\u2068h\u2069i\u200Ej\u200Fk\u061Cl')).toBe('abcdefghijkl');
		expect(cleanName('\u2067فاطمة الزهراء\u2069')).toBe('فاطمة الزهراء');
	});

	it('removes zero-width characters, keeping ZWNJ/ZWJ only between letters of a script that needs them', () => {
		expect(cleanName('Kha\u200Bdija\uFEFF\u2060')).toBe('Khadija');
		expect(cleanName('Ami\u200Cna')).toBe('Amina');
		expect(cleanName('Ami\u200Dna')).toBe('Amina');
		// Persian "mi-khaham": the ZWNJ keeps the letters apart, as written.
		expect(codes(cleanName('می\u200Cخواهم'))).toContain('200c');
		// Indic conjunct with ZWJ.
		expect(codes(cleanName('क\u094D\u200Dष'))).toContain('200d');
		// Not at the edges, not twice, not beside a space.
		expect(cleanName('\u200Cفاطمة\u200C')).toBe('فاطمة');
		expect(codes(cleanName('ف\u200C\u200Cا')).filter((c) => c === '200c')).toHaveLength(1);
		expect(cleanName('فاطمة \u200D الزهراء')).toBe('فاطمة الزهراء');
	});

	it('composes (NFC), trims and collapses every kind of space', () => {
		expect(cleanName('  A\u0301i\u0308cha\u00A0\u00A0Ben\tSaid \n')).toBe('Áïcha Ben Said');
		expect(cleanName('Zineb\u2003\u3000Alaoui')).toBe('Zineb Alaoui');
		expect(cleanName('ⴼⴰⵟⵉⵎⴰ ⵏⴰⵢⵜ ⵄⵍⵉ')).toBe('ⴼⴰⵟⵉⵎⴰ ⵏⴰⵢⵜ ⵄⵍⵉ');
	});

	it('drops control characters and letters that draw nothing', () => {
		expect(cleanName('Sa\u0000ra\u0007')).toBe('Sara');
		expect(cleanName('\u3164\u3164')).toBe('');
		expect(cleanName('\u2800Nadia')).toBe('Nadia');
	});
});

describe('nameProblem', () => {
	it('refuses a name with nothing to read', () => {
		expect(nameProblem(cleanName('\u200B\u200C\u200D\u200B'))).toBe('error_required');
		expect(nameProblem(cleanName('\u202E \u202C'))).toBe('error_required');
		expect(nameProblem(cleanName('...'))).toBe('name_no_letter');
		expect(nameProblem(cleanName('1234 - 56'))).toBe('name_no_letter');
		expect(nameProblem(cleanName('🙂🙂'))).toBe('name_no_letter');
	});

	it('accepts names in Arabic, Latin and Tifinagh, and checks the length after cleaning', () => {
		for (const n of ['فاطمة', 'Fatima Ait Ali', 'ⴼⴰⵟⵉⵎⴰ', "N'Dri O'Neil-2"]) expect(nameProblem(cleanName(n)), n).toBeNull();
		expect(nameProblem(cleanName(`${'a'.repeat(120)}${'\u200B'.repeat(50)}`))).toBeNull();
		expect(nameProblem('a'.repeat(121))).toBe('error_too_long');
		expect(hasLetter('x')).toBe(true);
	});
});
