/**
 * A key for comparing names typed by people with names in the database:
 * case, accents, Arabic diacritics and tatweel, hamza/alef and final-letter
 * variants (أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي), apostrophes and dashes.
 * "Béni-Mellal", "beni mellal" and "BENI MELLAL" give one key; so do "أزيلال" and "ازيلال".
 */
export function matchKey(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[\u064b-\u065f\u0670\u0640]/g, '')
		.replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
		.replace(/\u0649/g, '\u064a')
		.replace(/\u0629/g, '\u0647')
		.replace(/\u0624/g, '\u0648')
		.replace(/\u0626/g, '\u064a')
		.normalize('NFC')
		.toLowerCase()
		.replace(/[\s'’`´\-_.,]+/g, ' ')
		.trim();
}

export interface NamedCommune {
	id: number;
	name_ar: string;
	name_fr: string;
}

export type CommuneMatch = { id: number } | 'unknown' | 'ambiguous';

/** Finds a commune by its Arabic or French name; a name shared by several communes is ambiguous. */
export function communeMatcher(communes: NamedCommune[]): (name: string) => CommuneMatch {
	const byKey = new Map<string, Set<number>>();
	for (const c of communes) {
		for (const n of [c.name_ar, c.name_fr]) {
			const k = matchKey(n);
			if (!byKey.has(k)) byKey.set(k, new Set());
			byKey.get(k)!.add(c.id);
		}
	}
	return (name) => {
		const ids = byKey.get(matchKey(name));
		if (!ids) return 'unknown';
		return ids.size === 1 ? { id: [...ids][0] } : 'ambiguous';
	};
}
